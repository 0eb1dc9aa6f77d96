package org.hrcg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The load generator against a small HTTP server on the loopback address that answers as the
 * service's limits do: a query naming {@code refuse} gets {@code 429} with the problem body of a
 * full queue, one naming {@code slow} waits and gets {@code 503} with the problem body of a
 * timeout, {@code broken} gets {@code 500}, {@code plain} a {@code 503} in plain text, anything
 * else {@code 200}. It checks what the generator counts, sends and refuses to start with, not the
 * service.
 */
class LoadGeneratorIT {

  @TempDir Path temp;

  HttpServer server;
  String base;
  final Set<String> headers = ConcurrentHashMap.newKeySet();
  final Set<String> accepts = ConcurrentHashMap.newKeySet();
  final AtomicInteger slowInFlight = new AtomicInteger();
  final AtomicInteger mostSlowAtOnce = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/actuator/health", e -> answer(e, 200, "application/json", "{\"status\":\"UP\"}"));
    server.createContext("/sparql", this::sparql);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void sparql(HttpExchange exchange) throws IOException {
    String query =
        URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
    headers.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Load-Test")));
    accepts.add(String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
    if (query.contains("refuse")) {
      answer(exchange, 429, "application/problem+json", problem(429, "queue-full"));
    } else if (query.contains("slow")) {
      mostSlowAtOnce.accumulateAndGet(slowInFlight.incrementAndGet(), Math::max);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        slowInFlight.decrementAndGet();
      }
      answer(exchange, 503, "application/problem+json", problem(503, "timeout"));
    } else if (query.contains("broken")) {
      answer(exchange, 500, "application/problem+json", problem(500, "timeout"));
    } else if (query.contains("plain")) {
      answer(exchange, 503, "text/plain", "Query timed out");
    } else {
      answer(exchange, 200, "application/sparql-results+json", "{\"boolean\":true}");
    }
  }

  private static String problem(int status, String reason) {
    return "{\"type\":\"about:blank\",\"title\":\"Refused\",\"status\":"
        + status
        + ",\"detail\":\"test\",\"reason\":\""
        + reason
        + "\"}";
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private Path queries(String folder, String... names) throws IOException {
    Path dir = Files.createDirectories(temp.resolve(folder));
    for (String name : names) {
      Files.writeString(dir.resolve(name + ".rq"), "ASK { <urn:x:" + name + "> ?p ?o }");
    }
    return dir;
  }

  @Test
  void clientsForAFixedTimeCountRefusalsApartAndKeepDedicatedClientsToTheirKind()
      throws IOException {
    LoadGenerator generator = new LoadGenerator();
    Path summary = temp.resolve("summary.tsv");

    int exit =
        new CommandLine(generator)
            .execute(
                "--base-url", base,
                "--mix", "baseline, sparql-cheap=3, sparql-heavy",
                "--queries", queries("cheap", "ok", "refuse").toString(),
                "--heavy-queries", queries("heavy", "slow").toString(),
                "--duration", "2s",
                "--concurrency", "4",
                "--dedicated-clients", "sparql-heavy=1",
                "--think-time", "5ms",
                "--warmup", "1",
                "--header", "X-Load-Test: yes",
                "--health-every", "200ms",
                "--summary", summary.toString());

    assertThat(exit).isZero();
    LoadReport report = generator.report();
    KindFigures cheap = report.of(RequestKind.SPARQL_CHEAP);
    KindFigures heavy = report.of(RequestKind.SPARQL_HEAVY);
    assertThat(report.failed()).isZero();
    assertThat(cheap.statuses()).containsOnlyKeys(200, 429);
    assertThat(cheap.refusals()).containsOnlyKeys("queue-full");
    assertThat(cheap.refused()).isEqualTo(cheap.statuses().get(429));
    assertThat(heavy.refusals()).containsOnlyKeys("timeout");
    assertThat(heavy.refused()).isEqualTo(heavy.latency().count()).isPositive();
    assertThat(report.refusals()).containsOnlyKeys("queue-full", "timeout");
    assertThat(mostSlowAtOnce.get()).as("one client sends the heavy queries").isEqualTo(1);
    assertThat(report.health().checks()).isGreaterThanOrEqualTo(5);
    assertThat(report.health().alwaysUp()).isTrue();
    assertThat(headers).containsOnly("yes");
    assertThat(accepts).containsOnly("application/sparql-results+json");
    assertThat(generator.markdown()).contains("refused by a documented limit", "| sparql-heavy |");
    List<String> lines = Files.readAllLines(summary);
    assertThat(lines.get(1)).endsWith("\trefused\tstatuses\trefusals\tfailures");
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("sparql-heavy\t")
                    && l.endsWith("timeout ×" + heavy.refused() + "\t-"));
  }

  @Test
  void answersOutsideTheDocumentedRefusalsAreFailures() throws IOException {
    LoadGenerator generator = new LoadGenerator();

    int exit =
        new CommandLine(generator)
            .execute(
                "--base-url", base,
                "--mix", "sparql-cheap",
                "--queries", queries("bad", "broken", "plain").toString(),
                "--requests", "20",
                "--warmup", "0",
                "--concurrency", "2");

    assertThat(exit).isZero();
    KindFigures cheap = generator.report().of(RequestKind.SPARQL_CHEAP);
    assertThat(cheap.failed()).isEqualTo(20);
    assertThat(cheap.refused()).isZero();
    assertThat(cheap.failures()).containsOnlyKeys("status 500", "status 503");
  }

  @Test
  void refusesOptionsThatDoNotGoTogether() {
    assertThat(usageError("--mix", "sparql-cheap", "--dedicated-clients", "sparql-cheap=1"))
        .contains("--dedicated-clients needs --duration");
    assertThat(usageError("--duration", "1s", "--requests", "5"))
        .contains("--duration and --requests");
    assertThat(usageError("--think-time", "1s")).contains("--think-time needs --duration");
    assertThat(
            usageError(
                "--mix", "sparql-cheap, sparql-heavy",
                "--duration", "1s",
                "--concurrency", "2",
                "--dedicated-clients", "sparql-heavy=3"))
        .contains("more than --concurrency 2");
    assertThat(
            usageError(
                "--mix", "sparql-cheap",
                "--duration", "1s",
                "--dedicated-clients", "sparql-heavy=1"))
        .contains("sparql-heavy is not in the mix");
    assertThat(usageError("--header", "X-Load-Test yes")).contains("'Name: value'");
    assertThat(usageError("--header", "Host: example.org"))
        .contains("--header 'Host: example.org'");
    assertThat(usageError("--duration", "soon")).contains("'soon'");
  }

  private String usageError(String... args) {
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--base-url";
    all[1] = base;
    System.arraycopy(args, 0, all, 2, args.length);
    int exit = new CommandLine(new LoadGenerator()).setErr(new PrintWriter(err, true)).execute(all);
    assertThat(exit).as("exit code of %s", String.join(" ", args)).isEqualTo(2);
    return err.toString();
  }
}
