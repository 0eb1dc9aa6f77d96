package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.hrcg.model.competency.CompetencyQuestion;
import org.hrcg.model.competency.CompetencyQuestions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryCostTest {

  @Test
  void theCompetencyQuestionsAreCheap() {
    for (CompetencyQuestion question : CompetencyQuestions.all()) {
      assertThat(QueryCost.isHeavy(question.query())).as(question.name()).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * { ?s (<urn:p>|!<urn:p>)* ?o }",
        "SELECT * { ?s <urn:p>+ ?o } LIMIT 5",
        "SELECT * { ?s (<urn:p>/<urn:q>*) ?o } LIMIT 5",
        "SELECT * { ?s <urn:p>{2,} ?o }",
        "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
        "SELECT * { ?s ?p ?o }",
        "SELECT * { ?s ?p ?o } ORDER BY ?o LIMIT 10",
        "SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT 10",
        "SELECT (COUNT(*) AS ?n) { ?a <urn:p> ?c . ?d <urn:q> ?f }",
        "SELECT * { GRAPH ?g { ?a <urn:p> ?b . ?c <urn:p> ?d } }",
        "CONSTRUCT WHERE { ?s ?p ?o }"
      })
  void heavyQueries(String query) {
    assertThat(QueryCost.isHeavy(query)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * { ?s ?p ?o } LIMIT 10",
        "ASK { ?s ?p ?o }",
        "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 100",
        "SELECT * { ?s <urn:p> ?o . ?o <urn:q> ?x } ORDER BY ?x",
        "SELECT * { ?s <urn:p>? ?o }",
        "SELECT * { ?s <urn:p>/<urn:q> ?o }",
        "SELECT * { <urn:s> <urn:p> <urn:o> }",
        "this is not SPARQL",
        "DESCRIBE <urn:s>"
      })
  void cheapQueries(String query) {
    assertThat(QueryCost.isHeavy(query)).isFalse();
  }
}
