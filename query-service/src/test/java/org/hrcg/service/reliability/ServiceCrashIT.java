package org.hrcg.service.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hrcg.ingest.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service killed with SIGKILL in the middle of a stream of acknowledged updates, twenty times
 * over the same store: after each restart the store opens, every update the service acknowledged is
 * there whole, and no graph is half written.
 *
 * <p>The service is the module's runnable jar ({@code java -jar}), started as a child process on a
 * free port. A client sends updates one after another, each writing {@link #TRIPLES} triples into a
 * graph of its own; an update answered 2xx is acknowledged. After a random delay (seeded) the child
 * is killed with {@link Process#destroyForcibly()}; the next start must find every acknowledged
 * graph with exactly its triples, and any other graph of the test either whole (an update written
 * but killed before it was answered) or absent.
 */
class ServiceCrashIT {

  static final int KILLS = 20;
  static final int TRIPLES = 40;
  static final String ADMIN_PASSWORD = "crash-admin-secret";
  static final String GRAPH = "https://w3id.org/hrcg/graph/crash-";

  @TempDir Path directory;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void acknowledgedUpdatesSurviveTwentyKills() throws Exception {
    Path store = directory.resolve("store");
    Path noData = Files.createDirectories(directory.resolve("no-data"));
    Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger next = new AtomicInteger();
    Random random = new Random(20261126L);
    List<String> rounds = new ArrayList<>();
    for (int round = 1; round <= KILLS; round++) {
      try (ServiceProcess started = start(store, noData, round)) {
        Process service = started.process();
        int port = started.port();
        started.awaitHealthy();
        checkStore(port, acknowledged, "after restart " + round);
        AtomicBoolean stop = new AtomicBoolean();
        int before = acknowledged.size();
        Thread writer = new Thread(() -> writeUntilStopped(port, next, acknowledged, stop));
        writer.start();
        Thread.sleep(300 + random.nextInt(1500));
        service.destroyForcibly();
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        stop.set(true);
        writer.join(30_000);
        rounds.add(
            round
                + ": "
                + (acknowledged.size() - before)
                + " acknowledged, exit "
                + service.exitValue());
        assertThat(service.exitValue()).as("killed by SIGKILL").isEqualTo(137);
      }
    }
    try (ServiceProcess last = start(store, noData, KILLS + 1)) {
      last.awaitHealthy();
      checkStore(last.port(), acknowledged, "after the last kill");
    }
    Figures.record(
        "ServiceCrashIT",
        "ServiceCrashIT: "
            + KILLS
            + " kills survived, "
            + acknowledged.size()
            + " acknowledged updates all present; rounds: "
            + rounds);
    assertThat(acknowledged)
        .as("updates acknowledged over the rounds %s", rounds)
        .hasSizeGreaterThan(KILLS);
  }

  private ServiceProcess start(Path store, Path data, int round) throws IOException {
    return ServiceProcess.start(
        ServiceProcess.serviceJar(),
        directory.resolve("service-" + round + ".log"),
        command -> command,
        "--hrcg.store=" + store,
        "--hrcg.data-dir=" + data,
        "--hrcg.admin-password=" + ADMIN_PASSWORD);
  }

  private void writeUntilStopped(
      int port, AtomicInteger next, Set<Integer> acknowledged, AtomicBoolean stop) {
    while (!stop.get()) {
      int n = next.getAndIncrement();
      StringBuilder update = new StringBuilder("INSERT DATA { GRAPH <" + GRAPH + n + "> {");
      for (int i = 0; i < TRIPLES; i++) {
        update
            .append(" <urn:crash:s")
            .append(n)
            .append("> <urn:crash:p")
            .append(i)
            .append("> ")
            .append(i)
            .append(" .");
      }
      update.append(" } }");
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/update"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic())
                    .POST(HttpRequest.BodyPublishers.ofString(update.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 == 2) {
          acknowledged.add(n);
        } else {
          throw new AssertionError(
              "update " + n + " refused: " + response.statusCode() + " " + response.body());
        }
      } catch (IOException e) {
        return; // the service is gone: this update is not acknowledged
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void checkStore(int port, Set<Integer> acknowledged, String when) throws Exception {
    String query =
        "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
            + GRAPH
            + "\")) } GROUP BY ?g";
    HttpResponse<String> response =
        get(
            port,
            "/sparql?query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8),
            "application/sparql-results+json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<Map<String, Object>> rows = JsonPath.parse(response.body()).read("$.results.bindings");
    Map<Integer, Integer> counts = new HashMap<>();
    for (Map<String, Object> row : rows) {
      String graph = JsonPath.parse(row).read("$.g.value");
      int count = Integer.parseInt(JsonPath.parse(row).read("$.n.value"));
      counts.put(Integer.parseInt(graph.substring(GRAPH.length())), count);
    }
    assertThat(counts.values())
        .as("no graph is half written, %s", when)
        .allMatch(c -> c == TRIPLES);
    assertThat(counts.keySet())
        .as("every acknowledged update is there, %s", when)
        .containsAll(acknowledged);
  }

  private HttpResponse<String> get(int port, String path, String accept)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", accept)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
