package org.hrcg.service.sparql.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.hrcg.model.competency.CompetencyQuestion;
import org.hrcg.model.competency.CompetencyQuestions;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.hrcg.service.TestGraphs;
import org.hrcg.service.sparql.limits.Pause;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cache of answers and the entity tags of {@code /sparql}, over real HTTP on the bundled data
 * in a TDB2 store: a repeated query is answered from the cache with the same bytes; a client
 * revalidates with {@code If-None-Match} and gets {@code 304}; a write through {@code /update} or
 * the case-study API changes the tag and the answer; the format is part of the tag; answers that
 * change from run to run, time out or are refused are never kept; a cut answer is kept with its
 * marks; and an answer from the cache waits for no turn in the heavy queries' lane.
 *
 * <p>The result cap is 1,000 rows and the timeout 2 s; a query waits at most 1 s for its turn, so
 * that a busy lane shows soon.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ResultCacheIT {

  static final Credentials ADMIN = new Credentials("admin", "cache-admin-secret");
  static final int CAP = 1000;
  static final String JSON_RESULTS = "application/sparql-results+json";
  static final String PREFIXES =
      """
      PREFIX hrc: <https://w3id.org/hrcg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      """;
  static final String CITIES =
      PREFIXES + "SELECT ?city ?label { ?city a hrc:City ; rdfs:label ?label } ORDER BY ?city";

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> Path.of("..", "data").toAbsolutePath().toString());
    registry.add("hrcg.admin-password", ADMIN::password);
    registry.add("hrcg.limits.max-result-rows", () -> Integer.toString(CAP));
    registry.add("hrcg.limits.query-timeout", () -> "2s");
    registry.add("hrcg.limits.queue-wait", () -> "1s");
  }

  @BeforeAll
  static void slowFunctions() {
    Pause.register();
  }

  @LocalServerPort int port;
  @Autowired GraphStore store;
  ServiceClient client;

  @BeforeEach
  void client() {
    client = new ServiceClient(port);
  }

  @AfterEach
  void releaseAnyHeldQuery() {
    Pause.release();
  }

  /** A write that concerns no query here, so that the cache starts empty at a new revision. */
  private long newRevision() {
    return store.update(
        "INSERT DATA { GRAPH <"
            + TestGraphs.graph("cache-test")
            + "> { <urn:hrcg-test:tick> <urn:hrcg-test:at> "
            + System.nanoTime()
            + " } }");
  }

  private HttpResponse<String> get(String query, String accept, String... headers) {
    return send("GET", query, accept, headers);
  }

  private HttpResponse<String> send(String method, String query, String accept, String... headers) {
    List<String> all = new ArrayList<>(List.of("Accept", accept));
    all.addAll(List.of(headers));
    return client.send(
        method,
        "/sparql?" + ServiceClient.form("query", query),
        Credentials.NONE,
        null,
        null,
        all.toArray(String[]::new));
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static String etag(HttpResponse<?> response) {
    return header(response, "ETag");
  }

  private static long revisionOf(String etag) {
    return Long.parseLong(etag.substring(1, etag.indexOf('-')));
  }

  // ---- Repeated queries

  static Stream<Named<CompetencyQuestion>> questions() {
    return CompetencyQuestions.all().stream().map(q -> Named.of(q.name(), q));
  }

  @ParameterizedTest
  @MethodSource("questions")
  void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBytes(CompetencyQuestion question) {
    newRevision();

    HttpResponse<String> first = get(question.query(), JSON_RESULTS);
    HttpResponse<String> second = get(question.query(), JSON_RESULTS);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(header(first, "X-Cache")).isEqualTo("miss");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(header(second, "X-Cache")).isEqualTo("hit");
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(header(second, "Content-Length"))
        .isEqualTo(Integer.toString(first.body().getBytes(StandardCharsets.UTF_8).length));
    assertThat(header(second, "Content-Type")).isEqualTo(header(first, "Content-Type"));
    assertThat(etag(second)).isNotNull().isEqualTo(etag(first));
  }

  @Test
  void aQueryWrittenAnotherWayIsTheSameQuery() {
    newRevision();
    String spaced = "# the cities, one word a line\n" + CITIES.replace(" ", "\n  ");

    HttpResponse<String> first = get(CITIES, JSON_RESULTS);
    HttpResponse<String> second = get(spaced, JSON_RESULTS);

    assertThat(header(second, "X-Cache")).isEqualTo("hit");
    assertThat(etag(second)).isEqualTo(etag(first));
    assertThat(second.body()).isEqualTo(first.body());
  }

  @Test
  void aPostedQueryIsAnsweredFromTheCacheButCarriesNoEntityTag() {
    newRevision();

    HttpResponse<String> form =
        client.send(
            "POST",
            "/sparql",
            Credentials.NONE,
            "application/x-www-form-urlencoded",
            ServiceClient.form("query", CITIES),
            "Accept",
            "text/csv");
    HttpResponse<String> body =
        client.send(
            "POST",
            "/sparql",
            Credentials.NONE,
            "application/sparql-query",
            CITIES,
            "Accept",
            "text/csv");
    HttpResponse<String> byGet = get(CITIES, "text/csv");

    assertThat(header(form, "X-Cache")).isEqualTo("miss");
    assertThat(header(body, "X-Cache")).isEqualTo("hit");
    assertThat(body.body()).isEqualTo(form.body());
    assertThat(etag(form)).isNull();
    assertThat(etag(body)).isNull();
    assertThat(header(body, "Cache-Control")).contains("no-store");
    assertThat(header(byGet, "X-Cache")).isEqualTo("hit");
    assertThat(etag(byGet)).isNotNull();
    assertThat(byGet.body()).isEqualTo(form.body());
  }

  // ---- Revalidation

  @Test
  void aClientRevalidatesWithIfNoneMatchAndGets304WithoutTheQueryRunning() {
    newRevision();
    HttpResponse<String> first = get(CITIES, JSON_RESULTS);
    String etag = etag(first);
    double ran = queriesRun();
    double notModified = cacheCount("not-modified");

    HttpResponse<String> again = get(CITIES, JSON_RESULTS, "If-None-Match", etag);
    HttpResponse<String> weak = get(CITIES, JSON_RESULTS, "If-None-Match", "W/" + etag);
    HttpResponse<String> inList =
        get(CITIES, JSON_RESULTS, "If-None-Match", "\"1-elsewhere\", " + etag);
    HttpResponse<String> head = send("HEAD", CITIES, JSON_RESULTS, "If-None-Match", etag);
    HttpResponse<String> other = get(CITIES, JSON_RESULTS, "If-None-Match", "\"1-elsewhere\"");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(etag).matches("\"[0-9]+-[A-Za-z0-9_-]{43}\"");
    assertThat(header(first, "Cache-Control")).isEqualTo("public, no-cache");
    assertThat(header(first, "Vary")).contains("Accept");
    for (HttpResponse<String> response : List.of(again, weak, inList, head)) {
      assertThat(response.statusCode()).isEqualTo(304);
      assertThat(response.body()).isEmpty();
      assertThat(etag(response)).isEqualTo(etag);
      assertThat(header(response, "Cache-Control")).isEqualTo("public, no-cache");
      assertThat(header(response, "Vary")).contains("Accept");
    }
    assertThat(queriesRun()).as("no query ran for a 304").isEqualTo(ran);
    assertThat(cacheCount("not-modified")).isEqualTo(notModified + 4);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.body()).isEqualTo(first.body());
  }

  @Test
  void aHeadRequestGetsTheHeadersOfTheAnswer() {
    newRevision();

    HttpResponse<String> miss = send("HEAD", CITIES, "text/csv");
    HttpResponse<String> get = get(CITIES, "text/csv");
    HttpResponse<String> hit = send("HEAD", CITIES, "text/csv");

    assertThat(miss.statusCode()).isEqualTo(200);
    assertThat(header(miss, "X-Cache")).isEqualTo("miss");
    assertThat(etag(miss)).isNotNull().isEqualTo(etag(get));
    assertThat(header(get, "X-Cache")).as("a HEAD keeps no answer").isEqualTo("miss");
    assertThat(hit.statusCode()).isEqualTo(200);
    assertThat(header(hit, "X-Cache")).isEqualTo("hit");
    assertThat(hit.body()).isEmpty();
    assertThat(header(hit, "Content-Length"))
        .isEqualTo(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
    assertThat(etag(hit)).isEqualTo(etag(get));
  }

  // ---- Writes

  @Test
  void aSparqlUpdateChangesTheEntityTagAndTheNextAnswerShowsTheWrite() {
    HttpResponse<String> before = get(CITIES, JSON_RESULTS);
    assertThat(before.body()).doesNotContain("City cache-updated");

    HttpResponse<String> update =
        client.update(
            ADMIN,
            PREFIXES
                + "INSERT DATA { GRAPH <"
                + TestGraphs.graph("cache-update")
                + "> { "
                + caseStudyTriples("cache-update", "cache-updated")
                + " } }");
    HttpResponse<String> after = get(CITIES, JSON_RESULTS, "If-None-Match", etag(before));
    HttpResponse<String> again = get(CITIES, JSON_RESULTS, "If-None-Match", etag(after));

    assertThat(update.statusCode()).as(update.body()).isEqualTo(204);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(header(after, "X-Cache")).isEqualTo("miss");
    assertThat(etag(after)).isNotEqualTo(etag(before));
    assertThat(revisionOf(etag(after))).isGreaterThan(revisionOf(etag(before)));
    assertThat(after.body()).contains("City cache-updated");
    assertThat(again.statusCode()).isEqualTo(304);
  }

  @Test
  void aCaseStudyUploadChangesTheEntityTagAndTheNextAnswerShowsIt() {
    HttpResponse<String> before = get(CITIES, "text/csv");
    get(CITIES, "text/csv");
    assertThat(before.body()).doesNotContain("City cacheville");

    HttpResponse<String> upload =
        client.send(
            "POST",
            "/api/case-studies",
            ADMIN,
            "text/turtle",
            TestGraphs.caseStudyTurtle("cache-upload", "cacheville"));
    HttpResponse<String> after = get(CITIES, "text/csv", "If-None-Match", etag(before));

    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(header(after, "X-Cache")).isEqualTo("miss");
    assertThat(etag(after)).isNotEqualTo(etag(before));
    assertThat(after.body()).contains("City cacheville");
  }

  private static String caseStudyTriples(String slug, String city) {
    String turtle = TestGraphs.caseStudyTurtle(slug, city);
    return turtle.substring(turtle.indexOf("<https://w3id.org/hrcg/id/case-study/"));
  }

  // ---- Formats

  @Test
  void theNegotiatedFormatIsPartOfTheEntityTag() {
    newRevision();

    HttpResponse<String> json = get(CITIES, JSON_RESULTS);
    HttpResponse<String> xml = get(CITIES, "application/sparql-results+xml");
    HttpResponse<String> csv = get(CITIES, "text/csv");
    HttpResponse<String> tsv = get(CITIES, "text/tab-separated-values");
    HttpResponse<String> preferringJson =
        get(CITIES, "text/csv;q=0.5, application/sparql-results+json");
    HttpResponse<String> csvByParameter =
        client.send(
            "GET",
            "/sparql?" + ServiceClient.form("query", CITIES, "format", "csv"),
            Credentials.NONE,
            null,
            null);

    assertThat(List.of(etag(json), etag(xml), etag(csv), etag(tsv))).doesNotHaveDuplicates();
    assertThat(header(json, "Content-Type")).startsWith(JSON_RESULTS);
    assertThat(header(xml, "Content-Type")).startsWith("application/sparql-results+xml");
    assertThat(header(csv, "Content-Type")).startsWith("text/csv");
    assertThat(header(tsv, "Content-Type")).startsWith("text/tab-separated-values");
    assertThat(header(preferringJson, "X-Cache")).isEqualTo("hit");
    assertThat(etag(preferringJson)).isEqualTo(etag(json));
    assertThat(preferringJson.body()).isEqualTo(json.body());
    assertThat(header(csvByParameter, "X-Cache")).isEqualTo("hit");
    assertThat(etag(csvByParameter)).isEqualTo(etag(csv));
    assertThat(csvByParameter.body()).isEqualTo(csv.body());
  }

  @Test
  void aConstructAnswerWithBlankNodesIsKeptInEachFormat() {
    newRevision();
    String construct =
        PREFIXES
            + "CONSTRUCT { ?city <urn:hrcg-test:named> [ <urn:hrcg-test:label> ?label ] }"
            + " WHERE { ?city a hrc:City ; rdfs:label ?label }";

    HttpResponse<String> turtle = get(construct, "text/turtle");
    HttpResponse<String> turtleAgain = get(construct, "text/turtle");
    HttpResponse<String> triples = get(construct, "application/n-triples");

    assertThat(turtle.statusCode()).as(turtle.body()).isEqualTo(200);
    assertThat(turtle.body()).contains("urn:hrcg-test:label");
    assertThat(header(turtleAgain, "X-Cache")).isEqualTo("hit");
    assertThat(turtleAgain.body()).isEqualTo(turtle.body());
    assertThat(header(turtleAgain, "Content-Type")).startsWith("text/turtle");
    assertThat(header(triples, "X-Cache")).isEqualTo("miss");
    assertThat(header(triples, "Content-Type")).startsWith("application/n-triples");
    assertThat(etag(triples)).isNotEqualTo(etag(turtle));
  }

  // ---- What is never kept

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT (RAND() AS ?r) {}",
        "SELECT (UUID() AS ?u) {}",
        "SELECT (STRUUID() AS ?u) {}",
        "SELECT ?city ?r { ?city a <https://w3id.org/hrcg/ontology#City> } ORDER BY RAND() LIMIT 3",
        "SELECT (NOW() AS ?t) {}",
        "SELECT (BNODE() AS ?b) {}",
        "SELECT ?x { BIND(<urn:hrcg-test:pause>(0) AS ?x) }"
      })
  void anAnswerThatChangesFromRunToRunIsNeverKept(String query) {
    newRevision();

    HttpResponse<String> first = get(query, JSON_RESULTS);
    HttpResponse<String> second = get(query, JSON_RESULTS);

    for (HttpResponse<String> response : List.of(first, second)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(header(response, "X-Cache")).isEqualTo("bypass");
      assertThat(etag(response)).isNull();
      assertThat(header(response, "Cache-Control")).contains("no-store");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT (RAND() AS ?r) {}",
        "SELECT (UUID() AS ?u) {}",
        "SELECT (STRUUID() AS ?u) {}"
      })
  void aRandomAnswerIsNewEachTime(String query) {
    assertThat(get(query, JSON_RESULTS).body()).isNotEqualTo(get(query, JSON_RESULTS).body());
  }

  @Test
  void aQueryThatTimesOutIsNeverKept() {
    newRevision();
    String cartesian = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    HttpResponse<String> first = get(cartesian, JSON_RESULTS);
    HttpResponse<String> second = get(cartesian, JSON_RESULTS);

    for (HttpResponse<String> response : List.of(first, second)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
      assertThat(JSON.parse(response.body()).getString("reason")).isEqualTo("timeout");
      assertThat(header(response, "X-Cache")).isEqualTo("miss");
      assertThat(etag(response)).isNull();
      assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
    }
  }

  @Test
  void aCutAnswerIsKeptWithItsMarksAndARefusedOneIsNot() {
    newRevision();
    String everything = "SELECT ?s ?p ?o { ?s ?p ?o }";

    HttpResponse<String> cut = get(everything, JSON_RESULTS);
    HttpResponse<String> cutAgain = get(everything, JSON_RESULTS);
    HttpResponse<String> refused = get(everything, "text/csv");
    HttpResponse<String> refusedAgain = get(everything, "text/csv");

    assertThat(cut.statusCode()).isEqualTo(200);
    assertThat(header(cut, "Hrcg-Result-Truncated")).isEqualTo("true");
    assertThat(cut.body()).contains("urn:hrcg:result-truncated");
    assertThat(header(cutAgain, "X-Cache")).isEqualTo("hit");
    assertThat(header(cutAgain, "Hrcg-Result-Truncated")).isEqualTo("true");
    assertThat(cutAgain.body()).isEqualTo(cut.body());
    for (HttpResponse<String> response : List.of(refused, refusedAgain)) {
      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(header(response, "X-Cache")).isEqualTo("miss");
      assertThat(etag(response)).isNull();
    }
  }

  // ---- Admission

  @Test
  void anAnswerFromTheCacheWaitsForNoTurnInTheHeavyLane() throws Exception {
    newRevision();
    String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    HttpResponse<String> counted = get(count, JSON_RESULTS);
    assertThat(counted.statusCode()).isEqualTo(200);

    Pause.arm();
    CompletableFuture<HttpResponse<String>> held =
        CompletableFuture.supplyAsync(
            () -> get("SELECT ?s { ?s ?p ?o FILTER(<" + Pause.HOLD + ">(1) = 1) }", JSON_RESULTS));
    assertThat(Pause.awaitHeld(30)).as("a heavy query holds the heavy lane").isTrue();
    HttpResponse<String> anotherHeavy =
        get("SELECT (COUNT(*) AS ?triples) { ?s ?p ?o }", JSON_RESULTS);
    HttpResponse<String> fromTheCache = get(count, JSON_RESULTS);

    assertThat(anotherHeavy.statusCode()).as("the heavy lane is busy").isEqualTo(429);
    assertThat(JSON.parse(anotherHeavy.body()).getString("reason")).isEqualTo("queue-timeout");
    assertThat(fromTheCache.statusCode()).isEqualTo(200);
    assertThat(header(fromTheCache, "X-Cache")).isEqualTo("hit");
    assertThat(fromTheCache.body()).isEqualTo(counted.body());
    Pause.release();
    // Held past the heavy timeout, it ends in a timeout once released.
    assertThat(held.get(30, TimeUnit.SECONDS).statusCode()).isIn(200, 503);
  }

  // ---- What operators and browsers see

  @Test
  void theCacheIsCounted() {
    newRevision();
    double hits = cacheCount("hit");
    double misses = cacheCount("miss");
    double bypasses = cacheCount("bypass");

    get(CITIES, JSON_RESULTS);
    get(CITIES, JSON_RESULTS);
    get("SELECT (RAND() AS ?r) {}", JSON_RESULTS);
    String metrics = prometheus();

    assertThat(cacheCount("hit")).isEqualTo(hits + 1);
    assertThat(cacheCount("miss")).isEqualTo(misses + 1);
    assertThat(cacheCount("bypass")).isEqualTo(bypasses + 1);
    assertThat(metrics)
        .containsPattern("hrcg_sparql_cache_entries(\\{[^}]*\\})? [1-9]")
        .containsPattern("hrcg_sparql_cache_size_bytes(\\{[^}]*\\})? [1-9]")
        .contains("hrcg_sparql_cache_evictions_total", "hrcg_sparql_cache_invalidations_total");
  }

  @Test
  void browsersMayReadTheEntityTagAndWhatTheCacheDid() {
    HttpResponse<String> response =
        get(CITIES, JSON_RESULTS, "Origin", "https://yasgui.example.org");

    assertThat(header(response, "Access-Control-Expose-Headers")).contains("ETag", "X-Cache");
  }

  private String prometheus() {
    return client.get("/actuator/prometheus", "text/plain").body();
  }

  private double cacheCount(String result) {
    return sum(
        prometheus(),
        "hrcg_sparql_cache_requests_total\\{[^}]*result=\"" + result + "\"[^}]*\\} ([0-9.eE+]+)");
  }

  /** Queries that ran, whatever their outcome. */
  private double queriesRun() {
    return sum(prometheus(), "hrcg_sparql_queries_seconds_count\\{[^}]*\\} ([0-9.eE+]+)");
  }

  private static double sum(String metrics, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(metrics);
    double sum = 0;
    boolean found = false;
    while (matcher.find()) {
      sum += Double.parseDouble(matcher.group(1));
      found = true;
    }
    assertThat(found).as("a series matching %s", regex).isTrue();
    return sum;
  }
}
