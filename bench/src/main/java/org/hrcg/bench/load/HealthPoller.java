package org.hrcg.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Checks {@code GET /actuator/health} at a fixed rate on a thread of its own while a run goes on. A
 * check is up when it is answered {@code 200} with {@code "status": "UP"} within its timeout; a
 * check that takes longer than the period delays the next one rather than overlapping it.
 */
final class HealthPoller {

  static final String PATH = "/actuator/health";

  private final HttpClient client;
  private final URI uri;
  private final Duration period;
  private final Duration timeout;
  private final List<Double> latencies = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private ScheduledExecutorService executor;
  private long started;
  private int up;

  HealthPoller(HttpClient client, String baseUrl, Duration period, Duration timeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.uri = URI.create(Objects.requireNonNull(baseUrl, "baseUrl") + PATH);
    this.period = Objects.requireNonNull(period, "period");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** Starts checking, the first check at once. */
  synchronized void start() {
    if (executor != null) {
      throw new IllegalStateException("already started");
    }
    started = System.nanoTime();
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "health-poller");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleAtFixedRate(this::check, 0, period.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Stops checking, waiting for a check in flight, and returns what the checks saw. */
  HealthFigures stop() throws InterruptedException {
    executor.shutdown();
    if (!executor.awaitTermination(timeout.toMillis() + 5000, TimeUnit.MILLISECONDS)) {
      executor.shutdownNow();
    }
    synchronized (this) {
      return new HealthFigures(
          latencies.size(), up, problems, LatencyStats.of(latencies, latencies.size() - up));
    }
  }

  private void check() {
    long start = System.nanoTime();
    String problem;
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(uri)
                  .timeout(timeout)
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      problem = problem(response.statusCode(), response.body());
    } catch (IOException e) {
      problem = Outcome.ofError(e).detail();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    double latencyMs = (System.nanoTime() - start) / 1e6;
    synchronized (this) {
      latencies.add(latencyMs);
      if (problem == null) {
        up++;
      } else {
        problems.add(String.format(Locale.ROOT, "at %.1f s: %s", (start - started) / 1e9, problem));
      }
    }
  }

  /** What is wrong with a health answer, or null when it says the service is up. */
  static String problem(int status, String body) {
    String state;
    try {
      JsonValue parsed = JSON.parseAny(body);
      JsonValue value = parsed.isObject() ? parsed.getAsObject().get("status") : null;
      state = value != null && value.isString() ? value.getAsString().value() : "no status";
    } catch (JsonException e) {
      state = "not JSON";
    }
    if (status == 200 && state.equals("UP")) {
      return null;
    }
    return "status " + status + ", " + state;
  }
}
