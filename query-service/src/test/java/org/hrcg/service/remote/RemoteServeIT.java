package org.hrcg.service.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.hrcg.ingest.remote.FusekiProcess;
import org.hrcg.ingest.testing.LoopbackListener;
import org.hrcg.model.competency.CheckResult;
import org.hrcg.model.competency.CompetencyQuestion;
import org.hrcg.model.competency.CompetencyQuestions;
import org.hrcg.model.store.LoadRecord;
import org.hrcg.model.store.RemoteStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.hrcg.service.peers.PeerIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service in remote mode ({@code hrcg.store} the URL of a standalone Fuseki server's dataset,
 * {@code fuseki-server --tdb2 --loc DIR --update /ds}, nothing configured), over real HTTP: the
 * bundled data loaded into the empty store at startup, {@code /sparql} with its protocol and
 * limits, the peers API, search and linked-data pages, writes through {@code /update}, {@code
 * /data} and the case-study API, and the writes of another hrcg instance on the same store seen on
 * the next request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteServeIT {

  static final Credentials ADMIN = new Credentials("admin", "remote-admin-secret");
  static final String ID = "https://w3id.org/hrcg/id/";
  static final String GRAPH = "https://w3id.org/hrcg/graph/";
  static final int CAP = 500;
  static final Duration TIMEOUT = Duration.ofSeconds(3);
  static final String PREFIXES =
      """
      PREFIX hrc: <https://w3id.org/hrcg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX id: <https://w3id.org/hrcg/id/>
      """;

  @TempDir static Path directory;

  private static FusekiProcess fuseki;
  private static RemoteStore another;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> fuseki().url());
    registry.add("hrcg.data-dir", () -> Path.of("..", "data").toAbsolutePath().toString());
    registry.add("hrcg.admin-password", ADMIN::password);
    registry.add("hrcg.limits.query-timeout", () -> TIMEOUT.toSeconds() + "s");
    registry.add("hrcg.limits.max-result-rows", () -> Integer.toString(CAP));
  }

  private static synchronized FusekiProcess fuseki() {
    if (fuseki == null) {
      fuseki = FusekiProcess.start(directory.resolve("tdb2"), directory.resolve("fuseki"));
    }
    return fuseki;
  }

  /** Another hrcg instance on the same store, as a second service or an ingest run would be. */
  private static synchronized RemoteStore another() {
    if (another == null) {
      another = RemoteStore.builder(fuseki().url()).existing(true).build();
    }
    return another;
  }

  @AfterAll
  static synchronized void stopFuseki() {
    if (another != null) {
      another.close();
      another = null;
    }
    if (fuseki != null) {
      fuseki.close();
      fuseki = null;
    }
  }

  @LocalServerPort int port;
  @Autowired PeerIndexes peers;

  ServiceClient client() {
    return new ServiceClient(port);
  }

  // ---- Startup

  @Test
  @Order(0)
  void loadsTheBundledDataIntoTheEmptyRemoteStoreAtStartup() {
    assertThat(another().graphNames())
        .contains(GRAPH + "geneva-dialogue-2025", GRAPH + "curation", GRAPH + "ontology");
    assertThat(another().loadRecord(GRAPH + "geneva-dialogue-2025"))
        .hasValueSatisfying(record -> assertThat(record.record().agent()).isEqualTo("hrcg serve"));
    await().atMost(Duration.ofSeconds(60)).until(peers::built);
  }

  @Test
  @Order(1)
  void healthSaysToTheAdminThatTheStoreIsRemoteAndReachable() {
    HttpResponse<String> admin =
        client().send("GET", "/actuator/health", ADMIN, null, null, "Accept", "application/json");
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    DocumentContext health = JsonPath.parse(admin.body());
    assertThat(health.read("$.components.store.status", String.class)).isEqualTo("UP");
    assertThat(health.read("$.components.store.details.mode", String.class)).isEqualTo("remote");
    assertThat(health.read("$.components.store.details.reachable", Boolean.class)).isTrue();
    assertThat(health.read("$.components.store.details.location", String.class))
        .isEqualTo(fuseki().url());
    assertThat(health.read("$.components.store.details.revision", Long.class))
        .isEqualTo(another().revision());

    HttpResponse<String> anyone = client().get("/actuator/health", "application/json");
    assertThat(anyone.statusCode()).isEqualTo(200);
    assertThat(anyone.body()).contains("UP").doesNotContain(fuseki().url(), "revision");
  }

  // ---- /sparql: the protocol and the limits

  static Stream<Named<CompetencyQuestion>> questions() {
    return CompetencyQuestions.all().stream().map(q -> Named.of(q.name() + ": " + q.title(), q));
  }

  @ParameterizedTest
  @MethodSource("questions")
  @Order(2)
  void answersTheCompetencyQuestionThroughSparqlAsTheStoreDoes(CompetencyQuestion question) {
    CheckResult direct = question.check(another());
    assertThat(direct.passed()).as(direct.report()).isTrue();
    var query = QueryFactory.create(question.query());
    if (query.isAskType()) {
      try (var execution =
          QueryExecutionHTTP.service(client().url("/sparql")).query(query).build()) {
        assertThat(execution.execAsk()).isEqualTo(another().ask(question.query()));
      }
      return;
    }
    ResultSetRewindable endpoint;
    try (var execution = QueryExecutionHTTP.service(client().url("/sparql")).query(query).build()) {
      endpoint = ResultSetFactory.copyResults(execution.execSelect());
    }
    ResultSetRewindable store = another().select(question.query());
    assertThat(endpoint.size()).as("rows").isEqualTo(store.size());
    assertThat(ResultsCompare.equalsByTerm(endpoint, store)).as("the same rows").isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "application/sparql-results+json, json",
    "application/sparql-results+xml, xml",
    "text/csv, csv",
    "text/tab-separated-values, tsv"
  })
  @Order(3)
  void negotiatesTheFormatOfASelectResult(String accept, String format) {
    String cities =
        PREFIXES
            + "SELECT ?city ?label { ?city a hrc:City ; rdfs:label ?label"
            + " FILTER(LANG(?label) = 'en') } ORDER BY ?city";
    HttpResponse<String> response = query(cities, accept);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(accept);
    ResultSetRewindable rows =
        ResultSetFactory.copyResults(
            ResultSetMgr.read(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                WebContent.contentTypeToLangResultSet(accept)));
    assertThat(rows.getResultVars()).as(format).containsExactly("city", "label");
    assertThat(rows.size()).as(format).isEqualTo(another().select(cities).size());
    assertThat(response.body()).as(format).contains("Barcelona", "Utrecht");
  }

  @ParameterizedTest
  @CsvSource({"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
  @Order(4)
  void negotiatesTheFormatOfAConstructResult(String accept) {
    HttpResponse<String> response =
        query(
            PREFIXES
                + "CONSTRUCT { id:territory\\/barcelona rdfs:label ?label }"
                + " WHERE { id:territory\\/barcelona rdfs:label ?label }",
            accept);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(accept);
    Lang lang = RDFLanguages.contentTypeToLang(accept);
    Graph graph = RDFParser.fromString(response.body(), lang).toGraph();
    assertThat(graph.size()).isPositive();
    assertThat(response.body()).contains("Barcelona");
  }

  @Test
  @Order(4)
  void describesAResourceFromEveryGraph() {
    HttpResponse<String> response =
        query(PREFIXES + "DESCRIBE id:territory\\/barcelona", "text/turtle");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Graph described = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
    Model stored = another().construct(PREFIXES + "DESCRIBE id:territory\\/barcelona");
    assertThat(described.size()).isPositive();
    assertThat(described.isIsomorphicWith(stored.getGraph())).isTrue();
  }

  @Test
  @Order(5)
  void cutsASelectLongerThanTheCapAndSaysSoOrRefusesIt() {
    String everyPair = "SELECT ?a ?b { ?a ?p ?o . ?b ?q ?r }";

    HttpResponse<String> json = query(everyPair, "application/sparql-results+json");
    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    assertThat(json.headers().firstValue("Hrcg-Result-Truncated")).hasValue("true");
    assertThat(
            ResultSetFactory.copyResults(
                    ResultSetMgr.read(
                        new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)),
                        ResultSetLang.RS_JSON))
                .size())
        .isEqualTo(CAP);

    HttpResponse<String> csv = query(everyPair, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(422);
    assertThat(JsonPath.parse(csv.body()).read("$.reason", String.class)).isEqualTo("row-cap");
  }

  @Test
  @Order(6)
  void aQueryThatRunsPastTheTimeoutIsAnErrorThatSaysSo() {
    long start = System.nanoTime();
    HttpResponse<String> response =
        query(
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "application/sparql-results+json");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    DocumentContext problem = JsonPath.parse(response.body());
    assertThat(problem.read("$.reason", String.class)).isEqualTo("timeout");
    assertThat(problem.read("$.detail", String.class)).contains("timed out", "3 s");
    assertThat(took).isGreaterThanOrEqualTo(TIMEOUT.minusMillis(100));
    assertThat(took).isLessThan(TIMEOUT.plusSeconds(5));
  }

  @Test
  @Order(6)
  void aQueryThatRunsLongOnTheStoreMovesToTheHeavyLane() {
    // Cheap by its shape (one group of patterns joined on ?x), long on the store: every four
    // statements that share an object. It runs for heavy-after (1 s), moves, and then has what is
    // left of the 3 s timeout.
    String query = "SELECT (COUNT(*) AS ?n) { ?a ?p ?x . ?b ?q ?x . ?c ?r ?x . ?d ?s ?x }";
    double before = heavyCount("ran-long");

    HttpResponse<String> response = query(query, "application/sparql-results+json");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    DocumentContext problem = JsonPath.parse(response.body());
    assertThat(problem.read("$.reason", String.class)).isEqualTo("timeout");
    assertThat(problem.read("$.detail", String.class)).contains("heavy query", "2 s");
    assertThat(heavyCount("ran-long")).isEqualTo(before + 1);
    double known = heavyCount("known");
    query(query, "application/sparql-results+json");
    assertThat(heavyCount("known"))
        .as("the same text goes to the heavy lane at once")
        .isEqualTo(known + 1);
  }

  private double heavyCount(String cause) {
    String metrics = client().get("/actuator/prometheus", "text/plain").body();
    java.util.regex.Matcher count =
        java.util.regex.Pattern.compile(
                "hrcg_sparql_heavy_total\\{[^}]*cause=\"" + cause + "\"[^}]*\\} ([0-9.Ee+]+)")
            .matcher(metrics);
    assertThat(count.find()).as("the metric of %s", cause).isTrue();
    return Double.parseDouble(count.group(1));
  }

  @Test
  @Order(7)
  void serviceAndLoadAreRefusedBeforeAnythingIsSent() throws IOException {
    try (LoopbackListener listener = new LoopbackListener()) {
      HttpResponse<String> service =
          query(
              "SELECT * { SERVICE <" + listener.url("/sparql") + "> { ?s ?p ?o } }",
              "application/sparql-results+json");
      HttpResponse<String> load =
          client().update(ADMIN, "LOAD <" + listener.url("/data.ttl") + ">");

      assertThat(service.statusCode()).as(service.body()).isEqualTo(403);
      assertThat(JsonPath.parse(service.body()).read("$.reason", String.class))
          .isEqualTo("service");
      assertThat(load.statusCode()).as(load.body()).isEqualTo(403);
      assertThat(JsonPath.parse(load.body()).read("$.reason", String.class)).isEqualTo("load");
      // A dataset named by URL is one of the store's graphs (none here), never fetched.
      HttpResponse<String> from =
          query(
              "SELECT * FROM <" + listener.url("/graph") + "> { ?s ?p ?o }",
              "application/sparql-results+json");
      HttpResponse<String> defaultGraph =
          client()
              .get(
                  "/sparql?"
                      + ServiceClient.form(
                          "query", "ASK { ?s ?p ?o }", "default-graph-uri", listener.url("/graph")),
                  "application/sparql-results+json");
      assertThat(from.statusCode()).as(from.body()).isEqualTo(200);
      assertThat(defaultGraph.statusCode()).as(defaultGraph.body()).isEqualTo(200);
      assertThat(JsonPath.parse(defaultGraph.body()).read("$.boolean", Boolean.class)).isFalse();
      // Neither the service nor the store reached out.
      assertThat(listener.connections()).isZero();
    }
  }

  // ---- The peers API, search, linked data

  @Test
  @Order(10)
  void barcelonasFirstPeerIsUtrecht() {
    DocumentContext body = ok("/api/territories/barcelona/peers");
    assertThat(body.read("$.peers[0].territory.slug", String.class)).isEqualTo("utrecht");
    List<String> kinds = body.read("$.peers[0].reasons[*].kind");
    assertThat(kinds).contains("pairing", "concept");
  }

  @Test
  @Order(11)
  void searchFindsPracticesByWordsAndSaysItsIndexIsInMemory() {
    DocumentContext body = ok("/api/practices?q=procurement");
    assertThat(body.read("$.paging.total", Integer.class)).isPositive();
    List<String> slugs = body.read("$.practices[*].slug");
    assertThat(slugs).contains("utrecht-human-rights-procurement");
    assertThat(body.read("$.textIndex.storage", String.class)).isEqualTo("memory");
    assertThat(body.read("$.textIndex.revision", Long.class)).isEqualTo(another().revision());
    assertThat(ok("/api/practices?theme=procurement").read("$.textIndex", Object.class)).isNull();
  }

  @Test
  @Order(12)
  void servesLinkedDataPagesAndGraphStoreReads() {
    HttpResponse<String> turtle = client().get("/id/territory/barcelona", "text/turtle");
    assertThat(turtle.statusCode()).isEqualTo(200);
    assertThat(RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph().size()).isPositive();
    assertThat(turtle.body()).contains("Barcelona");

    HttpResponse<String> html = client().get("/id/territory/barcelona", "text/html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("Barcelona");

    HttpResponse<String> graph =
        client().get("/data?graph=" + GRAPH + "geneva-dialogue-2025", "application/n-triples");
    assertThat(graph.statusCode()).isEqualTo(200);
    Graph read = RDFParser.fromString(graph.body(), Lang.NTRIPLES).toGraph();
    Model stored =
        another()
            .construct(
                "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <"
                    + GRAPH
                    + "geneva-dialogue-2025> { ?s ?p ?o } }");
    assertThat(read.isIsomorphicWith(stored.getGraph())).isTrue();
  }

  // ---- Writes

  @Test
  @Order(20)
  void aWriteOfAnotherInstanceIsSeenOnTheNextRequest() {
    assertThat(ok("/api/practices?q=quetzalcoatlian").read("$.paging.total", Integer.class))
        .isZero();
    List<String> before =
        ok("/api/territories/barcelona/peers?limit=100").read("$.peers[*].territory.slug");
    assertThat(before).doesNotContain("otherville");
    long revision = another().revision();

    long written =
        another()
            .replaceGraph(
                GRAPH + "remote-peer",
                turtle(
                    """
                    id:case-study\\/remote-peer a hrc:CaseStudy ;
                      rdfs:label "Remote peer test"@en ; dcterms:title "Remote peer test"@en .
                    id:territory\\/otherville a hrc:City ; rdfs:label "Otherville"@en ;
                      prov:wasDerivedFrom id:case-study\\/remote-peer .
                    id:practice\\/otherville-procurement a hrc:Practice ;
                      rdfs:label "Quetzalcoatlian procurement charter in Otherville"@en ;
                      hrc:territory id:territory\\/otherville ;
                      hrc:theme id:theme\\/procurement , id:theme\\/social-economy ;
                      prov:wasDerivedFrom id:case-study\\/remote-peer .
                    """),
                new LoadRecord("another instance", "remote-peer.ttl", Instant.now()));
    assertThat(written).isEqualTo(revision + 1);

    assertThat(ask("ASK { id:practice\\/otherville-procurement a hrc:Practice }")).isTrue();
    DocumentContext words = ok("/api/practices?q=quetzalcoatlian");
    assertThat(words.read("$.paging.total", Integer.class)).isEqualTo(1);
    assertThat(words.read("$.practices[0].slug", String.class)).isEqualTo("otherville-procurement");
    assertThat(words.read("$.textIndex.revision", Long.class)).isEqualTo(written);
    DocumentContext after = ok("/api/territories/barcelona/peers?limit=100");
    assertThat(after.read("$.peers[*].territory.slug", List.class)).contains("otherville");
    assertThat(after.read("$.peers[0].territory.slug", String.class)).isEqualTo("utrecht");
    assertThat(client().get("/id/territory/otherville", "text/turtle").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(21)
  void anUpdateThroughUpdateIsCheckedSentInOneRequestAndSeenByOtherInstances() {
    String valid =
        PREFIXES
            + """
            INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/update-test> {
              id:case-study\\/update-test a hrc:CaseStudy ;
                rdfs:label "Update test"@en ; dcterms:title "Update test"@en .
              id:territory\\/updatetown a hrc:City ; rdfs:label "Updatetown"@en ;
                prov:wasDerivedFrom id:case-study\\/update-test .
            } }
            """;
    String invalid =
        PREFIXES
            + """
            INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/update-test> {
              id:practice\\/themeless a hrc:Practice ; rdfs:label "No theme"@en ;
                hrc:territory id:territory\\/updatetown ;
                prov:wasDerivedFrom id:case-study\\/update-test .
            } }
            """;
    long revision = another().revision();

    assertThat(client().update(Credentials.NONE, valid).statusCode()).isEqualTo(401);
    HttpResponse<String> kept = client().update(ADMIN, valid);
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(204);
    assertThat(another().revision()).isEqualTo(revision + 1);
    assertThat(another().graphNames()).contains(GRAPH + "update-test");
    assertThat(ask("ASK { id:territory\\/updatetown a hrc:City }")).isTrue();

    HttpResponse<String> broken = client().update(ADMIN, invalid);
    assertThat(broken.statusCode()).as(broken.body()).isEqualTo(422);
    assertThat(broken.body()).contains("hrc:theme");
    assertThat(ask("ASK { id:practice\\/themeless ?p ?o }")).isFalse();

    HttpResponse<String> ontology =
        client()
            .update(
                ADMIN, "INSERT DATA { GRAPH <" + GRAPH + "ontology> { <urn:x:s> <urn:x:p> 1 } }");
    assertThat(ontology.statusCode()).as(ontology.body()).isEqualTo(403);
    assertThat(another().revision()).isEqualTo(revision + 1);
  }

  @Test
  @Order(22)
  void graphStoreWritesGoToTheStore() {
    String graph = GRAPH + "gsp-test";
    String body =
        """
        <https://w3id.org/hrcg/id/case-study/gsp-test> a <https://w3id.org/hrcg/ontology#CaseStudy> ;
          <http://www.w3.org/2000/01/rdf-schema#label> "Graph Store test"@en ;
          <http://purl.org/dc/terms/title> "Graph Store test"@en .
        """;

    HttpResponse<String> put =
        client().send("PUT", "/data?graph=" + graph, ADMIN, "text/turtle", body);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    assertThat(another().graphNames()).contains(graph);
    assertThat(client().get("/data?graph=" + graph, "text/turtle").body())
        .contains("Graph Store test");

    HttpResponse<String> delete =
        client().send("DELETE", "/data?graph=" + graph, ADMIN, null, null);
    assertThat(delete.statusCode()).as(delete.body()).isEqualTo(204);
    assertThat(another().graphNames()).doesNotContain(graph);
    assertThat(client().get("/data?graph=" + graph, "text/turtle").statusCode()).isEqualTo(404);
  }

  @Test
  @Order(23)
  void aCaseStudyUploadAndItsWithdrawalGoToTheStore() {
    String yaml =
        """
        hrcg-case-study: 1
        case-study:
          slug: remote-upload
          title: Remote upload test
          issued: 2025-07-24
          source: https://example.org/case-studies/remote-upload
        territories:
          uploadville:
            label: Uploadville
            type: city
        practices:
          uploadville-procurement:
            label: Xylophonic procurement charter in Uploadville
            territory: uploadville
            themes: [procurement]
        """;

    HttpResponse<String> uploaded =
        client().send("POST", "/api/case-studies", ADMIN, "application/yaml", yaml);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    assertThat(another().graphNames()).contains(GRAPH + "remote-upload");
    assertThat(ok("/api/practices?q=xylophonic").read("$.practices[*].slug", List.class))
        .containsExactly("uploadville-procurement");

    HttpResponse<String> withdrawn =
        client().send("DELETE", "/api/case-studies/remote-upload", ADMIN, null, null);
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isBetween(200, 204);
    assertThat(another().graphNames()).doesNotContain(GRAPH + "remote-upload");
    assertThat(ok("/api/practices?q=xylophonic").read("$.paging.total", Integer.class)).isZero();
  }

  @Test
  @Order(24)
  void answersFromTheCacheUntilAnotherInstanceWritesAndThenAfresh() {
    String cities =
        PREFIXES + "SELECT ?label { ?city a hrc:City ; rdfs:label ?label } ORDER BY ?label";
    HttpResponse<String> first = csv(cities);
    HttpResponse<String> second = csv(cities);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("X-Cache")).hasValue("miss");
    assertThat(second.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(second.body()).isEqualTo(first.body()).doesNotContain("Cachetown");
    assertThat(csv(cities, "If-None-Match", etag).statusCode()).isEqualTo(304);

    long written =
        another()
            .replaceGraph(
                GRAPH + "remote-cache",
                turtle(
                    """
                    id:case-study\\/remote-cache a hrc:CaseStudy ;
                      rdfs:label "Remote cache test"@en ; dcterms:title "Remote cache test"@en .
                    id:territory\\/cachetown a hrc:City ; rdfs:label "Cachetown"@en ;
                      prov:wasDerivedFrom id:case-study\\/remote-cache .
                    """),
                new LoadRecord("another instance", "remote-cache.ttl", Instant.now()));
    HttpResponse<String> after = csv(cities, "If-None-Match", etag);

    assertThat(after.statusCode()).as("the first request after the write").isEqualTo(200);
    assertThat(after.headers().firstValue("X-Cache")).hasValue("miss");
    assertThat(after.body()).contains("Cachetown");
    assertThat(after.headers().firstValue("ETag").orElseThrow())
        .isNotEqualTo(etag)
        .startsWith("\"" + written + "-");
  }

  // ---- Helpers

  private HttpResponse<String> query(String query, String accept) {
    return client()
        .send(
            "POST",
            "/sparql",
            Credentials.NONE,
            "application/sparql-query",
            query,
            "Accept",
            accept);
  }

  /** A query by {@code GET}, its answer asked for as CSV; headers are name, value pairs. */
  private HttpResponse<String> csv(String query, String... headers) {
    List<String> all = new ArrayList<>(List.of("Accept", "text/csv"));
    all.addAll(List.of(headers));
    return client()
        .send(
            "GET",
            "/sparql?" + ServiceClient.form("query", query),
            Credentials.NONE,
            null,
            null,
            all.toArray(String[]::new));
  }

  private boolean ask(String pattern) {
    HttpResponse<String> response = query(PREFIXES + pattern, "application/sparql-results+json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JsonPath.parse(response.body()).read("$.boolean", Boolean.class);
  }

  private DocumentContext ok(String path) {
    HttpResponse<String> response = client().get(path, "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JsonPath.parse(response.body());
  }

  private static Model turtle(String body) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(PREFIXES + body, Lang.TURTLE).parse(model);
    return model;
  }
}
