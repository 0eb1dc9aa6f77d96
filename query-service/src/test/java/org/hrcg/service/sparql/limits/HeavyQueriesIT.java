package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hrcg.model.store.TdbStore;
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
 * Heavy queries run in a lane of their own, one at a time here, with a short timeout: while three
 * cartesian products occupy and queue in it, cheap queries in the standard lane are answered at
 * once, and the heavy ones end at the heavy timeout with a message that says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HeavyQueriesIT {

  static final String GRAPH = "https://w3id.org/hrcg/graph/heavy-test";
  static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
  static final String CHEAP = "SELECT ?o { <https://example.org/s1> <https://example.org/p> ?o }";

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.limits.query-timeout", () -> "20s");
    registry.add("hrcg.limits.heavy-query-timeout", () -> "2s");
    registry.add("hrcg.limits.heavy-concurrent-queries", () -> "1");
    registry.add("hrcg.limits.max-concurrent-queries", () -> "2");
    // Every cheap query here must run in its lane, not come from the cache.
    registry.add("hrcg.cache.enabled", () -> "false");
  }

  @LocalServerPort int port;
  @Autowired TdbStore store;

  @BeforeEach
  void data() {
    StringBuilder data = new StringBuilder("INSERT DATA { GRAPH <" + GRAPH + "> {");
    for (int i = 0; i < 60; i++) {
      data.append(" <https://example.org/s")
          .append(i)
          .append("> <https://example.org/p> ")
          .append(i)
          .append(" .");
    }
    store.update(data.append(" } }").toString());
  }

  private HttpResponse<String> query(String query) {
    return new ServiceClient(port)
        .send(
            "POST",
            "/sparql",
            Credentials.NONE,
            "application/sparql-query",
            query,
            "Accept",
            "application/sparql-results+json");
  }

  @Test
  void cheapQueriesAreAnsweredWhileHeavyOnesWaitInTheirOwnLane() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> heavy = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      heavy.add(CompletableFuture.supplyAsync(() -> query(HEAVY)));
    }
    Thread.sleep(300);
    for (int i = 0; i < 10; i++) {
      long start = System.nanoTime();
      HttpResponse<String> cheap = query(CHEAP);
      assertThat(cheap.statusCode()).as(cheap.body()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
    for (CompletableFuture<HttpResponse<String>> future : heavy) {
      HttpResponse<String> response = future.get();
      assertThat(response.statusCode()).as(response.body()).isIn(503, 429);
      assertThat(response.body()).containsAnyOf("heavy query", "queue");
    }
  }
}
