package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class QueryTextTest {

  @Test
  void parsesTheQueryOnceForEveryFilterThatAsks() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
    request.setParameter("query", "SELECT * { ?s <urn:p> ?o } LIMIT 3");

    Optional<Query> first = QueryText.parsed(request);
    Optional<Query> second = QueryText.parsed(request);

    assertThat(first).isPresent();
    assertThat(first.get().getLimit()).isEqualTo(3);
    assertThat(second.get()).isSameAs(first.get());
  }

  @Test
  void parsesAgainWhenTheTextIsNotTheSame() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
    request.setParameter("query", "SELECT * { ?s <urn:p> ?o } LIMIT 3");
    Query before = QueryText.parsed(request).orElseThrow();

    request.setParameter("query", "ASK { ?s <urn:p> ?o }");

    Query after = QueryText.parsed(request).orElseThrow();
    assertThat(after).isNotSameAs(before);
    assertThat(after.isAskType()).isTrue();
  }

  @Test
  void parsesTheBodyOfADirectPost() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sparql");
    request.setContentType("application/sparql-query");
    RequestSizeFilter.CachedBody body =
        new RequestSizeFilter.CachedBody(
            request, "CONSTRUCT WHERE { ?s <urn:p> ?o }".getBytes(StandardCharsets.UTF_8));

    assertThat(QueryText.parsed(body).orElseThrow().isConstructType()).isTrue();
    assertThat(QueryText.parsed(body).get()).isSameAs(QueryText.parsed(body).get());
  }

  @Test
  void resolvesRelativeIrisAgainstTheHandlersBase() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
    request.setParameter("query", "SELECT * { ?s <p> ?o }");

    Query query = QueryText.parsed(request).orElseThrow();

    assertThat(query.getBaseURI()).isEqualTo(Fuseki.BaseParserSPARQL);
    assertThat(Algebra.compile(query).toString()).contains("<http://server/unset-base/p>");
  }

  @Test
  void isEmptyWithoutAQueryOrWhenItDoesNotParse() {
    MockHttpServletRequest none = new MockHttpServletRequest("GET", "/sparql");
    MockHttpServletRequest broken = new MockHttpServletRequest("GET", "/sparql");
    broken.setParameter("query", "SELECT * WHERE {");

    assertThat(QueryText.parsed(none)).isEmpty();
    assertThat(QueryText.parsed(broken)).isEmpty();
    assertThat(QueryText.parsed(broken)).isEmpty();
  }
}
