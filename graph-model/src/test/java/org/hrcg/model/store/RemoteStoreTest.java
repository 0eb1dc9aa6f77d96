package org.hrcg.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.model.store.StoreFixtures.GENEVA;
import static org.hrcg.model.store.StoreFixtures.META;
import static org.hrcg.model.store.StoreFixtures.OTHER;
import static org.hrcg.model.store.StoreFixtures.SCHEMES;
import static org.hrcg.model.store.StoreFixtures.exportAll;
import static org.hrcg.model.store.StoreFixtures.exportString;
import static org.hrcg.model.store.StoreFixtures.geneva;
import static org.hrcg.model.store.StoreFixtures.procurementReport;
import static org.hrcg.model.store.StoreFixtures.record;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionWrapper;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.ontology.HrcgResources;
import org.junit.jupiter.api.Test;

/**
 * The store contract on {@link RemoteStore}, reaching a TDB2 dataset in this process through a
 * local {@link RDFConnection}: the requests are the SPARQL text a server gets, run by the engine
 * Fuseki runs. The real server, over HTTP, is in the ingest module's ITs. Here also what only the
 * remote store does: conditional requests and their retries, loads in steps, the HTTP client.
 */
class RemoteStoreTest extends GraphStoreContract {

  private static final String URL = "http://localhost:3030/hrcg";

  private Dataset dataset;

  /** A dataset that a remote store has set up (vocabulary, revision 1): copied for each test. */
  private static DatasetGraph setUp;

  @Override
  GraphStore newStore(IriMinter minter) {
    dataset = DatasetFactory.createTxnMem();
    if (minter.equals(IriMinter.defaults())) {
      // Setting the vocabulary up takes most of a test's time: do it once, then copy the result.
      synchronized (RemoteStoreTest.class) {
        if (setUp == null) {
          Dataset first = DatasetFactory.createTxnMem();
          over(RDFConnection.connect(first), minter, RemoteStore.DEFAULT_MAX_REQUEST_TRIPLES)
              .close();
          setUp = DatasetGraphFactory.create();
          Txn.executeRead(first, () -> first.asDatasetGraph().find().forEachRemaining(setUp::add));
        }
      }
      Txn.executeWrite(dataset, () -> setUp.find().forEachRemaining(dataset.asDatasetGraph()::add));
    }
    return over(RDFConnection.connect(dataset), minter, RemoteStore.DEFAULT_MAX_REQUEST_TRIPLES);
  }

  private static RemoteStore over(RDFConnection connection, IriMinter minter, long maxTriples) {
    return RemoteStore.builder(URL)
        .connection(connection)
        .minter(minter)
        .maxRequestTriples(maxTriples)
        .build();
  }

  /** Another hrcg instance on the same dataset. */
  private RemoteStore another() {
    return another(RDFConnection.connect(dataset), RemoteStore.DEFAULT_MAX_REQUEST_TRIPLES);
  }

  private RemoteStore another(RDFConnection connection, long maxTriples) {
    return over(connection, IriMinter.defaults(), maxTriples);
  }

  /** What a connection does with an update request: the request's number from 1, and the call. */
  private interface Interception {
    void update(int request, Runnable send);
  }

  /** A connection to the same dataset whose update requests go through the interception. */
  private RDFConnection intercepted(Interception interception) {
    AtomicInteger requests = new AtomicInteger();
    return new RDFConnectionWrapper(RDFConnection.connect(dataset)) {
      @Override
      public void update(UpdateRequest update) {
        interception.update(requests.incrementAndGet(), () -> super.update(update));
      }
    };
  }

  @Test
  void aLocalCopyFetchesAGraphOnlyWhenItIsRead() {
    loadBothSources();
    LocalCopy copy = ((RemoteStore) store).localCopy();

    assertThat(copy.revision()).isEqualTo(store.revision());
    assertThat(copy.fetched()).isEmpty();
    assertThat(copy.dataset().containsGraph(NodeFactory.createURI(OTHER))).isTrue();
    assertThat(copy.fetched()).isEmpty();
    Graph geneva = copy.dataset().getGraph(NodeFactory.createURI(GENEVA));
    assertThat(geneva.isIsomorphicWith(geneva().getGraph())).isTrue();
    assertThat(copy.fetched()).containsExactly(NodeFactory.createURI(GENEVA));
  }

  @Test
  void anUpdateOnALocalCopyStaysThereAndTheSameUpdateSentLeavesTheStoreAlike() {
    loadBothSources();
    DatasetGraph before = exportAll(store);
    LocalCopy copy = ((RemoteStore) store).localCopy();
    UpdateRequest update =
        UpdateFactory.create(
            "DROP GRAPH <"
                + GENEVA
                + "> ; INSERT DATA { <urn:x:s> <urn:x:p> 1 } ;"
                + " INSERT { GRAPH <"
                + OTHER
                + "> { ?s <urn:x:seen> true } } WHERE { ?s a <https://w3id.org/hrcg/ontology#City> }");

    Txn.executeWrite(
        copy.dataset(), () -> UpdateExec.dataset(copy.writeView()).update(update).execute());

    assertThat(IsoMatcher.isomorphic(exportAll(store), before)).isTrue();
    long revision = store.update(update, copy.revision());
    assertThat(revision).isEqualTo(copy.revision() + 1);
    for (String graph : List.of(GENEVA, OTHER, StoreFixtures.DEFAULT)) {
      Node name = NodeFactory.createURI(graph);
      assertThat(graph(graph).getGraph().isIsomorphicWith(copy.dataset().getGraph(name)))
          .as(graph)
          .isTrue();
    }
  }

  @Test
  void aDroppedGraphOfALocalCopyIsNeverFetchedAndProtectedGraphsRefuseWrites() {
    loadBothSources();
    LocalCopy copy = ((RemoteStore) store).localCopy();

    UpdateExec.dataset(copy.writeView()).update("DROP GRAPH <" + OTHER + ">").execute();
    assertThat(copy.dataset().containsGraph(NodeFactory.createURI(OTHER))).isFalse();
    assertThat(copy.fetched()).isEmpty();
    assertThrows(
        ProtectedGraphException.class,
        () ->
            UpdateExec.dataset(copy.writeView())
                .update("INSERT DATA { GRAPH <" + META + "> { <urn:x:s> <urn:x:p> 1 } }")
                .execute());
  }

  @Test
  void aQueryExecutionReadsTheUnionAsItsDefaultGraph() {
    loadBothSources();
    Query query =
        QueryFactory.create(
            "SELECT DISTINCT ?city { ?city a <https://w3id.org/hrcg/ontology#City> } ORDER BY ?city");
    try (QueryExec execution = ((RemoteStore) store).queryExec(query, Duration.ofSeconds(5))) {
      List<String> cities = new ArrayList<>();
      execution.select().forEachRemaining(row -> cities.add(row.get("city").getURI()));
      assertThat(cities)
          .containsExactly(
              StoreFixtures.BARCELONA,
              StoreFixtures.BASE + "id/territory/grigny",
              StoreFixtures.BASE + "id/territory/utrecht");
    }
  }

  @Test
  void readAndWriteHandOutNoDataset() {
    assertThrows(UnsupportedOperationException.class, () -> store.read(Dataset::isEmpty));
    assertThrows(UnsupportedOperationException.class, () -> store.write(Dataset::isEmpty));
  }

  @Test
  void aTemplateGraphThatTheDataBindsToAProtectedGraphFailsTheWholeRequestOnTheServer() {
    loadBothSources();
    DatasetGraph before = exportAll(store);
    long revision = store.revision();

    ProtectedGraphException e =
        assertThrows(
            ProtectedGraphException.class,
            () ->
                store.update(
                    "INSERT DATA { GRAPH <"
                        + GENEVA
                        + "> { <urn:x:s> <urn:x:p> 1 } } ;"
                        + " DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o }"
                        + " FILTER(CONTAINS(STR(?g), 'schemes')) }"));

    assertThat(e.graph()).isEqualTo(SCHEMES);
    assertThat(store.revision()).isEqualTo(revision);
    assertThat(IsoMatcher.isomorphic(before, exportAll(store))).isTrue();
  }

  @Test
  void aSecondInstanceSeesTheFirstOnesWritesThroughTheRevision() {
    try (RemoteStore second = another()) {
      long revision = second.revision();
      store.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));

      assertThat(second.revision()).isEqualTo(revision + 1);
      assertThat(second.graphNames()).contains(GENEVA);
      assertThat(second.loadRecord(GENEVA)).isPresent();

      assertThat(second.withdraw("geneva-dialogue-2025")).isTrue();
      assertThat(store.revision()).isEqualTo(revision + 2);
      assertThat(store.graphNames()).doesNotContain(GENEVA);
    }
  }

  @Test
  void openingASecondInstanceOnAnUpToDateStoreWritesNothing() {
    long revision = store.revision();
    try (RemoteStore second = another()) {
      assertThat(second.revision()).isEqualTo(revision);
    }
  }

  @Test
  void aWriteThatAnotherWriteOvertakesIsSentAgainOnTheNewRevision() {
    long revision = store.revision();
    RDFConnection racing =
        intercepted(
            (request, send) -> {
              if (request == 1) {
                store.update("INSERT DATA { <urn:x:s> <urn:x:p> \"the other writer\" }");
              }
              send.run();
            });
    try (RemoteStore racer = another(racing, RemoteStore.DEFAULT_MAX_REQUEST_TRIPLES)) {
      long written = racer.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));

      assertThat(written).isEqualTo(revision + 2);
      assertThat(store.revision()).isEqualTo(revision + 2);
      assertThat(store.loadRecord(GENEVA).orElseThrow().revision()).isEqualTo(revision + 2);
      assertThat(store.ask("ASK { <urn:x:s> <urn:x:p> \"the other writer\" }")).isTrue();
    }
  }

  @Test
  void aWriteAlwaysOvertakenGivesUpWithoutWritingAnything() {
    RDFConnection racing =
        intercepted(
            (request, send) -> {
              store.update("INSERT DATA { <urn:x:s> <urn:x:p> \"another\" }");
              send.run();
            });
    RemoteStore racer = another(racing, RemoteStore.DEFAULT_MAX_REQUEST_TRIPLES);
    try {
      long revision = store.revision();
      ConcurrentWriteException e =
          assertThrows(
              ConcurrentWriteException.class,
              () -> racer.replaceGraph(GENEVA, geneva(), record("geneva.yaml")));

      assertThat(e.found()).isEqualTo(revision + RemoteStore.WRITE_ATTEMPTS);
      assertThat(store.graphNames()).doesNotContain(GENEVA);
      assertThat(store.revision()).isEqualTo(revision + RemoteStore.WRITE_ATTEMPTS);
    } finally {
      racer.close();
    }
  }

  @Test
  void aLargeLoadIsWrittenInStepsOfWholeGraphs() {
    Map<String, GraphLoad> loads = threeSources();
    List<String> steps = new ArrayList<>();
    try (RemoteStore small = another(RDFConnection.connect(dataset), 10)) {
      LoadResult result = small.load(loads, recording(steps));

      assertThat(result.steps()).isEqualTo(3);
      assertThat(result.written()).containsExactlyElementsOf(new TreeMap<>(loads).keySet());
      assertThat(steps)
          .containsExactly(
              "1/3 [" + GENEVA + "]", "2/3 [" + base("graph/other-2") + "]", "3/3 [" + OTHER + "]");
      assertThat(result.revision()).isEqualTo(store.revision());
    }
    assertSameDataAsOneTransaction(loads);
  }

  @Test
  void aLoadThatFailsInAStepSaysWhatWasWrittenAndARetryCompletesIt() {
    Map<String, GraphLoad> loads = threeSources();
    RDFConnection failing =
        intercepted(
            (request, send) -> {
              if (request == 2) {
                throw new HttpException("connect", new ConnectException("Connection refused"));
              }
              send.run();
            });
    try (RemoteStore small = another(failing, 10)) {
      IncompleteLoadException e =
          assertThrows(IncompleteLoadException.class, () -> small.load(loads, LoadListener.NONE));

      assertThat(e.step()).isEqualTo(2);
      assertThat(e.steps()).isEqualTo(3);
      assertThat(e.written()).containsExactly(GENEVA);
      assertThat(e.inFlight()).isEmpty();
      assertThat(e.notWritten()).containsExactly(base("graph/other-2"), OTHER);
      assertThat(e).hasMessageContaining("step 2 of 3").hasMessageContaining("connection refused");
    }
    assertThat(store.graphNames()).contains(GENEVA).doesNotContain(OTHER);

    List<String> steps = new ArrayList<>();
    try (RemoteStore retry = another(RDFConnection.connect(dataset), 10)) {
      LoadResult result = retry.load(loads, recording(steps));

      assertThat(result.resumed()).containsExactly(GENEVA);
      assertThat(result.written()).containsExactly(base("graph/other-2"), OTHER);
      assertThat(steps).hasSize(2);
    }
    assertSameDataAsOneTransaction(loads);
    assertThat(
            store.ask(
                "ASK { GRAPH <"
                    + META
                    + "> { { ?run a <https://w3id.org/hrcg/store#Load> }"
                    + " UNION { ?load <https://w3id.org/hrcg/store#partOf> ?run } } }"))
        .as("no progress record is left")
        .isFalse();
  }

  @Test
  void aStepWhoseAnswerIsLostIsInFlightAndARetryFindsItWritten() {
    Map<String, GraphLoad> loads = threeSources();
    RDFConnection losing =
        intercepted(
            (request, send) -> {
              send.run();
              if (request == 2) {
                throw new HttpException("lost", new IOException("Connection reset"));
              }
            });
    try (RemoteStore small = another(losing, 10)) {
      IncompleteLoadException e =
          assertThrows(IncompleteLoadException.class, () -> small.load(loads, LoadListener.NONE));

      assertThat(e.written()).containsExactly(GENEVA);
      assertThat(e.inFlight()).containsExactly(base("graph/other-2"));
      assertThat(e.notWritten()).containsExactly(OTHER);
    }
    try (RemoteStore retry = another(RDFConnection.connect(dataset), 10)) {
      LoadResult result = retry.load(loads, LoadListener.NONE);

      assertThat(result.resumed()).containsExactly(GENEVA, base("graph/other-2"));
      assertThat(result.written()).containsExactly(OTHER);
    }
    assertSameDataAsOneTransaction(loads);
  }

  @Test
  void aGraphChangedSinceAnEarlierAttemptIsWrittenAgain() {
    Map<String, GraphLoad> loads = threeSources();
    RDFConnection failing =
        intercepted(
            (request, send) -> {
              if (request == 3) {
                throw new HttpException(500, "Internal Server Error", "failing on purpose");
              }
              send.run();
            });
    try (RemoteStore small = another(failing, 10)) {
      IncompleteLoadException e =
          assertThrows(IncompleteLoadException.class, () -> small.load(loads, LoadListener.NONE));
      assertThat(e.written()).containsExactly(GENEVA, base("graph/other-2"));
      assertThat(e.notWritten()).containsExactly(OTHER);
      assertThat(e.getCause()).hasMessageContaining("HTTP 500");
    }
    store.replaceGraph(GENEVA, procurementReport(), record("someone-else.ttl"));

    try (RemoteStore retry = another(RDFConnection.connect(dataset), 10)) {
      LoadResult result = retry.load(loads, LoadListener.NONE);

      assertThat(result.resumed()).containsExactly(base("graph/other-2"));
      assertThat(result.written()).containsExactly(GENEVA, OTHER);
    }
    assertSameDataAsOneTransaction(loads);
  }

  @Test
  void queriesThatNameTheirDatasetAreSentAsTheyAre() {
    Query query = QueryFactory.create("SELECT * FROM <" + GENEVA + "> { ?s ?p ?o }");
    assertThat(((RemoteStore) store).withUnionDefaultGraph(query)).isSameAs(query);
    Query plain = QueryFactory.create("SELECT * { ?s ?p ?o }");
    assertThat(((RemoteStore) store).withUnionDefaultGraph(plain).toString())
        .contains("GRAPH <" + RemoteStore.UNION_GRAPH + ">");
  }

  @Test
  void aStoreUrlWithCredentialsIsRefusedWithoutRepeatingThem() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RemoteStore.builder("http://alice:s3cret@localhost:3030/hrcg").build());
    assertThat(e)
        .hasMessageContaining("must not hold credentials")
        .hasMessageNotContaining("s3cret");
    assertThrows(
        IllegalArgumentException.class, () -> RemoteStore.builder("ftp://localhost/hrcg").build());
    assertThrows(IllegalArgumentException.class, () -> Stores.open("ftp://localhost/hrcg", null));
  }

  @Test
  void anUnreachableStoreIsOneClearError() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    RemoteStoreException e =
        assertThrows(
            RemoteStoreException.class,
            () ->
                RemoteStore.builder("http://127.0.0.1:" + port + "/hrcg")
                    .credentials(new StoreCredentials("alice", "s3cret"))
                    .connectTimeout(Duration.ofSeconds(2))
                    .build());
    assertThat(e.unreachable()).isTrue();
    assertThat(e)
        .hasMessage(
            "the store at http://127.0.0.1:" + port + "/hrcg did not answer (connection refused)");
  }

  @Test
  void anEmptyDatasetIsNoExistingStore() {
    Dataset empty = DatasetFactory.createTxnMem();
    NoSuchElementException e =
        assertThrows(
            NoSuchElementException.class,
            () ->
                RemoteStore.builder(URL)
                    .connection(RDFConnection.connect(empty))
                    .existing(true)
                    .build());
    assertThat(e).hasMessageContaining("holds no hrcg store");
  }

  @Test
  void credentialsGoToTheStoresHostOnlyAndNeverShowTheirPassword() throws Exception {
    StoreCredentials credentials = new StoreCredentials("alice", "s3cret");
    assertThat(credentials.toString()).doesNotContain("s3cret");
    List<String> seen = new ArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String authorization = exchange.getRequestHeaders().getFirst("Authorization");
          synchronized (seen) {
            seen.add(exchange.getRequestURI().getPath() + " " + authorization);
          }
          if (authorization == null) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"store\"");
            exchange.sendResponseHeaders(401, -1);
          } else {
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    server.start();
    try {
      String host = "http://127.0.0.1:" + server.getAddress().getPort();
      var client =
          RemoteStore.httpClient(URI.create(host + "/hrcg"), credentials, Duration.ofSeconds(5));
      HttpResponse<String> ok =
          client.send(
              HttpRequest.newBuilder(URI.create(host + "/hrcg/query")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ok.statusCode()).isEqualTo(200);
      String expected =
          "Basic "
              + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
      assertThat(seen).containsExactly("/hrcg/query null", "/hrcg/query " + expected);

      // The same server under another name is another host: no credentials for it.
      var other =
          RemoteStore.httpClient(
              URI.create("http://localhost:" + server.getAddress().getPort() + "/hrcg"),
              credentials,
              Duration.ofSeconds(5));
      seen.clear();
      IOException refused =
          assertThrows(
              IOException.class,
              () ->
                  other.send(
                      HttpRequest.newBuilder(URI.create(host + "/hrcg/query")).build(),
                      HttpResponse.BodyHandlers.ofString()));
      assertThat(refused).hasMessageNotContaining("s3cret");
      assertThat(seen).containsExactly("/hrcg/query null");
    } finally {
      server.stop(0);
    }
  }

  private Map<String, GraphLoad> threeSources() {
    Model other =
        StoreFixtures.turtle(
            """
        id:case-study\\/other-2 a hrc:CaseStudy ; rdfs:label "Other"@en .
        id:territory\\/gdansk a hrc:City ; rdfs:label "Gdańsk"@pl , "Gdansk"@en ;
            prov:wasDerivedFrom id:case-study\\/other-2 .
        """);
    return Map.of(
        GENEVA,
        new GraphLoad(geneva(), record("geneva.yaml")),
        base("graph/other-2"),
        new GraphLoad(other, record("other-2.ttl")),
        OTHER,
        new GraphLoad(procurementReport(), record("procurement.ttl")));
  }

  private static LoadListener recording(List<String> steps) {
    return new LoadListener() {
      @Override
      public void stepWritten(int step, int total, List<String> graphs, long revision) {
        steps.add(step + "/" + total + " " + graphs);
      }
    };
  }

  /** The data of the store is that of the same loads written in one transaction on TDB2. */
  private void assertSameDataAsOneTransaction(Map<String, GraphLoad> loads) {
    try (TdbStore reference = TdbStore.inMemory()) {
      reference.replaceGraphs(loads);
      assertThat(exportString(store, Lang.NQUADS, ExportScope.DATA).lines().sorted().toList())
          .isEqualTo(
              exportString(reference, Lang.NQUADS, ExportScope.DATA).lines().sorted().toList());
      assertThat(store.loadRecords().stream().map(LoadedGraph::graph).toList())
          .isEqualTo(reference.loadRecords().stream().map(LoadedGraph::graph).toList());
      assertThat(graph(SCHEMES).isIsomorphicWith(HrcgResources.schemes())).isTrue();
    }
  }
}
