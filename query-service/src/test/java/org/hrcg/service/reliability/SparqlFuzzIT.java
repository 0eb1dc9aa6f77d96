package org.hrcg.service.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.hrcg.ingest.Figures;
import org.hrcg.model.competency.CompetencyQuestions;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A seeded fuzzer over the SPARQL endpoint's parameters, on the bundled data: the competency
 * questions mutated (characters and SPARQL keywords inserted, spans deleted or repeated, cut
 * short), sent by GET, by form and as a body, with random {@code Accept} headers, {@code format},
 * {@code output}, {@code timeout}, {@code default-graph-uri} and {@code named-graph-uri}
 * parameters, content types and duplicated parameters. No answer is a 500, each comes within the
 * client's bound, and the service stays healthy. {@code hrcg.fuzz.seed} and {@code hrcg.fuzz.cases}
 * replay a failure or make a longer run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SparqlFuzzIT {

  static final long SEED = Long.getLong("hrcg.fuzz.seed", 20261126L);
  static final int CASES = Integer.getInteger("hrcg.fuzz.cases", 1200);

  static final String[] PIECES = {
    "{",
    "}",
    "(",
    ")",
    ".",
    ";",
    ",",
    "?x",
    "<",
    ">",
    "\"",
    "'",
    "#",
    "\\",
    "*",
    "+",
    "^^",
    "@en",
    "SELECT",
    "WHERE",
    "OPTIONAL",
    "UNION",
    "FILTER",
    "GRAPH",
    "SERVICE <http://127.0.0.1:9/>",
    "LOAD <http://127.0.0.1:9/x>",
    "VALUES ?v { 1 2 }",
    "BIND(1 AS ?z)",
    "(<urn:p>|!<urn:p>)*",
    "REGEX(?x, \"(a+)+$\")",
    "ORDER BY",
    "LIMIT -1",
    "OFFSET 99999999999",
    "\u0000",
    "\u00e9",
    "\ud83d\ude00",
    "%",
    "%zz",
    "&",
    "=",
    "x".repeat(2000)
  };
  static final String[] ACCEPTS = {
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    "text/turtle",
    "application/ld+json",
    "application/n-triples",
    "application/rdf+xml",
    "text/html",
    "*/*",
    "image/png",
    "application/json;q=0.1, text/csv",
    "garbage/",
    "",
    "text/*;q=abc"
  };
  static final String[] FORMATS = {"json", "xml", "csv", "tsv", "ttl", "text", "bogus", ""};
  static final String[] TIMEOUTS = {"1", "0", "-5", "abc", "1e9", "99999999999999999999", ""};
  static final String[] GRAPHS = {
    "https://w3id.org/hrcg/graph/geneva-dialogue-2025", "urn:x-arq:UnionGraph", "not an iri",
    "http://127.0.0.1:9/", "javascript:alert(1)", ""
  };
  static final String[] CONTENT_TYPES = {
    "application/sparql-query", "application/x-www-form-urlencoded", "text/plain",
    "application/sparql-update", "multipart/form-data; boundary=x", "application/json"
  };

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> Path.of("..", "data").toAbsolutePath().toString());
    registry.add("hrcg.limits.query-timeout", () -> "2s");
  }

  @LocalServerPort int port;

  @Test
  void noRequestGetsA500AndTheServiceStaysHealthy() {
    List<String> queries = new ArrayList<>();
    CompetencyQuestions.all().forEach(question -> queries.add(question.query()));
    Random random = new Random(SEED);
    ServiceClient client = new ServiceClient(port);
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (int i = 0; i < CASES; i++) {
      String query = mutate(queries.get(random.nextInt(queries.size())), random);
      List<String> parameters = new ArrayList<>();
      parameters.add("query=" + encode(query));
      if (random.nextInt(3) == 0) {
        parameters.add(
            pick(random, "format", "output", "results") + "=" + encode(pick(random, FORMATS)));
      }
      if (random.nextInt(4) == 0) {
        parameters.add("timeout=" + encode(pick(random, TIMEOUTS)));
      }
      if (random.nextInt(4) == 0) {
        parameters.add(
            pick(random, "default-graph-uri", "named-graph-uri")
                + "="
                + encode(pick(random, GRAPHS)));
      }
      if (random.nextInt(10) == 0) {
        parameters.add("query=" + encode(query));
      }
      String accept = pick(random, ACCEPTS);
      String context = "case " + i + " of seed " + SEED + ": " + parameters;
      HttpResponse<String> response =
          switch (random.nextInt(3)) {
            case 0 ->
                client.send(
                    "GET",
                    "/sparql?" + String.join("&", parameters),
                    Credentials.NONE,
                    null,
                    null,
                    "Accept",
                    accept);
            case 1 ->
                client.send(
                    "POST",
                    "/sparql",
                    Credentials.NONE,
                    "application/x-www-form-urlencoded",
                    String.join("&", parameters),
                    "Accept",
                    accept);
            default ->
                client.send(
                    "POST",
                    "/sparql",
                    Credentials.NONE,
                    pick(random, CONTENT_TYPES),
                    query,
                    "Accept",
                    accept);
          };
      statuses.merge(response.statusCode(), 1, Integer::sum);
      assertThat(response.statusCode())
          .as(context + "\n" + response.body())
          .isNotEqualTo(500)
          .isLessThan(600);
    }
    HttpResponse<String> health = client.get("/actuator/health", "application/json");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"UP\"");
    Figures.record(
        "SparqlFuzzIT",
        "SparqlFuzzIT: " + CASES + " requests (seed " + SEED + "), statuses " + statuses);
    // The fuzzer reaches both sides: answers and refusals.
    assertThat(statuses.keySet()).as("statuses %s", statuses).contains(200, 400);
  }

  static String mutate(String query, Random random) {
    StringBuilder text = new StringBuilder(query);
    int edits = random.nextInt(4);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0 -> text.insert(at, pick(random, PIECES));
        case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
        case 2 ->
            text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(40))));
        default -> text.setLength(at);
      }
    }
    return text.toString();
  }

  static String pick(Random random, String... values) {
    return values[random.nextInt(values.length)];
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
