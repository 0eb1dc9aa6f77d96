package org.hrcg.service.sparql.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cache's bounds over real HTTP, with small ones: at most 3 answers, 24 KB in all and 12 KB
 * each. The least recently used answer goes first, by number and by bytes, and a larger answer is
 * sent but never kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ResultCacheBoundsIT {

  static final String GRAPH = "https://w3id.org/hrcg/graph/bounds";
  static final int MAX_SIZE = 24 * 1024;
  static final int MAX_ENTRY_SIZE = 12 * 1024;

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.cache.max-entries", () -> "3");
    registry.add("hrcg.cache.max-size", () -> MAX_SIZE + "B");
    registry.add("hrcg.cache.max-entry-size", () -> MAX_ENTRY_SIZE + "B");
  }

  @LocalServerPort int port;
  @Autowired GraphStore store;
  ServiceClient client;

  /** 200 triples of about 100 bytes each, written again: a new revision, so an empty cache. */
  @BeforeEach
  void data() {
    client = new ServiceClient(port);
    StringBuilder data = new StringBuilder("INSERT DATA { GRAPH <" + GRAPH + "> {");
    for (int i = 0; i < 200; i++) {
      data.append(" <https://example.org/s")
          .append(1000 + i)
          .append("> <https://example.org/p> \"")
          .append("x".repeat(60))
          .append("\" .");
    }
    store.update(data.append(" } }").toString());
  }

  /** The first rows of the graph, in order. */
  private HttpResponse<String> rows(int limit) {
    String query =
        "SELECT ?s ?o { GRAPH <"
            + GRAPH
            + "> { ?s <https://example.org/p> ?o } } ORDER BY ?s LIMIT "
            + limit;
    return client.send(
        "GET",
        "/sparql?" + ServiceClient.form("query", query),
        Credentials.NONE,
        null,
        null,
        "Accept",
        "application/sparql-results+json");
  }

  private static String cache(HttpResponse<String> response) {
    return response.headers().firstValue("X-Cache").orElse(null);
  }

  private static int size(HttpResponse<String> response) {
    return response.body().getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void keepsAtMostItsNumberOfAnswersDroppingTheLeastRecentlyUsed() {
    for (int limit = 1; limit <= 4; limit++) {
      assertThat(cache(rows(limit))).isEqualTo("miss");
    }

    assertThat(cache(rows(4))).isEqualTo("hit");
    assertThat(cache(rows(3))).isEqualTo("hit");
    assertThat(cache(rows(1))).as("dropped when the fourth came").isEqualTo("miss");
    assertThat(cache(rows(2))).as("dropped when the first came back").isEqualTo("miss");
  }

  @Test
  void keepsAtMostItsBytesDroppingTheLeastRecentlyUsed() {
    HttpResponse<String> first = rows(50);
    HttpResponse<String> second = rows(51);
    assertThat(size(first) + size(second)).isLessThanOrEqualTo(MAX_SIZE);
    assertThat(size(first) + size(second) + size(rows(52))).isGreaterThan(MAX_SIZE);
    assertThat(size(rows(52))).isLessThanOrEqualTo(MAX_ENTRY_SIZE);

    assertThat(cache(rows(52))).isEqualTo("hit");
    assertThat(cache(rows(51))).isEqualTo("hit");
    assertThat(cache(rows(50)))
        .as("dropped for the bytes, with two answers held")
        .isEqualTo("miss");
  }

  @Test
  void sendsButNeverKeepsAnAnswerLargerThanAnEntryMayBe() {
    HttpResponse<String> large = rows(100);
    HttpResponse<String> again = rows(100);

    assertThat(size(large)).isGreaterThan(MAX_ENTRY_SIZE);
    assertThat(large.statusCode()).isEqualTo(200);
    assertThat(cache(large)).isEqualTo("miss");
    assertThat(cache(again)).isEqualTo("miss");
    assertThat(again.body()).isEqualTo(large.body());
    assertThat(again.headers().firstValue("ETag")).isEqualTo(large.headers().firstValue("ETag"));
  }

  @Test
  void theEvictionsAreCounted() {
    for (int limit = 1; limit <= 5; limit++) {
      rows(limit);
    }

    String metrics = client.get("/actuator/prometheus", "text/plain").body();

    assertThat(metrics)
        .containsPattern("hrcg_sparql_cache_evictions_total(\\{[^}]*\\})? [1-9]")
        .containsPattern("hrcg_sparql_cache_entries(\\{[^}]*\\})? 3\\.0");
  }
}
