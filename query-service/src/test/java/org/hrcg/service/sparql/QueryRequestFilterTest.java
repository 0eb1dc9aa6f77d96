package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.WebContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class QueryRequestFilterTest {

  /** What Fuseki offers for a SELECT, in its order. */
  static final AcceptList SELECT_OFFER =
      AcceptList.create(
          WebContent.contentTypeResultsJSON,
          WebContent.contentTypeJSON,
          WebContent.contentTypeTextCSV,
          WebContent.contentTypeTextTSV,
          WebContent.contentTypeResultsXML,
          WebContent.contentTypeXML,
          WebContent.contentTypeTextPlain);

  /** What Fuseki offers for a CONSTRUCT, in part and in its order. */
  static final AcceptList CONSTRUCT_OFFER =
      AcceptList.create(
          WebContent.contentTypeTurtle,
          WebContent.contentTypeNTriples,
          WebContent.contentTypeRDFXML,
          WebContent.contentTypeJSONLD,
          WebContent.contentTypeTriG,
          WebContent.contentTypeNQuads);

  static MockHttpServletRequest query(String accept, String... parameters) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
    request.setParameter("query", "SELECT * {}");
    if (accept != null) {
      request.addHeader("Accept", accept);
    }
    for (int i = 0; i < parameters.length; i += 2) {
      request.setParameter(parameters[i], parameters[i + 1]);
    }
    return request;
  }

  static String chosen(String accept, AcceptList offer) {
    MediaType type = AcceptList.match(new AcceptList(accept), offer);
    return type == null ? null : type.getContentTypeStr();
  }

  @ParameterizedTest(name = "{0}={1}, Accept {2}: SELECT {3}, CONSTRUCT {4}")
  @CsvSource({
    "format, json, , application/sparql-results+json, application/ld+json",
    "output, xml, , application/sparql-results+xml, application/rdf+xml",
    "results, csv, , text/csv, text/turtle",
    "format, tsv, */*, text/tab-separated-values, text/turtle",
    "output, csv, 'text/html,application/xhtml+xml,*/*;q=0.8', text/csv, text/turtle",
    "format, turtle, , application/sparql-results+json, text/turtle",
    "format, application/sparql-results+xml, , application/sparql-results+xml, text/turtle",
    "format, json, application/sparql-results+xml, application/sparql-results+xml, application/ld+json",
    "format, no-such-format, , , ",
  })
  void turnsFormatParametersIntoAnAcceptHeader(
      String name, String value, String accept, String select, String construct) {
    String sent = QueryRequestFilter.accept(query(accept, name, value));
    if (select == null) {
      assertThat(sent).as("nothing to change").isEqualTo(accept);
      return;
    }
    assertThat(chosen(sent, SELECT_OFFER)).as("SELECT given %s", sent).isEqualTo(select);
    assertThat(chosen(sent, CONSTRUCT_OFFER)).as("CONSTRUCT given %s", sent).isEqualTo(construct);
  }

  @Test
  void hidesTheClientParametersFromTheEngine() throws Exception {
    MockHttpServletRequest request =
        query(null, "format", "json", "output", "json", "results", "json", "callback", "f");
    MockFilterChain chain = new MockFilterChain();
    new QueryRequestFilter().doFilter(request, new MockHttpServletResponse(), chain);
    HttpServletRequest seen = (HttpServletRequest) chain.getRequest();
    assertThat(seen.getParameterMap()).containsOnlyKeys("query");
    assertThat(seen.getParameter("callback")).isNull();
    assertThat(seen.getHeader("Accept")).startsWith(WebContent.contentTypeResultsJSON);
  }

  @Test
  void answersHeadAsGetWithoutTheBody() throws Exception {
    MockHttpServletRequest head = query("text/csv");
    head.setMethod("HEAD");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain =
        new MockFilterChain(
            new jakarta.servlet.http.HttpServlet() {
              @Override
              protected void doGet(HttpServletRequest req, HttpServletResponse resp)
                  throws java.io.IOException {
                resp.setContentType("text/csv");
                resp.getOutputStream()
                    .write("x\n1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
              }
            });
    new QueryRequestFilter().doFilter(head, response, chain);
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("text/csv");
    assertThat(response.getContentAsByteArray()).isEmpty();
  }
}
