package org.hrcg.ingest.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
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

/**
 * A standalone Fuseki server in a child process: {@code java -jar jena-fuseki-server.jar --tdb2
 * --loc DIR --update --localhost --port N /ds}, the runnable jar from Maven Central that the build
 * copies to {@code target/fuseki} before the integration tests (its path comes in the system
 * property {@value #JAR_PROPERTY}). It listens on a free loopback port; {@link #close()} kills it,
 * and so does a shutdown hook if the test JVM ends first.
 *
 * <p>Shared: this module's test-jar holds this class alone, for the service's remote-store ITs,
 * whose build copies the same jar to its own {@code target/fuseki} and names it the same way.
 */
public final class FusekiProcess implements AutoCloseable {

  /** The system property that names the server's jar. */
  public static final String JAR_PROPERTY = "hrcg.fuseki.jar";

  private static final Duration STARTUP = Duration.ofSeconds(90);

  private final Path database;
  private final Path home;
  private final int port;
  private final List<String> options;
  private Process process;
  private Thread hook;

  private FusekiProcess(Path database, Path home, int port, List<String> options) {
    this.database = database;
    this.home = home;
    this.port = port;
    this.options = List.copyOf(options);
  }

  /**
   * Starts a server on a TDB2 database in a directory, created if missing, and waits until it
   * answers.
   *
   * @param home a directory for the server's own files (its {@code run} folder and log)
   * @param options more options for {@code fuseki-server}, such as {@code --passwd=FILE}
   */
  public static FusekiProcess start(Path database, Path home, String... options) {
    FusekiProcess server = new FusekiProcess(database, home, freePort(), List.of(options));
    server.startProcess();
    return server;
  }

  /** The dataset's URL, {@code http://127.0.0.1:PORT/ds}. */
  public String url() {
    return "http://127.0.0.1:" + port + "/ds";
  }

  /**
   * Kills the server at once (SIGKILL): no shutdown, no flush. Safe from any thread: a kill and a
   * restart never overlap.
   */
  public synchronized void kill() {
    Process running = process;
    if (running != null && running.isAlive()) {
      running.destroyForcibly();
      try {
        if (!running.waitFor(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the Fuseki process did not die: " + running.pid());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while killing Fuseki", e);
      }
    }
  }

  /** Starts the server again on the same database and port, after {@link #kill()}. */
  public synchronized void restart() {
    kill();
    startProcess();
  }

  /** The end of the server's log, for failure messages. */
  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    kill();
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook runs anyway.
      }
      hook = null;
    }
  }

  private void startProcess() {
    Path jar = jar();
    try {
      Files.createDirectories(database);
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java,
            "-Xmx512m",
            "-jar",
            jar.toString(),
            "--tdb2",
            "--loc",
            database.toString(),
            "--update",
            "--localhost",
            "--port",
            Integer.toString(port)));
    command.addAll(options);
    command.add("/ds");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
    builder.environment().put("FUSEKI_BASE", home.resolve("run").toString());
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (hook == null) {
      hook = new Thread(this::kill, "kill-fuseki-" + port);
      Runtime.getRuntime().addShutdownHook(hook);
    }
    awaitAnswer();
  }

  /** Waits until the server answers HTTP at all (a 401 of a server with a password counts). */
  private void awaitAnswer() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ping =
        HttpRequest.newBuilder(URI.create(url() + "?query=ASK%7B%7D"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Fuseki exited with " + process.exitValue() + " before answering:\n" + logTail());
      }
      try {
        client.send(ping, HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException e) {
        sleep();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Fuseki", e);
      }
    }
    kill();
    throw new IllegalStateException("Fuseki did not answer within " + STARTUP + ":\n" + logTail());
  }

  private Path log() {
    return home.resolve("fuseki.log");
  }

  private static void sleep() {
    try {
      TimeUnit.MILLISECONDS.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path jar() {
    String property = System.getProperty(JAR_PROPERTY);
    if (property == null || !Files.isRegularFile(Path.of(property))) {
      throw new IllegalStateException(
          "no Fuseki server jar: the system property "
              + JAR_PROPERTY
              + " is "
              + property
              + "; run the integration tests with 'mvn verify', which copies"
              + " org.apache.jena:jena-fuseki-server to target/fuseki first");
    }
    return Path.of(property);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }
}
