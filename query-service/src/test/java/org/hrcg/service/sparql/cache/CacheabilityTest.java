package org.hrcg.service.sparql.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.hrcg.model.competency.CompetencyQuestion;
import org.hrcg.model.competency.CompetencyQuestions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which answers depend on the store alone, so that they may be served again. */
class CacheabilityTest {

  private static Query parse(String text) {
    return QueryFactory.create(
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n"
            + "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#>\n"
            + "PREFIX afn: <http://jena.apache.org/ARQ/function#>\n"
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
            + text,
        Syntax.syntaxARQ);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SELECT ?s { ?s ?p ?o FILTER(RAND() < 0.5) }                        | RAND()",
        "SELECT ?s ?t { ?s ?p ?o BIND(NOW() AS ?t) }                        | NOW()",
        "SELECT (UUID() AS ?u) {}                                           | UUID()",
        "SELECT (STRUUID() AS ?u) {}                                        | STRUUID()",
        "SELECT ?b { ?s ?p ?o BIND(BNODE() AS ?b) }                         | BNODE()",
        "SELECT ?b { ?s ?p ?o BIND(BNODE(STR(?s)) AS ?b) }                  | BNODE()",
        "SELECT ?s { ?s ?p ?o } ORDER BY RAND()                             | RAND()",
        "SELECT ?s { ?s ?p ?o } ORDER BY RAND() LIMIT 3                     | RAND()",
        "SELECT ?g (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY (RAND() < 0.5 AS ?g) | RAND()",
        "SELECT (SUM(RAND()) AS ?n) { ?s ?p ?o }                            | RAND()",
        "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(*) > RAND())      | RAND()",
        "SELECT ?s { ?s ?p ?o FILTER EXISTS { BIND(NOW() AS ?t) } }         | NOW()",
        "SELECT ?s { { SELECT ?s { ?s ?p ?o FILTER(RAND() < 1) } } }        | RAND()",
        "SELECT ?s { OPTIONAL { ?s ?p ?o FILTER(UUID() != ?o) } }           | UUID()",
        "ASK { FILTER(NOW() > \"2000-01-01T00:00:00Z\"^^xsd:dateTime) }      | NOW()",
        "SELECT (fn:current-dateTime() AS ?t) {}                            | <http://www.w3.org/2005/xpath-functions#current-dateTime>()",
        "SELECT (afn:now() AS ?t) {}                                        | <http://jena.apache.org/ARQ/function#now>()",
        "SELECT (<urn:example:random>(1) AS ?x) {}                          | <urn:example:random>()",
        "SELECT (CALL(<urn:example:f>, 1) AS ?x) {}                         | CALL()",
        "SELECT (AGG <urn:example:agg>(?o) AS ?x) { ?s ?p ?o }              | AGG <urn:example:agg>",
        "SELECT ?s { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } } | SERVICE",
        "SELECT ?s { ?s ?p ?o FILTER NOT EXISTS { SERVICE ?e { ?s ?p ?o } } } | SERVICE"
      })
  void anAnswerThatDependsOnMoreThanTheStoreIsNotCached(String query, String reason) {
    assertThat(Cacheability.uncacheable(parse(query))).hasValue(reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 10",
        "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
        "SELECT ?s (xsd:integer(STRLEN(STR(?s))) AS ?n) { ?s ?p ?o }",
        "SELECT (fn:concat(\"a\", \"b\") AS ?x) (math:pow(2, 3) AS ?y) {}",
        "SELECT (afn:localname(?s) AS ?l) { ?s ?p ?o }",
        "SELECT ?s { ?s ?p ?o FILTER(REGEX(STR(?s), \"^https\")) } ORDER BY DESC(STR(?o))",
        "SELECT (fn:year-from-dateTime(\"2025-07-01T00:00:00Z\"^^xsd:dateTime) AS ?y) {}",
        "CONSTRUCT { ?s <urn:example:has> [ <urn:example:value> ?o ] } WHERE { ?s ?p ?o }",
        "DESCRIBE <https://w3id.org/hrcg/id/territory/barcelona>",
        "ASK { ?s ?p ?o }"
      })
  void anAnswerThatDependsOnTheStoreAloneIsCached(String query) {
    assertThat(Cacheability.uncacheable(parse(query))).isEmpty();
  }

  static Stream<Named<CompetencyQuestion>> questions() {
    return CompetencyQuestions.all().stream().map(q -> Named.of(q.name(), q));
  }

  @ParameterizedTest
  @MethodSource("questions")
  void everyCompetencyQuestionIsCached(CompetencyQuestion question) {
    assertThat(Cacheability.uncacheable(QueryFactory.create(question.query()))).isEmpty();
  }

  @Test
  void knowsWhichFunctionsCalledByTheirIriAreFunctionsOfTheirArguments() {
    assertThat(Cacheability.stableFunction("http://www.w3.org/2001/XMLSchema#decimal")).isTrue();
    assertThat(Cacheability.stableFunction("http://www.w3.org/2005/xpath-functions#upper-case"))
        .isTrue();
    assertThat(Cacheability.stableFunction("http://www.w3.org/2005/xpath-functions#current-date"))
        .isFalse();
    assertThat(
            Cacheability.stableFunction(
                "http://www.w3.org/2005/xpath-functions#adjust-dateTime-to-timezone"))
        .isFalse();
    assertThat(Cacheability.stableFunction("http://jena.apache.org/ARQ/function#sha1sum")).isTrue();
    assertThat(Cacheability.stableFunction("http://jena.apache.org/ARQ/function#uuid")).isFalse();
    assertThat(Cacheability.stableFunction("java:org.example.Anything")).isFalse();
  }
}
