package org.hrcg.ingest.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.hrcg.ingest.BulkCaseStudy;
import org.hrcg.ingest.cli.Cli;
import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.ingest.pipeline.Progress;
import org.hrcg.model.store.IncompleteLoadException;
import org.hrcg.model.store.LoadedGraph;
import org.hrcg.model.store.RemoteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large ingest into a real Fuseki server whose process is killed (SIGKILL) in the middle: the
 * load, too large for one request, goes in steps of whole graphs; the failure says exactly which
 * graphs the store holds; after Fuseki is started again on the same TDB2 directory, running the
 * same ingest again through the command line sends only what is missing, and the store ends exactly
 * as an embedded store loaded in one transaction: the same export, no progress record left, a load
 * record for every graph.
 */
class RemoteCrashIT {

  private static final Path GENEVA = Path.of("..", "data", "geneva-dialogue-2025.yaml");
  private static final int SOURCES = 6;
  private static final int PRACTICES = 150;
  private static final long STEP_TRIPLES = 2_500;
  private static final String AGENT = "crash-test";
  private static final String META = "https://w3id.org/hrcg/graph/meta";

  @TempDir static Path shared;

  @TempDir Path dir;

  /** The generated case studies, one graph each, in graph IRI order. */
  private static List<Path> files;

  private static List<String> graphs;

  /** The generated case studies as N-Quads, each in its graph. */
  private static List<String> generatedData;

  private FusekiProcess fuseki;

  /** The data the store must hold after the load: what it held before, and the load. */
  private List<String> expectedData;

  @BeforeAll
  static void generateTheLoadAndItsExpectedResult() throws Exception {
    files = new ArrayList<>();
    graphs = new ArrayList<>();
    for (int i = 1; i <= SOURCES; i++) {
      String slug = "crash-remote-" + i;
      files.add(BulkCaseStudy.write(shared.resolve(slug + ".ttl"), slug, PRACTICES));
      graphs.add("https://w3id.org/hrcg/graph/" + slug);
    }
    DatasetGraph generated = DatasetGraphFactory.create();
    for (int i = 0; i < SOURCES; i++) {
      Graph graph = generated.getGraph(NodeFactory.createURI(graphs.get(i)));
      RDFParser.source(files.get(i)).parse(graph);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, generated, Lang.NQUADS);
    generatedData = lines(out.toString(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void startFusekiWithGeneva() {
    fuseki = FusekiProcess.start(dir.resolve("tdb2"), dir.resolve("fuseki"));
    Cli.Result first = Cli.run("ingest", GENEVA.toString(), "--store", fuseki.url());
    assertThat(first.code()).as("loading Geneva first: %s", first.err()).isZero();
    Cli.Result before = Cli.run("export", "--store", fuseki.url(), "--data-only");
    List<String> expected = new ArrayList<>(lines(before.out()));
    expected.addAll(generatedData);
    expected.sort(null);
    expectedData = expected;
  }

  @AfterEach
  void stopFuseki() {
    fuseki.close();
  }

  @Test
  void fusekiKilledBetweenTwoStepsLeavesTheStepsBeforeAndARetryConverges() {
    IncompleteLoadException e =
        assertThrows(
            IncompleteLoadException.class,
            () ->
                load(
                    fuseki.url(),
                    onStepWritten(
                        (step, stepGraphs) -> {
                          if (step == 3) {
                            fuseki.kill();
                          }
                        })));

    assertThat(e.step()).isEqualTo(4);
    assertThat(e.steps()).isEqualTo(SOURCES);
    assertThat(e.written()).containsExactlyElementsOf(graphs.subList(0, 3));
    assertThat(e.inFlight()).as("a refused connection sent nothing").isEmpty();
    assertThat(e.notWritten()).containsExactlyElementsOf(graphs.subList(3, SOURCES));
    assertThat(e).hasMessageContaining("connection refused");

    fuseki.restart();
    Map<String, Long> stored = triplesByGraph();
    e.written().forEach(graph -> assertWhole(stored, graph));
    e.notWritten().forEach(graph -> assertThat(stored).doesNotContainKey(graph));

    Cli.Result retry = retry();
    assertThat(retry.out())
        .startsWith(
            "loaded 6 graphs (3 added, 0 replaced, 3 written by an earlier run of this load), ")
        .contains("(3 requests)");
    assertConverged();
  }

  @Test
  void fusekiKilledWhileReceivingAStepLeavesItsGraphsWholeOrAbsentAndARetryConverges()
      throws Exception {
    IncompleteLoadException e;
    try (KillingProxy proxy = new KillingProxy(fuseki)) {
      e =
          assertThrows(
              IncompleteLoadException.class,
              () ->
                  load(
                      proxy.url(),
                      new Progress() {
                        @Override
                        public void fileDone(FileDone step) {}

                        @Override
                        public void stepStarting(int step, int steps, List<String> stepGraphs) {
                          if (step == 3) {
                            // Well inside the step's request of some 330 kB.
                            proxy.arm(100_000);
                          }
                        }
                      }));
      assertThat(proxy.killed())
          .as("the proxy killed Fuseki; the load failed with %s", describe(e))
          .isTrue();
    }

    assertThat(e.step()).isEqualTo(3);
    assertThat(e.written()).containsExactlyElementsOf(graphs.subList(0, 2));
    assertThat(e.inFlight())
        .as("the connection broke with the request half sent")
        .containsExactly(graphs.get(2));
    assertThat(e.notWritten()).containsExactlyElementsOf(graphs.subList(3, SOURCES));

    fuseki.restart();
    Map<String, Long> stored = triplesByGraph();
    e.written().forEach(graph -> assertWhole(stored, graph));
    e.notWritten().forEach(graph -> assertThat(stored).doesNotContainKey(graph));
    for (String graph : e.inFlight()) {
      if (stored.containsKey(graph)) {
        assertWhole(stored, graph);
      }
    }

    Cli.Result retry = retry();
    assertThat(retry.out()).startsWith("loaded 6 graphs (");
    assertConverged();
  }

  /** The generated case studies ingested in steps of one graph, through the URL given. */
  private void load(String url, Progress progress) {
    try (RemoteStore store = RemoteStore.builder(url).maxRequestTriples(STEP_TRIPLES).build()) {
      Ingest.builder().inputs(files).agent(AGENT).progress(progress).build().run(store);
    }
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      text.append(" <- ").append(t);
    }
    return text.toString();
  }

  private static Progress onStepWritten(BiConsumer<Integer, List<String>> action) {
    return new Progress() {
      @Override
      public void fileDone(FileDone step) {}

      @Override
      public void stepWritten(int step, int steps, List<String> stepGraphs) {
        action.accept(step, stepGraphs);
      }
    };
  }

  /** The same ingest run again through the command line, against the restarted server. */
  private Cli.Result retry() {
    List<String> args = new ArrayList<>(List.of("ingest"));
    files.forEach(file -> args.add(file.toString()));
    args.addAll(
        List.of(
            "--store",
            fuseki.url(),
            "--agent",
            AGENT,
            "--max-request-triples",
            Long.toString(STEP_TRIPLES)));
    Cli.Result retry = Cli.run(args.toArray(String[]::new));
    assertThat(retry.code()).as("the ingest run again: %s", retry.err()).isZero();
    return retry;
  }

  /** The store holds exactly what one transaction would have left. */
  private void assertConverged() {
    Cli.Result export = Cli.run("export", "--store", fuseki.url(), "--data-only");
    assertThat(export.code()).as("export: %s", export.err()).isZero();
    List<String> data = lines(export.out());
    assertThat(data.size()).as("quads exported").isEqualTo(expectedData.size());
    assertThat(data).as("the data after the retry").isEqualTo(expectedData);
    try (RemoteStore store = RemoteStore.builder(fuseki.url()).existing(true).build()) {
      assertThat(store.loadRecords().stream().map(LoadedGraph::graph).toList())
          .containsAll(graphs)
          .contains("https://w3id.org/hrcg/graph/geneva-dialogue-2025");
      assertThat(
              store.ask(
                  "ASK { GRAPH <"
                      + META
                      + "> { { ?load a <https://w3id.org/hrcg/store#Load> } UNION"
                      + " { ?record <https://w3id.org/hrcg/store#partOf> ?load } } }"))
          .as("no progress record is left in graph/meta")
          .isFalse();
    }
  }

  private void assertWhole(Map<String, Long> stored, String graph) {
    assertThat(stored.get(graph))
        .as("triples of <%s>", graph)
        .isEqualTo(BulkCaseStudy.triples(PRACTICES));
  }

  private Map<String, Long> triplesByGraph() {
    try (RemoteStore store = RemoteStore.builder(fuseki.url()).existing(true).build()) {
      return store.query(
          "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
          execution -> {
            Map<String, Long> counts = new HashMap<>();
            execution
                .execSelect()
                .forEachRemaining(
                    row ->
                        counts.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
            return counts;
          });
    }
  }

  private static List<String> lines(String nquads) {
    return nquads.lines().filter(line -> !line.isBlank()).sorted().toList();
  }
}
