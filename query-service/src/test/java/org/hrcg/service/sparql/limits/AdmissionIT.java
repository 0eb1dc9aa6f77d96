package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Concurrency over real HTTP with one worker and a queue of one: the first query runs (held in a
 * function until the test lets it go), the second waits its turn and then answers, the third finds
 * the queue full and is told to come back later.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AdmissionIT {

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.limits.max-concurrent-queries", () -> "1");
    registry.add("hrcg.limits.queue-size", () -> "1");
    // Generous: the waiting query must still get its turn on a loaded machine.
    registry.add("hrcg.limits.queue-wait", () -> "60s");
    // Every query here must wait for its turn, and an answer from the cache waits for none.
    registry.add("hrcg.cache.enabled", () -> "false");
  }

  @BeforeAll
  static void slowFunctions() {
    Pause.register();
  }

  @LocalServerPort int port;
  @Autowired Admission admission;

  @AfterEach
  void releaseAnyHeldQuery() {
    Pause.release();
  }

  private CompletableFuture<HttpResponse<String>> queryLater(String query) {
    ServiceClient client = new ServiceClient(port);
    return CompletableFuture.supplyAsync(
        () ->
            client.send(
                "POST",
                "/sparql",
                Credentials.NONE,
                "application/sparql-query",
                query,
                "Accept",
                "application/sparql-results+json"));
  }

  @Test
  void aQueryPastTheQueueIsRefusedWithRetryAfterWhileTheWaitingOneGetsItsTurn() throws Exception {
    Pause.arm();
    CompletableFuture<HttpResponse<String>> running =
        queryLater("SELECT ?x { BIND(<" + Pause.HOLD + ">(1) AS ?x) }");
    assertThat(Pause.awaitHeld(30)).as("the first query is running").isTrue();
    CompletableFuture<HttpResponse<String>> waiting = queryLater("ASK { }");
    awaitWaiting(1);

    HttpResponse<String> refused = new ServiceClient(port).get("/sparql?query=ASK%7B%7D", "*/*");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(JSON.parse(refused.body()).getString("reason")).isEqualTo("queue-full");
    assertThat(waiting).isNotDone();

    Pause.release();
    assertThat(running.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    HttpResponse<String> turn = waiting.get(30, TimeUnit.SECONDS);
    assertThat(turn.statusCode()).isEqualTo(200);
    assertThat(turn.body()).contains("true");
  }

  @Test
  void graphStoreReadsWaitForTheirTurnTooButUpdatesDoNot() throws Exception {
    Pause.arm();
    CompletableFuture<HttpResponse<String>> running =
        queryLater("SELECT ?x { BIND(<" + Pause.HOLD + ">(1) AS ?x) }");
    assertThat(Pause.awaitHeld(30)).isTrue();
    CompletableFuture<HttpResponse<String>> waiting = queryLater("ASK { }");
    awaitWaiting(1);

    HttpResponse<String> read = new ServiceClient(port).get("/data?default", "text/turtle");
    HttpResponse<String> update =
        new ServiceClient(port).update(Credentials.NONE, "INSERT DATA { <urn:a> <urn:b> <urn:c> }");

    assertThat(read.statusCode()).isEqualTo(429);
    // Not queued: security answers it as it would at any time.
    assertThat(update.statusCode()).isEqualTo(401);
    Pause.release();
    assertThat(running.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(waiting.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
  }

  @Test
  void queueRefusalsAreCounted() throws Exception {
    Pause.arm();
    CompletableFuture<HttpResponse<String>> running =
        queryLater("SELECT ?x { BIND(<" + Pause.HOLD + ">(1) AS ?x) }");
    assertThat(Pause.awaitHeld(30)).isTrue();
    CompletableFuture<HttpResponse<String>> waiting = queryLater("ASK { }");
    awaitWaiting(1);
    new ServiceClient(port).get("/sparql?query=ASK%7B%7D", "*/*");
    Pause.release();
    running.get(30, TimeUnit.SECONDS);
    waiting.get(30, TimeUnit.SECONDS);

    String metrics = new ServiceClient(port).get("/actuator/prometheus", "text/plain").body();

    assertThat(metrics)
        .containsPattern("hrcg_sparql_rejections_total\\{[^}]*reason=\"queue-full\"[^}]*\\} [1-9]")
        .contains("hrcg_sparql_running", "hrcg_sparql_waiting");
  }

  private void awaitWaiting(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (admission.waiting() < count) {
      assertThat(System.nanoTime()).as("a query is waiting in the queue").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
