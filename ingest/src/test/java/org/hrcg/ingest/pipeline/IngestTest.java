package org.hrcg.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.store.ExportScope;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.LoadedGraph;
import org.hrcg.model.store.TdbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

  @TempDir Path dir;

  private final TdbStore store = TdbStore.inMemory();

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void validFileLoadsIntoItsSourceGraphWithLoadRecordOnlyInMetaGraph() {
    Path file = Fixtures.write(dir, "alpha.ttl", Fixtures.turtle("alpha"));

    Report report = Ingest.builder().inputs(file).agent("tester").build().run(store);

    assertThat(report.problems()).isEmpty();
    assertThat(report.written()).isTrue();
    assertThat(report.added()).containsExactly(Fixtures.graph("alpha"));
    assertThat(report.replaced()).isEmpty();
    assertThat(report.triples()).isEqualTo(22);
    assertThat(store.graphNames()).contains(Fixtures.graph("alpha"));
    assertThat(sourceGraph("alpha").isIsomorphicWith(turtleModel(file))).isTrue();
    LoadedGraph record = store.loadRecord(Fixtures.graph("alpha")).orElseThrow();
    assertThat(record.record().agent()).isEqualTo("tester");
    assertThat(record.record().file()).isEqualTo(file.toString());
    assertThat(store.ask("ASK { GRAPH <" + Fixtures.graph("alpha") + "> { ?s ?p \"tester\" } }"))
        .isFalse();
  }

  @Test
  void yamlCaseStudyLoadsIntoItsSourceGraph() {
    Path file = Fixtures.write(dir, "beta.yaml", Fixtures.yaml("beta"));

    Report report = Ingest.builder().inputs(file).build().run(store);

    assertThat(report.errors()).isZero();
    assertThat(report.written()).isTrue();
    assertThat(store.ask("ASK { GRAPH <" + Fixtures.graph("beta") + "> { ?p a ?type } }")).isTrue();
  }

  @Test
  void anotherBaseMovesResourcesAndGraphsButNotTheConcepts() {
    String base = "https://data.example.org/cities/";
    IriMinter minter = new IriMinter(base);
    Path yaml = Fixtures.write(dir, "beta.yaml", Fixtures.yaml("beta"));
    Path csv = Fixtures.write(dir, "gamma.csv", Fixtures.csv("gamma"));

    try (TdbStore other = TdbStore.inMemory(minter)) {
      Report report = Ingest.builder().inputs(yaml, csv).minter(minter).build().run(other);

      assertThat(report.errors()).isZero();
      assertThat(report.added())
          .containsExactlyInAnyOrder(base + "graph/beta", base + "graph/gamma");
      assertThat(
              other.ask(
                  "ASK { GRAPH <"
                      + base
                      + "graph/beta> { ?p a <https://w3id.org/hrcg/ontology#Practice> ;"
                      + " <https://w3id.org/hrcg/ontology#theme> ?theme ."
                      + " FILTER(STRSTARTS(STR(?p), \""
                      + base
                      + "id/practice/\")"
                      + " && STRSTARTS(STR(?theme), \"https://w3id.org/hrcg/id/theme/\")) } }"))
          .isTrue();
    }
  }

  @Test
  void csvPracticesLoadIntoTheirCaseStudysGraph() {
    Path file = Fixtures.write(dir, "gamma.csv", Fixtures.csv("gamma"));

    Report report = Ingest.builder().inputs(file).build().run(store);

    assertThat(report.errors()).as(report.problems().toString()).isZero();
    assertThat(report.added()).containsExactly(Fixtures.graph("gamma"));
    assertThat(
            store
                .select(
                    "SELECT ?p WHERE { GRAPH <"
                        + Fixtures.graph("gamma")
                        + "> { ?p a <https://w3id.org/hrcg/ontology#Practice> } }")
                .size())
        .isEqualTo(2);
  }

  @Test
  void loadingTheSameFilesAgainChangesNoDataAndReportsThemReplaced() {
    Path alpha = Fixtures.write(dir, "alpha.ttl", Fixtures.turtle("alpha"));
    Path beta = Fixtures.write(dir, "beta.yaml", Fixtures.yaml("beta"));
    Ingest ingest = Ingest.builder().inputs(alpha, beta).build();
    ingest.run(store);
    String before = export(store);

    Report again = ingest.run(store);

    assertThat(again.written()).isTrue();
    assertThat(again.added()).isEmpty();
    assertThat(again.replaced()).containsExactly(Fixtures.graph("alpha"), Fixtures.graph("beta"));
    assertThat(export(store)).isEqualTo(before);
  }

  @Test
  void oneBadFileAmongGoodOnesWritesNothing() {
    Path good = Fixtures.write(dir, "a-good.ttl", Fixtures.turtle("alpha"));
    Path bad = Fixtures.write(dir, "b-bad.ttl", Fixtures.turtleWithoutTerritory("beta"));
    Path other = Fixtures.write(dir, "c-good.yaml", Fixtures.yaml("gamma"));
    long revision = store.revision();
    String before = export(store);

    Report report = Ingest.builder().inputs(good, bad, other).build().run(store);

    assertThat(report.written()).isFalse();
    assertThat(report.passed()).isFalse();
    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.graphs()).hasSize(3);
    assertThat(export(store)).isEqualTo(before);
    assertThat(store.revision()).isEqualTo(revision);
    assertThat(store.graphNames()).doesNotContain(Fixtures.graph("alpha"), Fixtures.graph("gamma"));
  }

  @Test
  void problemsOfEveryFileAreReportedTogetherSortedByFileAndLine() {
    Path folder = dir.resolve("cases");
    Fixtures.write(folder, "b.yaml", Fixtures.yaml("beta", "carex"));
    Fixtures.write(folder, "a.ttl", Fixtures.turtleWithoutTerritory("alpha"));
    Fixtures.write(folder, "c.ttl", "@prefix x: <http://example.org/> .\nx:a x:b .\nx:c x:d");

    Report report = Ingest.builder().inputs(folder).build().validate();

    assertThat(
            report.problems().stream()
                .filter(Problem::isError)
                .map(p -> p.file().getFileName().toString()))
        .containsSubsequence("a.ttl", "b.yaml", "c.ttl");
    assertThat(report.problems()).isSortedAccordingTo(Report.PROBLEM_ORDER);
    assertThat(report.problems())
        .filteredOn(p -> p.file().endsWith("b.yaml") && p.isError())
        .extracting(p -> p.position().line())
        .containsOnly(Fixtures.YAML_THEMES_LINE);
  }

  @Test
  void turtlePracticeWithoutTerritoryIsReportedAtThePracticesLine() {
    Path file = Fixtures.write(dir, "alpha.ttl", Fixtures.turtleWithoutTerritory("alpha"));

    Report report = Ingest.builder().inputs(file).build().validate();

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isTrue();
              assertThat(problem.file()).isEqualTo(file);
              assertThat(problem.position().line()).isEqualTo(Fixtures.PRACTICE_LINE);
              assertThat(problem.message())
                  .contains(
                      "hrc:territory", "practice 'alpha-care'", "needs at least one territory");
              assertThat(problem.toString())
                  .startsWith(file + ":" + Fixtures.PRACTICE_LINE + ":")
                  .contains(": error: hrc:territory");
            });
  }

  @Test
  void warningsAreReportedButFailOnlyWhenStrict() {
    Path file = Fixtures.write(dir, "alpha.ttl", Fixtures.turtleWithWarning("alpha"));

    Report lenient = Ingest.builder().inputs(file).build().run(store);
    assertThat(lenient.warnings()).isEqualTo(1);
    assertThat(lenient.passed()).isTrue();
    assertThat(lenient.written()).isTrue();

    store.withdraw("alpha");
    Report strict = Ingest.builder().inputs(file).strict(true).build().run(store);
    assertThat(strict.warnings()).isEqualTo(1);
    assertThat(strict.passed()).isFalse();
    assertThat(strict.written()).isFalse();
    assertThat(store.graphNames()).doesNotContain(Fixtures.graph("alpha"));
  }

  @Test
  void validateWritesNothing() {
    Path file = Fixtures.write(dir, "alpha.ttl", Fixtures.turtle("alpha"));
    long revision = store.revision();

    Report report = Ingest.builder().inputs(file).build().validate();

    assertThat(report.passed()).isTrue();
    assertThat(report.written()).isFalse();
    assertThat(report.graphs())
        .extracting(Report.ReadGraph::graphIri)
        .containsExactly(Fixtures.graph("alpha"));
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void sameGraphFromTwoFilesIsAnErrorNamingBothFiles() {
    Path first = Fixtures.write(dir, "first.ttl", Fixtures.turtle("alpha"));
    Path second = Fixtures.write(dir, "second.yaml", Fixtures.yaml("alpha"));

    Report report = Ingest.builder().inputs(first, second).build().run(store);

    assertThat(report.written()).isFalse();
    assertThat(report.problems())
        .filteredOn(Problem::isError)
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file()).isEqualTo(second);
              assertThat(problem.message()).contains(Fixtures.graph("alpha"), first.toString());
            });
  }

  @Test
  void foldersAreWalkedRecursivelyInNameOrderSkippingOtherFilesWithANote() {
    Path folder = dir.resolve("data");
    Fixtures.write(folder, "z/zeta.ttl", Fixtures.turtle("zeta"));
    Fixtures.write(folder, "alpha.ttl", Fixtures.turtle("alpha"));
    Fixtures.write(folder, "README.md", "# notes\n");
    Fixtures.write(folder, ".hidden/secret.ttl", "not even turtle");
    List<Progress.FileDone> steps = new ArrayList<>();

    Report report = Ingest.builder().inputs(folder).progress(steps::add).build().validate();

    assertThat(report.files())
        .containsExactly(folder.resolve("alpha.ttl"), folder.resolve("z/zeta.ttl"));
    assertThat(report.notes()).singleElement().asString().contains("README.md", "skipped");
    assertThat(report.problems()).isEmpty();
    assertThat(steps)
        .extracting(Progress.FileDone::filesDone, Progress.FileDone::filesTotal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 2));
    assertThat(steps.get(1).triples()).isEqualTo(44);
  }

  @Test
  void fileNamedExplicitlyWithAnUnknownExtensionIsAnError() {
    Path file = Fixtures.write(dir, "notes.txt", "hello");

    Report report = Ingest.builder().inputs(file).build().validate();

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isTrue();
              assertThat(problem.position()).isEqualTo(Position.START);
              assertThat(problem.message()).contains("unknown file type '.txt'", ".yaml", ".ttl");
            });
  }

  @Test
  void missingPathIsAnError() {
    Report report = Ingest.builder().inputs(dir.resolve("nowhere.yaml")).build().validate();

    assertThat(report.problems())
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).isEqualTo("no such file or folder"));
    assertThat(report.passed()).isFalse();
  }

  @Test
  void fileOverTheSizeLimitIsAnError() {
    Path file = Fixtures.write(dir, "alpha.ttl", Fixtures.turtle("alpha"));

    Report report = Ingest.builder().inputs(file).maxBytes(100).build().validate();

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            problem -> assertThat(problem.message()).contains("over the limit of 100 bytes"));
  }

  @Test
  void fileNamedTwiceIsReadOnce() {
    Path file = Fixtures.write(dir, "alpha.ttl", Fixtures.turtle("alpha"));

    Report report = Ingest.builder().inputs(file, dir).build().validate();

    assertThat(report.files()).containsExactly(file);
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void readerThatThrowsBecomesAProblemOfItsFile() {
    Path file = Fixtures.write(dir, "alpha.odd", "anything");
    Readers readers =
        Readers.none()
            .with(
                "odd",
                source -> {
                  throw new IllegalStateException("boom");
                });

    Report report = Ingest.builder().inputs(file).readers(readers).build().validate();

    assertThat(report.problems())
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("reader failed", "boom"));
  }

  @Test
  void graphOutsideTheSourceGraphsIsRefused() {
    Path file = Fixtures.write(dir, "alpha.odd", "anything");
    Readers readers =
        Readers.none()
            .with(
                "odd",
                source ->
                    new ReadOutcome(
                        List.of(
                            new org.hrcg.ingest.SourceGraph(
                                "https://w3id.org/hrcg/graph/meta",
                                turtleModel(Fixtures.write(dir, "x.ttl", Fixtures.turtle("x"))),
                                source.path(),
                                new org.hrcg.ingest.Locations())),
                        List.of()));

    Report report = Ingest.builder().inputs(file).readers(readers).build().run(store);

    assertThat(report.written()).isFalse();
    assertThat(report.problems())
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("is reserved"));
  }

  @Test
  void withdrawingOneSourceLeavesTheOthersAsTheyWere() {
    Path alpha = Fixtures.write(dir, "alpha.ttl", Fixtures.turtle("alpha"));
    Path beta = Fixtures.write(dir, "beta.ttl", Fixtures.turtle("beta"));
    Ingest.builder().inputs(alpha, beta).build().run(store);
    Model betaBefore = sourceGraph("beta");

    assertThat(store.withdraw("alpha")).isTrue();

    assertThat(store.graphNames())
        .doesNotContain(Fixtures.graph("alpha"))
        .contains(Fixtures.graph("beta"));
    assertThat(sourceGraph("beta").isIsomorphicWith(betaBefore)).isTrue();
    assertThat(store.loadRecord(Fixtures.graph("alpha"))).isEmpty();
  }

  @Test
  void inputInMemoryIsReadValidatedAndRecordedUnderItsName() {
    byte[] bytes = Fixtures.yaml("delta").getBytes(StandardCharsets.UTF_8);
    SourceFile upload =
        ((SourceFile.Read) SourceFile.check(Path.of("delta-upload.yaml"), bytes)).file();

    Report report = Ingest.builder().input(upload).agent("city-network").build().run(store);

    assertThat(report.errors()).as(report.problems().toString()).isZero();
    assertThat(report.added()).containsExactly(Fixtures.graph("delta"));
    assertThat(report.files()).containsExactly(Path.of("delta-upload.yaml"));
    LoadedGraph record = store.loadRecord(Fixtures.graph("delta")).orElseThrow();
    assertThat(record.record().agent()).isEqualTo("city-network");
    assertThat(record.record().file()).isEqualTo("delta-upload.yaml");
  }

  @Test
  void inputInMemoryWithAnUnknownExtensionIsAnErrorNamingIt() {
    SourceFile upload =
        ((SourceFile.Read) SourceFile.check(Path.of("notes.txt"), "text".getBytes())).file();

    Report report = Ingest.builder().input(upload).build().run(store);

    assertThat(report.written()).isFalse();
    assertThat(report.problems())
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("unknown file type '.txt'"));
  }

  @Test
  void admitSeesTheGraphsReadAndCanRefuseBeforeAnythingIsWritten() {
    Path file = Fixtures.write(dir, "alpha.ttl", Fixtures.turtle("alpha"));
    List<List<Report.ReadGraph>> seen = new ArrayList<>();
    long revision = store.revision();

    assertThatThrownBy(
            () ->
                Ingest.builder()
                    .inputs(file)
                    .build()
                    .run(
                        store,
                        graphs -> {
                          seen.add(graphs);
                          throw new IllegalStateException("not yours");
                        }))
        .hasMessage("not yours");

    assertThat(seen)
        .singleElement()
        .satisfies(
            graphs ->
                assertThat(graphs)
                    .extracting(Report.ReadGraph::graphIri)
                    .containsExactly(Fixtures.graph("alpha")));
    assertThat(store.graphNames()).doesNotContain(Fixtures.graph("alpha"));
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void admitIsAskedAlsoWhenTheInputsFailValidation() {
    Path file = Fixtures.write(dir, "alpha.ttl", Fixtures.turtleWithoutTerritory("alpha"));
    List<String> seen = new ArrayList<>();

    Report report =
        Ingest.builder()
            .inputs(file)
            .build()
            .run(store, graphs -> graphs.forEach(g -> seen.add(g.graphIri())));

    assertThat(seen).containsExactly(Fixtures.graph("alpha"));
    assertThat(report.errors()).isPositive();
    assertThat(report.written()).isFalse();
  }

  @Test
  void builderRejectsBadSettingsNamingThem() {
    assertThatThrownBy(() -> Ingest.builder().agent(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agent");
    assertThatThrownBy(() -> Ingest.builder().maxBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> Ingest.builder().inputs((Path) null))
        .isInstanceOf(NullPointerException.class);
  }

  private Model sourceGraph(String slug) {
    return store.read(
        dataset -> {
          Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
          copy.add(dataset.getNamedModel(Fixtures.graph(slug)));
          return copy;
        });
  }

  private static Model turtleModel(Path file) {
    return RDFDataMgr.loadModel(file.toUri().toString(), Lang.TURTLE);
  }

  static String export(GraphStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out, Lang.NQUADS, ExportScope.DATA);
    return out.toString(StandardCharsets.UTF_8);
  }
}
