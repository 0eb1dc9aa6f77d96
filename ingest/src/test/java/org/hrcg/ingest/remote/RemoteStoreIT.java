package org.hrcg.ingest.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.update.UpdateFactory;
import org.hrcg.ingest.cli.Cli;
import org.hrcg.ingest.pipeline.Fixtures;
import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.model.competency.CheckResult;
import org.hrcg.model.competency.CompetencyQuestion;
import org.hrcg.model.competency.CompetencyQuestions;
import org.hrcg.model.store.ConcurrentWriteException;
import org.hrcg.model.store.ExportScope;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.ProtectedGraphException;
import org.hrcg.model.store.RemoteStore;
import org.hrcg.model.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * hrcg in remote mode against a real, standalone Fuseki server ({@code fuseki-server --tdb2 --loc
 * DIR --update /ds}, nothing configured): the bundled data ingested through the command line, the
 * competency questions answered, exports equal to an embedded store's, the writes of a second
 * instance seen, concurrent writers kept apart by the revision.
 */
class RemoteStoreIT {

  private static final Path GENEVA = Path.of("..", "data", "geneva-dialogue-2025.yaml");
  private static final Path CURATION = Path.of("..", "data", "curation.yaml");
  private static final String GENEVA_GRAPH = "https://w3id.org/hrcg/graph/geneva-dialogue-2025";
  private static final String CURATION_GRAPH = "https://w3id.org/hrcg/graph/curation";

  @TempDir static Path dir;

  private static FusekiProcess fuseki;
  private static Cli.Result ingest;
  private static RemoteStore store;

  @BeforeAll
  static void startFusekiAndIngestTheBundledData() {
    fuseki = FusekiProcess.start(dir.resolve("tdb2"), dir.resolve("fuseki"));
    ingest =
        Cli.run(
            "ingest",
            GENEVA.toString(),
            CURATION.toString(),
            "--store",
            fuseki.url(),
            "--agent",
            "it");
    store = RemoteStore.builder(fuseki.url()).existing(true).build();
  }

  @AfterAll
  static void stopFuseki() {
    if (store != null) {
      store.close();
    }
    if (fuseki != null) {
      fuseki.close();
    }
  }

  @Test
  void theCommandLineIngestsTheBundledDataIntoTheRemoteStore() {
    assertThat(ingest.code()).as("exit code; stderr: %s", ingest.err()).isZero();
    assertThat(ingest.out()).startsWith("loaded 2 graphs (2 added, 0 replaced), ");
    assertThat(store.graphNames()).contains(GENEVA_GRAPH, CURATION_GRAPH);
    assertThat(store.loadRecord(GENEVA_GRAPH).orElseThrow().record().agent()).isEqualTo("it");
  }

  @Test
  void theRemoteExportIsTheEmbeddedStoresExportOfTheSameIngest() {
    Cli.Result export = Cli.run("export", "--store", fuseki.url(), "--data-only", "--format", "nq");

    assertThat(export.code()).as("stderr: %s", export.err()).isZero();
    try (TdbStore embedded = TdbStore.inMemory()) {
      Ingest.builder().inputs(GENEVA, CURATION).build().run(embedded);
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      embedded.export(expected, Lang.NQUADS, ExportScope.DATA);
      assertThat(sortedLines(export.out()))
          .isEqualTo(sortedLines(expected.toString(StandardCharsets.UTF_8)))
          .isNotEmpty();
    }
  }

  static Stream<Named<CompetencyQuestion>> questions() {
    return CompetencyQuestions.all().stream().map(q -> Named.of(q.name() + ": " + q.title(), q));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void theRemoteStoreAnswersCompetencyQuestion(CompetencyQuestion question) {
    CheckResult result = question.check(store);

    assertThat(result.passed()).as(result::report).isTrue();
  }

  @Test
  void theQueryCommandReadsTheUnionOfTheRemoteGraphs() {
    Cli.Result result =
        Cli.run(
            "query",
            "--store",
            fuseki.url(),
            "--format",
            "csv",
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?label { <"
                + "https://w3id.org/hrcg/id/territory/grigny> rdfs:label ?label } ORDER BY ?label");

    assertThat(result.code()).as("stderr: %s", result.err()).isZero();
    assertThat(result.out()).startsWith("label\r\n").contains("Grigny");
  }

  @Test
  void aSecondInstanceSeesWhatTheFirstWrote() throws IOException {
    Path alpha = Fixtures.write(dir, "second/alpha.ttl", Fixtures.turtle("alpha"));
    String alphaGraph = "https://w3id.org/hrcg/graph/alpha";
    try (RemoteStore second = RemoteStore.builder(fuseki.url()).existing(true).build()) {
      long revision = second.revision();

      Cli.Result loaded = Cli.run("ingest", alpha.toString(), "--store", fuseki.url());
      assertThat(loaded.code()).as("stderr: %s", loaded.err()).isZero();

      assertThat(second.revision()).isEqualTo(revision + 1);
      assertThat(second.graphNames()).contains(alphaGraph);
      assertThat(
              second.ask(
                  "ASK { ?practice a <https://w3id.org/hrcg/ontology#Practice> ;"
                      + " <http://www.w3.org/ns/prov#wasDerivedFrom>"
                      + " <https://w3id.org/hrcg/id/case-study/alpha> }"))
          .isTrue();

      Cli.Result withdrawn = Cli.run("withdraw", "alpha", "--store", fuseki.url());
      assertThat(withdrawn.code()).as("stderr: %s", withdrawn.err()).isZero();
      assertThat(second.revision()).isEqualTo(revision + 2);
      assertThat(store.graphNames()).doesNotContain(alphaGraph);
      assertThat(store.loadRecord(alphaGraph)).isEmpty();
    }
  }

  @Test
  void aWriteForARevisionThatAnotherInstanceMovedOnIsRefusedAndWritesNothing() {
    try (RemoteStore other = RemoteStore.builder(fuseki.url()).existing(true).build()) {
      long read = store.revision();
      other.update("INSERT DATA { <urn:x:conflict> <urn:x:by> \"other\" }");

      ConcurrentWriteException e =
          assertThrows(
              ConcurrentWriteException.class,
              () ->
                  store.update(
                      UpdateFactory.create("INSERT DATA { <urn:x:conflict> <urn:x:by> \"late\" }"),
                      read));

      assertThat(e.expected()).isEqualTo(read);
      assertThat(e.found()).isEqualTo(read + 1);
      assertThat(store.ask("ASK { <urn:x:conflict> <urn:x:by> \"late\" }")).isFalse();
      assertThat(store.revision()).isEqualTo(read + 1);
      store.update("DELETE WHERE { <urn:x:conflict> ?p ?o }");
    }
  }

  @Test
  void instancesWritingAtOnceNeverShareARevision() throws InterruptedException {
    long start = store.revision();
    AtomicInteger written = new AtomicInteger();
    List<Throwable> failures = new ArrayList<>();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 3; w++) {
      int writer = w;
      writers.add(
          new Thread(
              () -> {
                try (RemoteStore mine = RemoteStore.builder(fuseki.url()).build()) {
                  for (int i = 0; i < 8; i++) {
                    try {
                      mine.update(
                          "INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/concurrency> {"
                              + " <urn:x:w"
                              + writer
                              + "> <urn:x:i> "
                              + i
                              + " } }");
                      written.incrementAndGet();
                    } catch (ConcurrentWriteException e) {
                      // Overtaken on every attempt: allowed; nothing of it was written.
                    }
                  }
                } catch (Throwable e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              }));
    }
    writers.forEach(Thread::start);
    for (Thread writer : writers) {
      writer.join();
    }

    assertThat(failures).isEmpty();
    long kept =
        store.query(
            "SELECT (COUNT(*) AS ?n) { ?w <urn:x:i> ?i }",
            q -> q.execSelect().next().getLiteral("n").getLong());
    assertThat(kept).isEqualTo(written.get());
    assertThat(store.revision()).isEqualTo(start + written.get());
    assertThat(store.withdraw("concurrency")).isTrue();
  }

  @Test
  void theServerRefusesATemplateThatTheDataPointsAtAProtectedGraph() {
    long revision = store.revision();
    ProtectedGraphException e =
        assertThrows(
            ProtectedGraphException.class,
            () ->
                store.update(
                    "INSERT DATA { <urn:x:s> <urn:x:p> 1 } ; DELETE { GRAPH ?g { ?s ?p ?o } }"
                        + " WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRENDS(STR(?g), '/ontology')) }"));

    assertThat(e.graph()).isEqualTo("https://w3id.org/hrcg/graph/ontology");
    assertThat(store.revision()).isEqualTo(revision);
    assertThat(store.ask("ASK { <urn:x:s> <urn:x:p> 1 }")).isFalse();
  }

  @Test
  void anUnreachableOrWrongStoreIsAOneLineErrorNotAStackTrace() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    Cli.Result unreachable =
        Cli.run("query", "--store", "http://127.0.0.1:" + closed + "/ds", "ASK {}");
    assertThat(unreachable.code()).isEqualTo(1);
    assertThat(unreachable.err())
        .isEqualTo(
            "hrcg query: error: the store at http://127.0.0.1:"
                + closed
                + "/ds did not answer (connection refused)"
                + System.lineSeparator());

    String wrong = fuseki.url().replace("/ds", "/nothing");
    Cli.Result notFound = Cli.run("export", "--store", wrong);
    assertThat(notFound.code()).isEqualTo(1);
    assertThat(notFound.err()).contains("no SPARQL dataset at " + wrong + " (HTTP 404)");
    assertThat(notFound.err().lines()).hasSize(1);
  }

  @Test
  void exportsAndQueriesOfAnEmptyDatasetSayItHoldsNoStore() {
    try (FusekiProcess empty =
        FusekiProcess.start(dir.resolve("empty-tdb2"), dir.resolve("empty-fuseki"))) {
      Cli.Result result = Cli.run("export", "--store", empty.url());

      assertThat(result.code()).isEqualTo(2);
      assertThat(result.err()).contains("holds no hrcg store");
      try (GraphStore opened = RemoteStore.builder(empty.url()).build()) {
        assertThat(opened.revision()).as("ingest sets an empty dataset up").isEqualTo(1);
      }
    }
  }

  private static List<String> sortedLines(String text) {
    return text.lines().filter(line -> !line.isBlank()).sorted().toList();
  }
}
