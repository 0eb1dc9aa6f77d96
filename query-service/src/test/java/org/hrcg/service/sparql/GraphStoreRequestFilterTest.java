package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class GraphStoreRequestFilterTest {

  static MockHttpServletRequest request(String method, String queryString, String contentType) {
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/data");
    request.setQueryString(queryString);
    if (contentType != null) {
      request.setContentType(contentType);
    }
    return request;
  }

  @ParameterizedTest(name = "{0} /data?{1} as {2}: {3}")
  @CsvSource({
    "POST, , text/turtle, true",
    "POST, , 'text/turtle; charset=utf-8', true",
    "POST, , application/n-triples, true",
    "POST, , application/rdf+xml, true",
    "POST, , application/trig, false",
    "POST, , application/n-quads, false",
    "POST, , application/ld+json, false",
    "POST, , , false",
    "POST, default, text/turtle, false",
    "POST, graph=urn:example:g, text/turtle, false",
    "PUT, , text/turtle, false",
  })
  void createsAGraphOnlyForTriplesPostedToTheGraphStoreItself(
      String method, String queryString, String contentType, boolean creates) {
    assertThat(GraphStoreRequestFilter.createsAGraph(request(method, queryString, contentType)))
        .isEqualTo(creates);
  }

  @Test
  void decodesTheQueryStringOnce() {
    assertThat(GraphStoreRequestFilter.parse("graph=http://www.example/gsp/person/%2531.ttl"))
        .hasEntrySatisfying(
            "graph",
            values -> assertThat(values).containsExactly("http://www.example/gsp/person/%31.ttl"));
    assertThat(GraphStoreRequestFilter.parse("default")).containsKey("default");
  }

  @Test
  void refusesAMalformedQueryString() {
    assertThrows(IllegalArgumentException.class, () -> GraphStoreRequestFilter.parse("graph=%zz"));
  }

  @Test
  void takesParametersFromTheQueryStringAndNeverFromTheBody() throws Exception {
    MockHttpServletRequest multipart =
        request("POST", "graph=urn%3Aexample%3Ag", "multipart/form-data; boundary=x");
    multipart.setParameter("graph", "urn:example:from-the-body");
    MockFilterChain chain = new MockFilterChain();
    new GraphStoreRequestFilter(() -> "urn:example:new")
        .doFilter(multipart, new MockHttpServletResponse(), chain);
    HttpServletRequest seen = (HttpServletRequest) chain.getRequest();
    assertThat(seen.getParameterValues("graph")).containsExactly("urn:example:g");
  }

  @Test
  void namesTheNewGraphAndSaysWhereItIsWhenItIsCreated() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain =
        new MockFilterChain(
            new jakarta.servlet.http.HttpServlet() {
              @Override
              protected void doPost(
                  HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp) {
                resp.setStatus(req.getParameter("graph").equals("urn:example:new") ? 201 : 500);
              }
            });
    new GraphStoreRequestFilter(() -> "urn:example:new")
        .doFilter(request("POST", null, "text/turtle"), response, chain);
    assertThat(response.getStatus()).isEqualTo(201);
    assertThat(response.getHeader("Location")).isEqualTo("urn:example:new");
  }

  @Test
  void saysNoLocationWhenTheWriteIsRefused() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain =
        new MockFilterChain(
            new jakarta.servlet.http.HttpServlet() {
              @Override
              protected void doPost(
                  HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp) {
                resp.setStatus(422);
              }
            });
    new GraphStoreRequestFilter(() -> "urn:example:new")
        .doFilter(request("POST", null, "text/turtle"), response, chain);
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getHeader("Location")).isNull();
  }

  @Test
  void mintsGraphsInTheGraphNamespace() {
    var graphs = GraphStoreRequestFilter.uuidGraphs(slug -> "https://w3id.org/hrcg/graph/" + slug);
    String first = graphs.get();
    assertThat(first)
        .matches("https://w3id\\.org/hrcg/graph/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    assertThat(graphs.get()).isNotEqualTo(first);
  }
}
