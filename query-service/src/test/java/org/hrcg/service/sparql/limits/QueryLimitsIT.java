package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query timeout and the result cap over real HTTP, with a timeout of 1 s and a cap of 10 rows:
 * a query either answers whole within its time, or is cut to the cap and says so, or gets an error
 * that says why. It never ends in a 200 whose body stops part way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class QueryLimitsIT {

  static final int CAP = 10;
  static final String GRAPH = "https://w3id.org/hrcg/graph/limits";
  static final String ALL_ROWS =
      "SELECT ?s ?o { GRAPH <" + GRAPH + "> { ?s <https://example.org/p> ?o } }";

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.limits.query-timeout", () -> "1s");
    registry.add("hrcg.limits.max-result-rows", () -> Integer.toString(CAP));
  }

  @BeforeAll
  static void slowFunctions() {
    Pause.register();
  }

  @LocalServerPort int port;
  @Autowired TdbStore store;
  ServiceClient client;

  @BeforeEach
  void fiftyTriples() {
    client = new ServiceClient(port);
    StringBuilder data = new StringBuilder("INSERT DATA { GRAPH <" + GRAPH + "> {");
    for (int i = 0; i < 50; i++) {
      data.append(" <https://example.org/s")
          .append(i)
          .append("> <https://example.org/p> ")
          .append(i)
          .append(" .");
    }
    store.update(data.append(" } }").toString());
  }

  private HttpResponse<String> query(String query, String accept) {
    return client.send(
        "POST", "/sparql", Credentials.NONE, "application/sparql-query", query, "Accept", accept);
  }

  @Test
  void anAggregateOverACartesianProductTimesOutWithAnErrorThatSaysSo() {
    long start = System.nanoTime();
    HttpResponse<String> response =
        query(
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "application/sparql-results+json");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(problem(response).getString("reason")).isEqualTo("timeout");
    assertThat(problem(response).getString("detail")).contains("timed out", "1 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT ?s { VALUES ?s { \"%s\" } FILTER(REGEX(?s, \"(.*a){16}$\")) }",
        "SELECT ?r { BIND(REPLACE(\"%s\", \"(.*a){16}$\", \"x\") AS ?r) }",
        "SELECT ?s { ?s <https://example.org/p> ?o FILTER(REGEX(CONCAT(\"%s\", STR(?o)), \"(.*a){16}$\")) }"
      })
  void aBacktrackingRegexStopsAtTheTimeoutAndFreesItsWorker(String template) {
    String bomb = "a".repeat(40) + "!";
    long start = System.nanoTime();
    HttpResponse<String> response =
        query(template.formatted(bomb), "application/sparql-results+json");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    assertThat(problem(response).getString("reason")).isEqualTo("timeout");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    // The worker is free again: no thread is still matching.
    assertThat(
            Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getState() == Thread.State.RUNNABLE)
                .flatMap(t -> java.util.Arrays.stream(t.getStackTrace()))
                .anyMatch(frame -> frame.getClassName().equals(CancellableText.class.getName())))
        .isFalse();
  }

  @Test
  void aTimeoutParameterMayShortenTheLimitButNotLengthenIt() {
    HttpResponse<String> response =
        client.get(
            "/sparql?"
                + ServiceClient.form(
                    "query",
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                    "timeout",
                    "120"),
            "application/sparql-results+json");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(problem(response).getString("reason")).isEqualTo("timeout");
  }

  @Test
  void aResultStillStreamingWhenTimeRunsOutIsAnErrorNotAPartialResult() {
    // Eight rows, 300 ms each: the first rows are ready at once, the last after the timeout.
    HttpResponse<String> response =
        query(
            "SELECT ?s ?z { GRAPH <"
                + GRAPH
                + "> { ?s <https://example.org/p> ?o } BIND(<"
                + Pause.PAUSE
                + ">(300) AS ?z) } LIMIT 8",
            "application/sparql-results+json");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("bindings").contains("timed out");
  }

  @Test
  void aSelectOverTheCapIsCutToTheCapAndMarkedInJson() {
    HttpResponse<String> response = query(ALL_ROWS, "application/sparql-results+json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(ResultMarking.HEADER)).hasValue("true");
    assertThat(rows(response, ResultSetLang.RS_JSON)).isEqualTo(CAP);
    JsonValue links = JSON.parse(response.body()).get("head").getAsObject().get("link");
    assertThat(links.getAsArray())
        .extracting(link -> link.getAsString().value())
        .containsExactly(ResultMarking.LINK);
  }

  @Test
  void aSelectOverTheCapIsCutToTheCapAndMarkedInXml() {
    HttpResponse<String> response = query(ALL_ROWS, "application/sparql-results+xml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(ResultMarking.HEADER)).hasValue("true");
    assertThat(rows(response, ResultSetLang.RS_XML)).isEqualTo(CAP);
    assertThat(response.body())
        .containsPattern(
            "<head>\\s*<variable name=\"s\"/>\\s*<variable name=\"o\"/>\\s*<link href=\""
                + ResultMarking.LINK
                + "\"/>\\s*</head>");
  }

  @Test
  void aCutResultIsMarkedWhenAClientAsksForJsonByTheOutputParameter() {
    HttpResponse<String> response =
        client.get("/sparql?" + ServiceClient.form("query", ALL_ROWS, "output", "json"), "*/*");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(ResultMarking.HEADER)).hasValue("true");
    assertThat(response.body()).contains(ResultMarking.LINK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/csv", "text/tab-separated-values", "text/plain"})
  void aSelectOverTheCapIsRefusedInAFormatThatCannotSayItWasCut(String format) {
    HttpResponse<String> response = query(ALL_ROWS, format);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue(ResultMarking.HEADER)).isEmpty();
    assertThat(problem(response).getString("reason")).isEqualTo("row-cap");
    assertThat(problem(response).getString("detail")).contains("more than 10 rows", format);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values"
      })
  void aResultOfExactlyTheCapIsWholeAndUnmarked(String format) {
    HttpResponse<String> response = query(ALL_ROWS + " LIMIT " + CAP, format);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(ResultMarking.HEADER)).isEmpty();
    assertThat(response.body()).doesNotContain(ResultMarking.LINK);
    assertThat(rows(response, WebContent.contentTypeToLangResultSet(format))).isEqualTo(CAP);
  }

  @Test
  void aConstructOverTheCapIsRefusedAndOneWithinItIsWhole() {
    String construct =
        "CONSTRUCT { ?s <https://example.org/q> ?o } WHERE { GRAPH <" + GRAPH + "> { ?s ?p ?o } }";

    HttpResponse<String> over = query(construct, "text/turtle");
    HttpResponse<String> within = query(construct.replace("} }", "} } LIMIT 4"), "text/turtle");

    assertThat(over.statusCode()).isEqualTo(422);
    assertThat(problem(over).getString("detail")).contains("more than 10 triples");
    assertThat(within.statusCode()).isEqualTo(200);
    assertThat(RDFParser.fromString(within.body(), Lang.TURTLE).toGraph().size()).isEqualTo(4);
  }

  @Test
  void aDescribeOverTheCapIsRefused() {
    HttpResponse<String> response =
        query(
            "DESCRIBE ?s { GRAPH <" + GRAPH + "> { ?s <https://example.org/p> ?o } }",
            "text/turtle");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(problem(response).getString("reason")).isEqualTo("row-cap");
  }

  @Test
  void timeoutsAndCutsAreCounted() {
    query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "application/json");
    query(ALL_ROWS, "application/sparql-results+json");

    String metrics = client.get("/actuator/prometheus", "text/plain").body();

    assertThat(metrics)
        .containsPattern(
            "hrcg_sparql_queries_seconds_count\\{[^}]*outcome=\"timeout\"[^}]*\\} [1-9]")
        .containsPattern(
            "hrcg_sparql_queries_seconds_count\\{[^}]*outcome=\"truncated\"[^}]*\\} [1-9]")
        .containsPattern("hrcg_sparql_rejections_total\\{[^}]*reason=\"timeout\"[^}]*\\} [1-9]")
        .containsPattern("hrcg_sparql_rejections_total\\{[^}]*reason=\"row-cap\"[^}]*\\} [1-9]");
  }

  private static int rows(HttpResponse<String> response, Lang lang) {
    ResultSet results =
        ResultSetMgr.read(
            new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
    return ResultSetFormatter.consume(results);
  }

  private static JsonObject problem(HttpResponse<String> response) {
    return JSON.parse(response.body());
  }
}
