package org.hrcg.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hrcg.ingest.pipeline.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that read and write a TDB2 store directory. */
class HrcgCommandIT {

  private static final String PRACTICES =
      "PREFIX hrc: <https://w3id.org/hrcg/ontology#> "
          + "SELECT ?practice WHERE { ?practice a hrc:Practice } ORDER BY ?practice";

  @TempDir Path dir;

  private String store;
  private Path alpha;
  private Path beta;

  @BeforeEach
  void files() {
    store = dir.resolve("store").toString();
    alpha = Fixtures.write(dir, "in/alpha.ttl", Fixtures.turtle("alpha"));
    beta = Fixtures.write(dir, "in/beta.yaml", Fixtures.yaml("beta"));
  }

  @Test
  void ingestLoadsAndSummarizesThenReportsAReloadAsReplaced() {
    Cli.Result first = Cli.run("ingest", "--store", store, "--agent", "tester", alpha.toString());
    Cli.Result second = Cli.run("ingest", "--store", store, dir.resolve("in").toString());

    assertThat(first.code()).isZero();
    assertThat(first.out())
        .matches(
            "loaded 1 graph \\(1 added, 0 replaced\\), 22 triples, 0 warnings, in \\d+\\.\\d s\\R");
    assertThat(first.err()).contains("read " + alpha + " (22 triples)");
    assertThat(second.code()).isZero();
    assertThat(second.out()).startsWith("loaded 2 graphs (1 added, 1 replaced), ");
    assertThat(Cli.run("query", "--store", store, "--format", "csv", PRACTICES).out())
        .isEqualTo(
            "practice\r\n"
                + "https://w3id.org/hrcg/id/practice/alpha-care\r\n"
                + "https://w3id.org/hrcg/id/practice/beta-care\r\n");
  }

  @Test
  void ingestWithAnErrorExitsWithOneAndWritesNothing() {
    Cli.run("ingest", "--store", store, alpha.toString());
    String before = Cli.run("export", "--store", store, "--data-only").out();
    Path bad = Fixtures.write(dir, "bad.yaml", Fixtures.yaml("gamma", "carex"));

    Cli.Result result = Cli.run("ingest", "--store", store, beta.toString(), bad.toString());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err())
        .contains(bad + ":" + Fixtures.YAML_THEMES_LINE + ":")
        .contains("unknown theme 'carex' (did you mean 'care'?)")
        .containsPattern("nothing loaded: \\d+ errors?, ");
    assertThat(result.out()).isEmpty();
    assertThat(Cli.run("export", "--store", store, "--data-only").out()).isEqualTo(before);
  }

  @Test
  void exportWritesEveryGraphOrOneOrTheDataOnly() throws IOException {
    Cli.run("ingest", "--store", store, alpha.toString(), beta.toString());

    Cli.Result all = Cli.run("export", "--store", store);
    Cli.Result data = Cli.run("export", "--store", store, "--data-only");
    Cli.Result one = Cli.run("export", "--store", store, "--graph", "alpha", "--format", "ttl");
    Path file = dir.resolve("out.trig");
    Cli.Result toFile =
        Cli.run("export", "--store", store, "--format", "trig", "--output", file.toString());

    assertThat(all.code()).isZero();
    assertThat(all.out())
        .contains("<https://w3id.org/hrcg/graph/alpha> .")
        .contains("<https://w3id.org/hrcg/graph/ontology> .")
        .contains("<https://w3id.org/hrcg/graph/meta> .");
    assertThat(data.out())
        .contains("<https://w3id.org/hrcg/graph/beta> .")
        .doesNotContain("<https://w3id.org/hrcg/graph/ontology> .")
        .doesNotContain("<https://w3id.org/hrcg/graph/meta> .");
    assertThat(one.code()).isZero();
    assertThat(one.out()).contains("alpha-care").doesNotContain("beta-care");
    assertThat(toFile.code()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("<https://w3id.org/hrcg/graph/beta>");
  }

  @Test
  void exportOfAGraphTheStoreDoesNotHaveFails() {
    Cli.run("ingest", "--store", store, alpha.toString());

    Cli.Result result = Cli.run("export", "--store", store, "--graph", "nowhere");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err())
        .contains("the store has no graph <https://w3id.org/hrcg/graph/nowhere>");
  }

  @Test
  void queryAnswersSelectAskAndConstructInEachFormat() throws IOException {
    Cli.run("ingest", "--store", store, alpha.toString());
    Path queryFile = Fixtures.write(dir, "q.rq", PRACTICES);

    Cli.Result table = Cli.run("query", "--store", store, PRACTICES);
    Cli.Result json =
        Cli.run("query", "--store", store, "--format", "json", "--file", queryFile.toString());
    Cli.Result tsv = Cli.run("query", "--store", store, "--format", "tsv", PRACTICES);
    Cli.Result ask =
        Cli.run("query", "--store", store, "ASK { ?s a <https://w3id.org/hrcg/ontology#City> }");
    Cli.Result construct =
        Cli.run(
            "query",
            "--store",
            store,
            "CONSTRUCT { ?p a <https://w3id.org/hrcg/ontology#Practice> }"
                + " WHERE { ?p a <https://w3id.org/hrcg/ontology#Practice> }");

    assertThat(table.code()).isZero();
    assertThat(table.out())
        .contains("| practice", "<https://w3id.org/hrcg/id/practice/alpha-care>");
    assertThat(json.out()).contains("\"bindings\"", "https://w3id.org/hrcg/id/practice/alpha-care");
    assertThat(tsv.out()).startsWith("?practice\n");
    assertThat(ask.out()).isEqualTo("yes" + System.lineSeparator());
    assertThat(construct.code()).isZero();
    assertThat(construct.out()).contains("hrc:Practice").contains("practice/alpha-care");
  }

  @Test
  void constructWithATableFormatIsAUsageError() {
    Cli.run("ingest", "--store", store, alpha.toString());

    Cli.Result result =
        Cli.run("query", "--store", store, "--format", "csv", "CONSTRUCT WHERE { ?s ?p ?o }");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("--format csv is for SELECT and ASK");
  }

  @Test
  void withdrawRemovesOnlyThatGraph() {
    Cli.run("ingest", "--store", store, alpha.toString(), beta.toString());

    Cli.Result result = Cli.run("withdraw", "alpha", "--store", store);
    Cli.Result again = Cli.run("withdraw", "alpha", "--store", store);

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("withdrew <https://w3id.org/hrcg/graph/alpha>");
    assertThat(Cli.run("query", "--store", store, "--format", "csv", PRACTICES).out())
        .doesNotContain("alpha-care")
        .contains("beta-care");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("the store has no graph");
  }
}
