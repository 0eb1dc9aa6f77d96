package org.hrcg.service.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;

/**
 * The service's runnable jar ({@code java -jar}) as a child process on a free loopback port, its
 * output in a log file: what the reliability tests start, kill, starve and run as another user.
 */
final class ServiceProcess implements AutoCloseable {

  static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final int port;
  private final Path log;

  private ServiceProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the jar with {@code --server.port} and {@code --server.address} set and the settings
   * given ({@code --hrcg.store=...}); {@code wrap} may run the command otherwise (as another user,
   * with limits).
   *
   * @param jar the service's jar, which whoever runs it must be able to read
   * @param log where its standard output and error go
   */
  static ServiceProcess start(
      Path jar, Path log, UnaryOperator<List<String>> wrap, String... settings) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    command.addAll(List.of(settings));
    Process process =
        new ProcessBuilder(wrap.apply(command))
            .directory(log.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    process.getOutputStream().close();
    return new ServiceProcess(process, port, log);
  }

  /** The module's runnable jar, in {@code target/}. */
  static Path serviceJar() throws IOException {
    try (Stream<Path> jars = Files.list(Path.of("target").toAbsolutePath())) {
      return jars.filter(
              p -> p.getFileName().toString().matches("hrcg-query-service-[^-]+(-SNAPSHOT)?\\.jar"))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("no runnable jar in target/: run mvn package first"));
    }
  }

  int port() {
    return port;
  }

  Process process() {
    return process;
  }

  /** A client of this service. */
  ServiceClient client() {
    return new ServiceClient(port);
  }

  /** {@code /actuator/health} as JSON, which must answer 200; the admin sees the details. */
  DocumentContext health(Credentials credentials) {
    HttpResponse<String> response =
        client()
            .send("GET", "/actuator/health", credentials, null, null, "Accept", "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JsonPath.parse(response.body());
  }

  /** What the service wrote so far. */
  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until {@code /actuator/health} says {@code UP}; fails if the process ends first. */
  void awaitHealthy() throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the service is running; its log:%n%s", tail()).isTrue();
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the service did not become healthy in " + START_TIMEOUT);
  }

  /** Waits for the process to end by itself, and returns its exit status. */
  int awaitExit(Duration timeout) throws InterruptedException {
    assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
        .as("the service ended within %s; its log:%n%s", timeout, tail())
        .isTrue();
    return process.exitValue();
  }

  /** Stops the service as an operator would (SIGTERM), and waits for it. */
  int stop() throws InterruptedException {
    process.destroy();
    return awaitExit(Duration.ofSeconds(60));
  }

  /** The end of the log, for failure messages. */
  String tail() {
    String text = log();
    return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
