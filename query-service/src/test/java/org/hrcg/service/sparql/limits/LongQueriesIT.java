package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A query that is cheap by its shape but runs long (here: a pause on each of its rows) runs in the
 * standard lane only for {@code heavy-after}: then it moves to the heavy lane, gives its standard
 * turn to the next query, is answered whole from its second run, and goes to the heavy lane at once
 * the next time it comes. One standard worker here, so that a query holding it would show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LongQueriesIT {

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.limits.max-concurrent-queries", () -> "1");
    registry.add("hrcg.limits.heavy-concurrent-queries", () -> "1");
    // Longer than the shortest timeout a request may ask for (1 s: Fuseki reads whole seconds).
    registry.add("hrcg.limits.heavy-after", () -> "1500ms");
    // Every query takes its turn: a repeated text answered from the cache would not.
    registry.add("hrcg.cache.enabled", () -> "false");
    registry.add("hrcg.limits.heavy-query-timeout", () -> "20s");
    registry.add("hrcg.limits.query-timeout", () -> "30s");
    // Generous: a query must get its turn on a loaded machine.
    registry.add("hrcg.limits.queue-wait", () -> "60s");
  }

  @BeforeAll
  static void slowFunctions() {
    Pause.register();
  }

  @LocalServerPort int port;

  /**
   * A query of one row for each of {@code rows} pauses of {@code millis}: cheap by its shape (no
   * pattern at all), long by what it does.
   */
  private static String pausing(int rows, int millis) {
    return "SELECT ?ms { VALUES ?ms { "
        + String.join(" ", Collections.nCopies(rows, Integer.toString(millis)))
        + " } FILTER(<"
        + Pause.PAUSE
        + ">(?ms) > 0) }";
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

  private double heavy(String cause) {
    String metrics = new ServiceClient(port).get("/actuator/prometheus", "text/plain").body();
    Matcher count =
        Pattern.compile(
                "hrcg_sparql_heavy_total\\{[^}]*cause=\"" + cause + "\"[^}]*\\} ([0-9.Ee+]+)")
            .matcher(metrics);
    assertThat(count.find()).as("the heavy-lane metric of %s in %s", cause, metrics).isTrue();
    return Double.parseDouble(count.group(1));
  }

  private static int rows(HttpResponse<String> answer) {
    return JSON.parse(answer.body())
        .get("results")
        .getAsObject()
        .get("bindings")
        .getAsArray()
        .size();
  }

  @Test
  void aQueryThatRunsLongIsAnsweredWholeFromTheHeavyLaneAndGoesThereAtOnceNextTime() {
    String query = pausing(12, 200);
    double ranLong = heavy("ran-long");
    double known = heavy("known");

    HttpResponse<String> first = query(query);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(rows(first)).isEqualTo(12);
    assertThat(heavy("ran-long")).isEqualTo(ranLong + 1);

    HttpResponse<String> again = query(query);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(rows(again)).isEqualTo(12);
    assertThat(heavy("known")).isEqualTo(known + 1);
    assertThat(heavy("ran-long")).as("not run in the standard lane again").isEqualTo(ranLong + 1);
  }

  @Test
  void aQueryThatRunsLongGivesItsStandardTurnToTheNextQuery() throws Exception {
    double ranLong = heavy("ran-long");
    CompletableFuture<HttpResponse<String>> slow =
        CompletableFuture.supplyAsync(() -> query(pausing(30, 201)));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (heavy("ran-long") == ranLong) {
      assertThat(System.nanoTime()).as("the slow query moves").isLessThan(deadline);
      Thread.sleep(20);
    }

    HttpResponse<String> cheap = query("ASK { }");

    assertThat(cheap.statusCode()).as(cheap.body()).isEqualTo(200);
    assertThat(slow.isDone())
        .as("the cheap query was answered while the slow one still ran, in the other lane")
        .isFalse();
    HttpResponse<String> answer = slow.get(60, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(rows(answer)).isEqualTo(30);
  }

  @Test
  void aQueryStoppedByItsOwnShorterTimeoutTimesOutWithoutMoving() {
    double ranLong = heavy("ran-long");

    HttpResponse<String> answer =
        new ServiceClient(port)
            .get(
                "/sparql?timeout=1&query="
                    + URLEncoder.encode(pausing(10, 202), StandardCharsets.UTF_8),
                "application/sparql-results+json");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
    assertThat(answer.body()).contains("\"reason\":\"timeout\"").contains("30 s");
    assertThat(heavy("ran-long")).isEqualTo(ranLong);
  }
}
