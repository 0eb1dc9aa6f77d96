package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.io.StringReader;
import java.util.List;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ForwardedHeaderFilter;

class ServiceDescriptionFilterTest {

  private final ServiceDescriptionFilter filter =
      new ServiceDescriptionFilter(
          () -> new ServiceDescription.Facts(true, List.of("https://w3id.org/hrcg/graph/alpha")));

  static MockHttpServletRequest get(String accept) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
    request.setServletPath("/sparql");
    request.setServerName("localhost");
    request.setServerPort(8080);
    if (accept != null) {
      request.addHeader("Accept", accept);
    }
    return request;
  }

  static MockHttpServletResponse run(MockHttpServletRequest request, Filter... filters)
      throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new MockFilterChain(new jakarta.servlet.http.HttpServlet() {}, filters)
        .doFilter(request, response);
    return response;
  }

  static Model parse(MockHttpServletResponse response) throws Exception {
    Lang lang =
        RDFLanguages.contentTypeToLang(
            ContentType.create(response.getContentType()).getContentTypeStr());
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create()
        .source(new StringReader(response.getContentAsString()))
        .lang(lang)
        .base("http://localhost:8080/sparql")
        .parse(model);
    return model;
  }

  static boolean hasEndpoint(Model model, String url) {
    return model.contains(
        null, model.createProperty(ServiceDescription.SD + "endpoint"), model.createResource(url));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "text/turtle, text/turtle",
    "application/rdf+xml, application/rdf+xml",
    "application/ld+json, application/ld+json",
    "application/json, application/ld+json",
    "application/n-triples, application/n-triples",
    "'text/turtle;q=0.5, application/rdf+xml', application/rdf+xml",
    "*/*, text/turtle",
  })
  void answersTheDescriptionInTheNegotiatedFormat(String accept, String sent) throws Exception {
    MockHttpServletResponse response = run(get(accept), filter);
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(ContentType.create(response.getContentType()).getContentTypeStr()).isEqualTo(sent);
    assertThat(response.getContentType()).containsIgnoringCase("charset=utf-8");
    assertThat(response.getHeader("Vary")).isEqualTo("Accept");
    assertThat(hasEndpoint(parse(response), "http://localhost:8080/sparql")).isTrue();
  }

  @Test
  void answersTurtleWithoutAnAcceptHeader() throws Exception {
    MockHttpServletResponse response = run(get(null), filter);
    assertThat(response.getContentType()).startsWith("text/turtle");
  }

  @Test
  void refusesAnAcceptThatNamesNoRdfType() throws Exception {
    MockHttpServletResponse response = run(get("image/png"), filter);
    assertThat(response.getStatus()).isEqualTo(406);
    assertThat(response.getContentType()).isEqualTo(ProtocolProblem.MEDIA_TYPE);
    assertThat(response.getContentAsString()).contains("text/turtle");
  }

  @Test
  void answersHeadWithTheHeadersAndNoBody() throws Exception {
    MockHttpServletRequest head = get("text/turtle");
    head.setMethod("HEAD");
    MockHttpServletResponse response = run(head, filter);
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).startsWith("text/turtle");
    assertThat(response.getContentLength()).isPositive();
    assertThat(response.getContentAsByteArray()).isEmpty();
  }

  @Test
  void letsQueriesThrough() throws Exception {
    MockHttpServletRequest query = get("application/sparql-results+json");
    query.setParameter("query", "ASK {}");
    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(query, new MockHttpServletResponse(), chain);
    assertThat(chain.getRequest()).as("passed on").isSameAs(query);
  }

  @Test
  void namesTheEndpointAtTheHostTheClientUsedAndIgnoresForwardedHeadersByDefault()
      throws Exception {
    MockHttpServletRequest request = get("text/turtle");
    request.setServerName("sparql.example.org");
    request.setServerPort(80);
    request.addHeader("X-Forwarded-Host", "attacker.example");
    request.addHeader("X-Forwarded-Proto", "https");
    Model model = parse(run(request, filter));
    assertThat(hasEndpoint(model, "http://sparql.example.org/sparql")).isTrue();
    assertThat(hasEndpoint(model, "http://sparql.example.org/update")).isTrue();
  }

  @Test
  void namesTheForwardedEndpointWhenTheApplicationTrustsForwardedHeaders() throws Exception {
    MockHttpServletRequest request = get("text/turtle");
    request.addHeader("X-Forwarded-Host", "hrcg.example.org");
    request.addHeader("X-Forwarded-Proto", "https");
    request.addHeader("X-Forwarded-Port", "443");
    // server.forward-headers-strategy=framework puts this filter first.
    Model model = parse(run(request, new ForwardedHeaderFilter(), filter));
    assertThat(hasEndpoint(model, "https://hrcg.example.org/sparql")).isTrue();
  }
}
