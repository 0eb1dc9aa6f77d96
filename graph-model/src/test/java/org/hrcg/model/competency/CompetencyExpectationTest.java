package org.hrcg.model.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The expectation checker fails when an answer is wrong, and says which assertion and why. */
class CompetencyExpectationTest {

  private static final String PREFIXES =
      """
      PREFIX hrc:  <https://w3id.org/hrcg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;

  private static final String PRACTICES =
      PREFIXES
          + """
          SELECT ?practice ?territory ?label WHERE {
            ?practice a hrc:Practice ; hrc:territory ?territory .
            OPTIONAL { ?practice rdfs:label ?label }
          } ORDER BY ?practice
          """;

  private static final String COUNT =
      PREFIXES
          + """
          SELECT (COUNT(?practice) AS ?practices) WHERE { ?practice a hrc:Practice }
          """;

  private static final String BARCELONA = "https://w3id.org/hrcg/id/territory/barcelona";
  private static final String UTRECHT = "https://w3id.org/hrcg/id/territory/utrecht";

  private Dataset dataset;

  @BeforeEach
  void twoPractices() {
    dataset = DatasetFactory.createTxnMem();
    String data =
        """
        PREFIX hrc:  <https://w3id.org/hrcg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX p:    <https://w3id.org/hrcg/id/practice/>
        PREFIX t:    <https://w3id.org/hrcg/id/territory/>
        p:barcelona-procurement a hrc:Practice ; hrc:territory t:barcelona ;
          rdfs:label "Public procurement"@en .
        p:utrecht-procurement a hrc:Practice ; hrc:territory t:utrecht .
        """;
    Txn.executeWrite(
        dataset, () -> RDFParser.fromString(data, Lang.TURTLE).parse(dataset.getDefaultModel()));
  }

  private CheckResult check(String query, String expectation) {
    return Expectation.parse(expectation).check("07-test", query, dataset);
  }

  @Test
  void passesWhenEveryAssertionHolds() {
    CheckResult result =
        check(
            PRACTICES,
            """
            {"minRows": 2, "maxRows": 2,
             "contains": [{"territory": "%s", "label": "\\"Public procurement\\"@en"},
                          {"territory": "%s", "label": null}],
             "notContains": [{"territory": "https://w3id.org/hrcg/id/territory/grigny"}],
             "allRows": {"territory": {"regex": "^https://w3id\\\\.org/hrcg/id/territory/"}}}
            """
                .formatted(BARCELONA, UTRECHT));

    assertThat(result.passed()).as(result::report).isTrue();
    assertThat(result.rowsSeen()).hasSize(2);
  }

  @Test
  void failsOnAWrongIri() {
    CheckResult result =
        check(PRACTICES, "{\"contains\": [{\"territory\": \"%s-x\"}]}".formatted(BARCELONA));

    assertThat(result.passed()).isFalse();
    assertThat(result.failures())
        .singleElement()
        .asString()
        .startsWith("07-test: contains")
        .contains(BARCELONA + "-x")
        .endsWith("no row matches");
    assertThat(result.report()).contains("rows seen").contains("barcelona").contains("utrecht");
  }

  @Test
  void failsWhenTooFewRows() {
    CheckResult result = check(PRACTICES, "{\"minRows\": 3}");

    assertThat(result.passed()).isFalse();
    assertThat(result.failures())
        .containsExactly("07-test: minRows 3: the query returned 2 row(s)");
  }

  @Test
  void failsWhenTooManyRows() {
    CheckResult result = check(PRACTICES, "{\"maxRows\": 1}");

    assertThat(result.failures())
        .containsExactly("07-test: maxRows 1: the query returned 2 row(s)");
  }

  @Test
  void failsWhenAskAnswersFalse() {
    String ask = PREFIXES + "ASK { ?practice hrc:territory <https://w3id.org/hrcg/id/x/y> }";

    CheckResult result = check(ask, "{\"ask\": true}");

    assertThat(result.passed()).isFalse();
    assertThat(result.failures())
        .containsExactly("07-test: ask: expected true, the query answered false");
  }

  @Test
  void passesWhenAskAnswersAsExpected() {
    String ask = PREFIXES + "ASK { ?practice hrc:territory <%s> }".formatted(UTRECHT);

    assertThat(check(ask, "{\"ask\": true}").passed()).isTrue();
    assertThat(check(ask, "{\"ask\": false}").passed()).isFalse();
  }

  @Test
  void failsWhenAForbiddenRowIsPresent() {
    CheckResult result =
        check(PRACTICES, "{\"notContains\": [{\"territory\": \"%s\"}]}".formatted(UTRECHT));

    assertThat(result.failures()).singleElement().asString().endsWith("row 2 matches");
  }

  @Test
  void failsWhenSomeRowMissesTheAllRowsPattern() {
    CheckResult result =
        check(PRACTICES, "{\"allRows\": {\"label\": {\"regex\": \"procurement\"}}}");

    assertThat(result.failures())
        .singleElement()
        .asString()
        .contains("allRows")
        .endsWith("1 of 2 row(s) do not match, the first is row 2");
  }

  @Test
  void failsWhenTheLanguageTagDiffers() {
    String expectation = "{\"contains\": [{\"label\": \"\\\"Public procurement\\\"@%s\"}]}";

    assertThat(check(PRACTICES, expectation.formatted("es")).passed()).isFalse();
    assertThat(check(PRACTICES, expectation.formatted("EN")).passed()).isTrue();
  }

  @Test
  void failsWhenAPlainStringIsExpectedButTheLiteralHasALanguageTag() {
    CheckResult result = check(PRACTICES, "{\"contains\": [{\"label\": \"Public procurement\"}]}");

    assertThat(result.passed()).isFalse();
  }

  @Test
  void comparesNumbersByValueAndBounds() {
    assertThat(check(COUNT, "{\"contains\": [{\"practices\": 2}]}").passed()).isTrue();
    assertThat(check(COUNT, "{\"contains\": [{\"practices\": \"2\"}]}").passed()).isTrue();
    assertThat(check(COUNT, "{\"contains\": [{\"practices\": 3}]}").passed()).isFalse();
    assertThat(check(COUNT, "{\"allRows\": {\"practices\": {\"min\": 2, \"max\": 2}}}").passed())
        .isTrue();
    assertThat(check(COUNT, "{\"allRows\": {\"practices\": {\"min\": 3}}}").passed()).isFalse();
  }

  @Test
  void failsWhenAPatternNamesAVariableTheQueryDoesNotReturn() {
    CheckResult result =
        check(PRACTICES, "{\"contains\": [{\"city\": \"%s\"}]}".formatted(UTRECHT));

    assertThat(result.failures())
        .singleElement()
        .asString()
        .contains("?city not among the query's result variables (?practice ?territory ?label)");
  }

  @Test
  void failsWhenAnAskExpectationMeetsASelectQuery() {
    CheckResult result = check(PRACTICES, "{\"ask\": true}");

    assertThat(result.failures()).singleElement().asString().contains("SELECT");
  }

  @Test
  void failsWhenTheQueryDoesNotParse() {
    CheckResult result = check("SELECT ?x WHERE { ?x undeclared:p ?y }", "{\"minRows\": 0}");

    assertThat(result.passed()).isFalse();
    assertThat(result.failures()).singleElement().asString().contains("does not parse");
  }

  @Test
  void reportsEveryFailedAssertionTogether() {
    CheckResult result =
        check(
            PRACTICES,
            "{\"minRows\": 5, \"contains\": [{\"territory\": \"x\"}, {\"territory\": \"y\"}]}");

    assertThat(result.failures()).hasSize(3);
    assertThat(result.report()).startsWith("07-test: 3 assertion(s) failed");
  }

  @Test
  void rejectsAnUnknownKey() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Expectation.parse("{\"minrows\": 1}"));

    assertThat(e).hasMessageContaining("unknown expectation key 'minrows'");
  }

  @Test
  void rejectsAnExpectationThatAssertsNothing() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Expectation.parse("{\"comment\": \"hm\"}"));

    assertThat(e).hasMessageContaining("asserts nothing");
  }

  @Test
  void rejectsAskMixedWithRowAssertions() {
    assertThrows(
        IllegalArgumentException.class, () -> Expectation.parse("{\"ask\": true, \"minRows\": 1}"));
  }

  @Test
  void rejectsMalformedPatterns() {
    assertThrows(IllegalArgumentException.class, () -> Expectation.parse("{\"contains\": {}}"));
    assertThrows(IllegalArgumentException.class, () -> Expectation.parse("{\"contains\": [{}]}"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Expectation.parse("{\"allRows\": {\"x\": {\"regex\": \"(\"}}}"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Expectation.parse("{\"allRows\": {\"x\": {\"like\": \"a\"}}}"));
    assertThrows(IllegalArgumentException.class, () -> Expectation.parse("{\"minRows\": -1}"));
    assertThrows(IllegalArgumentException.class, () -> Expectation.parse("not json"));
  }

  @Test
  void readsTitleAndMultiLineDescriptionFromTheQueryHeader() {
    String query =
        """
        # title: Which practices?
        # description: All of them,
        #   with their territory.
        #
        # Not part of the description.
        SELECT * WHERE { ?s ?p ?o }
        """;

    CompetencyQuestion question = CompetencyQuestions.parse("01-x", query, "{\"minRows\": 0}");

    assertThat(question.title()).isEqualTo("Which practices?");
    assertThat(question.description()).isEqualTo("All of them, with their territory.");
  }

  @Test
  void rejectsAQueryWithoutTitle() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CompetencyQuestions.parse("01-x", "# description: d\nASK {}", "{\"ask\": true}"));

    assertThat(e).hasMessageContaining("title");
  }
}
