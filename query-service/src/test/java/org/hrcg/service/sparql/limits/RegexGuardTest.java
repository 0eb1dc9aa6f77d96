package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexGuardTest {

  @AfterEach
  void standardOptimiser() {
    Optimize.setFactory(Optimize.stdOptimizationFactory);
  }

  static List<String> rows(String query) {
    List<String> rows = new ArrayList<>();
    try (QueryExecution execution =
        QueryExecution.dataset(DatasetFactory.create()).query(query).build()) {
      ResultSet results = execution.execSelect();
      while (results.hasNext()) {
        rows.add(results.next().toString());
      }
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT ?ok { BIND(REGEX(\"Barcelona\", \"^bar\", \"i\") AS ?ok) }",
        "SELECT ?ok { BIND(REGEX(\"Barcelona\", \"^bar\") AS ?ok) }",
        "SELECT ?ok { BIND(REGEX(\"a\\nb\", \"a.b\", \"s\") AS ?ok) }",
        "SELECT ?ok { BIND(REGEX(\"a\\nb\", \"^b$\", \"m\") AS ?ok) }",
        "SELECT ?ok { BIND(REGEX(\"a.c\", \".\", \"q\") AS ?ok) }",
        "SELECT ?ok { BIND(REGEX(\"abc\", \"a b c\", \"x\") AS ?ok) }",
        "SELECT ?ok { BIND(REGEX(\"São Paulo\"@pt, \"paulo\", \"i\") AS ?ok) }",
        "SELECT ?ok { BIND(REGEX(<urn:x>, \"x\") AS ?ok) }",
        "SELECT ?ok { VALUES ?p { \"(\" \"b\" } BIND(REGEX(\"abc\", ?p) AS ?ok) }",
        "SELECT ?r { VALUES ?p { \"(\" \"b\" } BIND(REPLACE(\"abc\", ?p, \"x\") AS ?r) }",
        "SELECT ?s { VALUES ?s { \"care\" \"procurement\" \"Care\" } FILTER(REGEX(?s, \"^c\", \"i\")) }",
        "SELECT ?r { BIND(REPLACE(\"Barcelona\"@es, \"(ce)lo\", \"[$1]\") AS ?r) }",
        "SELECT ?r { BIND(REPLACE(\"aaa\", \"a\", \"b\", \"q\") AS ?r) }",
        "SELECT ?r { BIND(REPLACE(\"abc\", \"x*\", \"-\") AS ?r) }",
        "SELECT ?r { BIND(REPLACE(\"abc\"^^<http://www.w3.org/2001/XMLSchema#string>, \"B\", \"x\", \"i\") AS ?r) }",
      })
  void answersAsJenaDoes(String query) {
    List<String> expected = rows(query);
    RegexGuard.install(Duration.ofSeconds(5));
    assertThat(rows(query)).isEqualTo(expected);
  }

  @Test
  void aBacktrackingBombStopsAtTheLimit() {
    String bomb = "a".repeat(40) + "!";
    RegexGuard.install(Duration.ofMillis(300));
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                rows(
                    "SELECT ?s { VALUES ?s { \""
                        + bomb
                        + "\" } FILTER(REGEX(?s, \"(.*a){16}$\")) }"))
        .isInstanceOf(QueryCancelledException.class);
    assertThatThrownBy(
            () ->
                rows("SELECT ?r { BIND(REPLACE(\"" + bomb + "\", \"(.*a){16}$\", \"x\") AS ?r) }"))
        .isInstanceOf(QueryCancelledException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }
}
