package org.hrcg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCatalogTest {

  @TempDir Path temp;

  @Test
  void competencyQuestionsComeInTheOrderOfTheirIndex() {
    List<NamedQuery> questions = QueryCatalog.competencyQuestions();

    assertThat(questions).hasSizeGreaterThan(20);
    assertThat(questions.get(0).name()).isEqualTo("01-procurement-cities");
    assertThat(questions).extracting(NamedQuery::name).contains("11-mayor-of-grigny");
  }

  @Test
  void bundledHeavyQueriesParseAndAskForRowsOrCounts() {
    List<NamedQuery> heavy = QueryCatalog.heavyQueries();

    assertThat(heavy)
        .extracting(NamedQuery::name)
        .containsExactlyElementsOf(QueryCatalog.HEAVY_NAMES);
    for (NamedQuery query : heavy) {
      Query parsed = QueryFactory.create(query.text());
      assertThat(parsed.isSelectType()).as(query.name()).isTrue();
      assertThat(query.text()).as(query.name()).startsWith("# title: ");
    }
  }

  @Test
  void noValueMeansTheDefaults() {
    List<NamedQuery> defaults = List.of(new NamedQuery("ask", "ASK {}"));

    assertThat(QueryCatalog.select(null, defaults)).isSameAs(defaults);
    assertThat(QueryCatalog.select(" ", defaults)).isSameAs(defaults);
  }

  @Test
  void namesPickCompetencyQuestionsAndHeavyQueriesInTheOrderGiven() {
    List<NamedQuery> chosen =
        QueryCatalog.select("inspiration-reach, 11-mayor-of-grigny", List.of());

    assertThat(chosen)
        .extracting(NamedQuery::name)
        .containsExactly("inspiration-reach", "11-mayor-of-grigny");
    assertThat(chosen.get(1).text()).contains("territory:grigny");
  }

  @Test
  void aDirectoryGivesItsRqFilesByName() throws IOException {
    Files.writeString(temp.resolve("b-count.rq"), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
    Files.writeString(temp.resolve("a-ask.rq"), "ASK {}");
    Files.writeString(temp.resolve("notes.txt"), "not a query");

    assertThat(QueryCatalog.select(temp.toString(), List.of()))
        .containsExactly(
            new NamedQuery("a-ask", "ASK {}"),
            new NamedQuery("b-count", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
  }

  @Test
  void rejectsWhatNamesNoQueryNamingTheEntry() throws IOException {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> QueryCatalog.select("11-mayor-of-grigny, 99-nothing", List.of()));
    assertThat(unknown)
        .hasMessageContaining("'99-nothing'")
        .hasMessageContaining("inspiration-reach");

    Path empty = Files.createDirectory(temp.resolve("empty"));
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () -> QueryCatalog.select(empty.toString(), List.of())))
        .hasMessageContaining("holds no .rq file");

    Path blank = Files.writeString(temp.resolve("blank.rq"), "  \n");
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () -> QueryCatalog.select(blank.toString(), List.of())))
        .hasMessageContaining("'blank' is empty");

    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () -> QueryCatalog.select("inspiration-reach,inspiration-reach", List.of())))
        .hasMessageContaining("given twice");
  }
}
