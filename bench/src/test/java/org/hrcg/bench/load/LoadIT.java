package org.hrcg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hrcg.ingest.Figures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The load test of the service (issue 7): a synthetic graph of 100,000 practices at a fixed seed
 * with the bundled data, ingested into a fresh store; the service's runnable jar started on it as a
 * process of its own and its indexes built; then {@value #CLIENTS_DEFAULT} clients for 30 seconds
 * on a mix of competency questions, the peers API, linked-data pages and heavy analytic queries
 * ({@link LoadGenerator}), while the health endpoint is checked every second. The heavy queries are
 * sent by clients of their own, one in eight, so that they run all along without taking every
 * client; the bundled ones include queries that are heavy by their shape (the service's heavy lane
 * from the start) and by the data they read (moved there once they run long). The same cheap
 * clients run first alone, for as long, so that the figures show what the heavy queries cost them.
 *
 * <p>Gate: no request fails (documented refusals, {@code 429} and {@code 503} with the service's
 * problem body and a reason of its limits, are counted and allowed); every health check finds the
 * service up; queries went to the heavy lane for their shape; and the cheap requests taken together
 * keep a 99th-percentile latency under {@link #CHEAP_P99} while the heavy queries run (each kind's
 * own is recorded: with some seventy requests of a kind, its 99th percentile is its slowest
 * request). Latency says something only on a quiet machine: the test first waits up to {@link
 * #QUIET_WAIT} for the load average to fall below three quarters of the processors ({@code
 * hrcg.load.quiet-below} to change it), and it measures the CPU time that other work than the test
 * and the service took meanwhile; if that was more than {@link #OTHER_WORK} of a core while the
 * heavy queries ran, it checks everything else and then aborts (a skipped test, with its figures
 * recorded) rather than judge the latency.
 *
 * <p>The cheap kinds: the health check ({@code baseline}), {@code territories}, {@code territory},
 * {@code peers}, {@code peers-theme}, {@code similar}, {@code inspirations}, {@code linked-data}
 * and {@code sparql-cheap}, the competency questions that ask about a named resource or a small
 * class ({@link #CHEAP_QUESTIONS}). Left out: the practice search ({@code /api/practices}), which
 * takes seconds at this size and is being made faster on its own; and the competency questions that
 * read a whole class of the synthetic data (every practice, actor or statement), which at this size
 * take from a tenth of a second to several seconds on their own, so no 200 ms bound can hold for
 * them. Each client pauses {@link #THINK_TIME} on average before each request: without a pause,
 * sixteen clients keep two cores saturated and the latency measures the queue of a saturated
 * machine, not whether heavy work starves cheap work.
 *
 * <p>Settings (system properties, set by the module's POM): {@code hrcg.load.clients}, {@code
 * hrcg.load.duration}, {@code hrcg.load.think-time}, {@code hrcg.load.practices}, {@code
 * hrcg.load.gate}, and {@code hrcg.load.service-args} (Spring settings for the service, such as
 * {@code --hrcg.limits.heavy-after=30s}, which switches off the move of long queries to the heavy
 * lane); {@code -Pload-heavy} runs 64 clients for 60 seconds and records the figures without the
 * gate. The figures go to {@code target/reliability/LoadIT.txt}, with each run's per-kind summary
 * and every request beside it.
 */
class LoadIT {

  static final int CLIENTS_DEFAULT = 16;
  static final long SEED = 42;
  static final Duration CHEAP_P99 = Duration.ofMillis(200);

  /**
   * Each client's mean pause before a request ({@code hrcg.load.think-time} to change it): a busy
   * program, not a person reading pages, who pauses far longer.
   */
  static final Duration THINK_TIME = Duration.ofMillis(500);

  /**
   * The competency questions about a named resource or a small class: their answers do not grow
   * with the synthetic data.
   */
  static final List<String> CHEAP_QUESTIONS =
      List.of(
          "07-sao-paulo-practices",
          "09-observatory-inspiration",
          "11-mayor-of-grigny",
          "13-events-july-2025",
          "14-events-in-geneva",
          "15-presented-at-dialogue",
          "16-guidance-framework-pillars",
          "20-campaigns",
          "22-graphs-about-barcelona",
          "23-territories-wikidata",
          "24-concept-labels");

  /** The cheap kinds and their weights; the heavy clients add {@code sparql-heavy}. */
  static final String CHEAP_MIX =
      "baseline, territories, territory, peers, peers-theme, similar, inspirations=0.5,"
          + " linked-data=2, sparql-cheap=3";

  /** How long the test waits for the machine to be quiet before it measures. */
  static final Duration QUIET_WAIT = Duration.ofMinutes(2);

  /**
   * The most cores that other work than this test and the service may take on average while the
   * heavy queries run for the latency gate to be judged.
   */
  static final double OTHER_WORK = 0.25;

  static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  static final Duration INDEX_TIMEOUT = Duration.ofMinutes(10);

  @TempDir Path directory;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void cheapRequestsStayFastAndNothingFailsWhileHeavyQueriesRun() throws Exception {
    int clients = Integer.getInteger("hrcg.load.clients", CLIENTS_DEFAULT);
    String duration = System.getProperty("hrcg.load.duration", "30s");
    int practices = Integer.getInteger("hrcg.load.practices", 100_000);
    boolean gate = Boolean.parseBoolean(System.getProperty("hrcg.load.gate", "true"));
    int heavyClients = Math.max(1, clients / 8);
    Map<String, String> figures = new LinkedHashMap<>();
    String serviceArgs = System.getProperty("hrcg.load.service-args", "").strip();
    figures.put(
        "profile",
        (serviceArgs.isEmpty() ? "" : "service started with " + serviceArgs + "; ")
            + clients
            + " clients ("
            + heavyClients
            + " sending only sparql-heavy) for "
            + duration
            + ", mean think time "
            + thinkTime().toMillis()
            + " ms, "
            + (gate ? "gated" : "not gated"));

    Path data = directory.resolve("data");
    long started = System.nanoTime();
    run(
        "generate",
        javaCommand(
            "-Xmx3g",
            "org.hrcg.bench.Generate",
            "--seed",
            Long.toString(SEED),
            "--practices",
            Integer.toString(practices),
            "--out",
            data.toString()));
    figures.put("generated", practices + " practices, seed " + SEED + ", in " + since(started));

    Path store = directory.resolve("store");
    started = System.nanoTime();
    String ingested =
        run(
            "ingest",
            javaCommand(
                "-Xmx2g",
                "org.hrcg.ingest.cli.Main",
                "ingest",
                bundledData().toString(),
                data.resolve("yaml").toString(),
                "--store",
                store.toString()));
    figures.put(
        "ingested",
        lastLine(ingested) + " (with the bundled data; whole run " + since(started) + ")");

    int port = freePort();
    String base = "http://127.0.0.1:" + port;
    Path log = directory.resolve("service.log");
    started = System.nanoTime();
    Process service = startService(store, port, log);
    try {
      waitUntilHealthy(base, service, log);
      figures.put("service up", "in " + since(started));
      long indexes = System.nanoTime();
      HttpResponse<String> first = get(base + "/api/territories?size=1", INDEX_TIMEOUT);
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      waitForTextIndex(service, log);
      figures.put("indexes built", "peers and text, " + since(indexes) + " after it was up");

      int cheapClients = clients - heavyClients;
      double quietBelow =
          Double.parseDouble(
              System.getProperty(
                  "hrcg.load.quiet-below",
                  Double.toString(0.75 * Runtime.getRuntime().availableProcessors())));
      double loadBefore = waitForQuiet(quietBelow, QUIET_WAIT);
      Cpu beforeAlone = Cpu.now(service.pid());
      LoadGenerator alone = load("cheap-only", base, cheapClients, CHEAP_MIX, 0, duration);
      Cpu beforeHeavy = Cpu.now(service.pid());
      LoadGenerator withHeavy =
          load("with-heavy", base, clients, CHEAP_MIX + ", sparql-heavy", heavyClients, duration);
      Cpu after = Cpu.now(service.pid());
      LoadReport report = withHeavy.report();
      Set<RequestKind> cheapKinds =
          report.kinds().stream()
              .map(KindFigures::kind)
              .filter(kind -> kind != RequestKind.SPARQL_HEAVY)
              .collect(Collectors.toSet());
      LatencyStats cheapAlone = alone.latency(cheapKinds);
      LatencyStats cheap = withHeavy.latency(cheapKinds);
      Map<String, Double> lanes = heavyLane(base);
      double othersAlone = beforeAlone.otherCoresUntil(beforeHeavy);
      double others = beforeHeavy.otherCoresUntil(after);
      figures.put(
          "machine",
          String.format(
              Locale.ROOT,
              "%d processors; load average %.2f before the first run; cores used by other work"
                  + " than this test and the service: %.2f during the first run, %.2f during the"
                  + " second; the service used %.2f and %.2f",
              Runtime.getRuntime().availableProcessors(),
              loadBefore,
              othersAlone,
              others,
              beforeAlone.serviceCoresUntil(beforeHeavy),
              beforeHeavy.serviceCoresUntil(after)));
      figures.put("cheap kinds together, alone", latency(cheapAlone));
      figures.put("cheap kinds together, with heavy queries", latency(cheap));
      figures.put("heavy lane (queries sent there, by cause)", lanes.toString());
      figures.put("service peak RSS", peakRss(service));
      Figures.record(
          "LoadIT",
          describe(figures)
              + "\n\n"
              + cheapClients
              + " cheap clients alone:\n\n"
              + alone.markdown()
              + "\nThe same with "
              + heavyClients
              + " heavy clients:\n\n"
              + withHeavy.markdown());

      if (!gate) {
        return;
      }
      assertThat(report.failed()).as("failed requests, by cause: %s", report.failures()).isZero();
      assertThat(alone.report().failed())
          .as("failed requests without heavy queries, by cause: %s", alone.report().failures())
          .isZero();
      assertThat(report.health().alwaysUp())
          .as("health checks: %s", report.health().problems())
          .isTrue();
      KindFigures heavy = report.of(RequestKind.SPARQL_HEAVY);
      assertThat(heavy.latency().count()).as("heavy queries sent").isPositive();
      assertThat(lanes.get("shape"))
          .as("queries that the service's QueryCost calls heavy went to the heavy lane")
          .isPositive();
      if (others > OTHER_WORK) {
        Assumptions.abort(
            String.format(
                Locale.ROOT,
                "nothing failed and the service stayed up, but other work than this test took"
                    + " %.2f cores while the heavy queries ran (at most %.2f for the latency to"
                    + " say something); cheap p99 %.0f ms with heavy queries, %.0f ms without;"
                    + " figures in target/reliability/LoadIT.txt",
                others,
                OTHER_WORK,
                cheap.p99Ms(),
                cheapAlone.p99Ms()));
      }
      assertThat(cheap.p99Ms())
          .as(
              "p99 of the cheap kinds together (ms) while heavy queries ran, %s; without them: %s;"
                  + " each kind: %s",
              cheap, cheapAlone, report.kinds())
          .isLessThan((double) CHEAP_P99.toMillis());
    } finally {
      stop(service);
    }
  }

  /**
   * One run of the load generator: {@code clients} clients for the duration, the first {@code
   * heavyClients} of them sending only heavy queries; its figures go beside the test's.
   */
  private static LoadGenerator load(
      String name, String base, int clients, String mix, int heavyClients, String duration)
      throws IOException {
    Path reports = Files.createDirectories(Path.of("target", "reliability"));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--base-url",
                base,
                "--mix",
                mix,
                "--queries",
                String.join(",", CHEAP_QUESTIONS),
                "--duration",
                duration,
                "--concurrency",
                Integer.toString(clients),
                "--think-time",
                thinkTime().toMillis() + "ms",
                // The first pages after startup are slow (templates, JIT, caches): not measured.
                "--warmup",
                "3",
                "--warmup-budget",
                "30",
                "--timeout",
                "60",
                "--health-every",
                "1s",
                "--seed",
                Long.toString(SEED),
                "--summary",
                reports.resolve("LoadIT-" + name + ".tsv").toString(),
                "--csv",
                reports.resolve("LoadIT-" + name + ".csv").toString()));
    if (heavyClients > 0) {
      args.addAll(List.of("--dedicated-clients", "sparql-heavy=" + heavyClients));
    }
    LoadGenerator generator = new LoadGenerator();
    int exit = new CommandLine(generator).execute(args.toArray(String[]::new));
    assertThat(exit).as("the load generator's exit code (%s)", name).isZero();
    return generator;
  }

  private static Duration thinkTime() {
    String value = System.getProperty("hrcg.load.think-time");
    return value == null || value.isBlank() ? THINK_TIME : DurationText.parse(value);
  }

  /**
   * The 1-minute load average of the machine, as the kernel reports it; 0 where it does not, so
   * that such a machine counts as quiet.
   */
  private static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /**
   * Waits until the load average falls below {@code quietBelow} (the service's own work, building
   * its indexes, takes a minute or so to fade from it), or at most {@code longest}; the last one.
   */
  private static double waitForQuiet(double quietBelow, Duration longest)
      throws InterruptedException {
    long deadline = System.nanoTime() + longest.toNanos();
    double load = loadAverage();
    while (load >= quietBelow && System.nanoTime() < deadline) {
      Thread.sleep(5000);
      load = loadAverage();
    }
    return load;
  }

  /**
   * CPU time so far, in the kernel's clock ticks: the whole machine's (busy and in all), the
   * service's and this test's own process's (which runs the load generator). Zero everywhere where
   * there is no {@code /proc}, so that such a machine counts as quiet.
   */
  record Cpu(long busy, long total, long service, long self) {

    static Cpu now(long servicePid) {
      try {
        String[] machine = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        long total = 0;
        // cpu user nice system idle iowait irq softirq steal: idle and iowait are not busy.
        for (int i = 1; i <= 8 && i < machine.length; i++) {
          long ticks = Long.parseLong(machine[i]);
          total += ticks;
          busy += i == 4 || i == 5 ? 0 : ticks;
        }
        return new Cpu(busy, total, process(servicePid), process(ProcessHandle.current().pid()));
      } catch (IOException | RuntimeException e) {
        return new Cpu(0, 0, 0, 0);
      }
    }

    /** A process's user and system time: fields 14 and 15 of its stat, after its name. */
    private static long process(long pid) throws IOException {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The cores that other work took on average from this snapshot until that one. */
    double otherCoresUntil(Cpu later) {
      long total = later.total - total();
      if (total <= 0) {
        return 0;
      }
      long others = (later.busy - busy) - (later.service - service) - (later.self - self);
      return Math.max(0, others) * (double) Runtime.getRuntime().availableProcessors() / total;
    }

    /** The cores that the service took on average from this snapshot until that one. */
    double serviceCoresUntil(Cpu later) {
      long total = later.total - total();
      return total <= 0
          ? 0
          : (later.service - service) * (double) Runtime.getRuntime().availableProcessors() / total;
    }
  }

  // --- the processes ---------------------------------------------------------------------------

  /** A java command with this JVM's class path (the bench's, with ingest and its libraries). */
  private static List<String> javaCommand(String heap, String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.add("-cp");
    // Failsafe runs the tests from a booter jar and names the real class path here.
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  /** Runs a command to its end, failing with its output if it does not end well; its output. */
  private String run(String name, List<String> command) throws Exception {
    Path output = directory.resolve(name + ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean ended = process.waitFor(20, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(ended && process.exitValue() == 0)
        .as("%s ended with exit 0; its output ends with:%n%s", name, tail(text, 20))
        .isTrue();
    return text;
  }

  /**
   * Starts the service as people do, {@code ./hrcg serve}, on the store and a loopback port: the
   * launcher's own JVM settings, the jar the build made (not rebuilt: {@code HRCG_NO_BUILD}).
   */
  private Process startService(Path store, int port, Path log) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                launcher().toString(),
                "serve",
                "--store",
                store.toString(),
                "--port",
                Integer.toString(port),
                "--server.address=127.0.0.1"));
    // Settings to try, such as --hrcg.limits.heavy-after=30s (which switches the move off).
    String extra = System.getProperty("hrcg.load.service-args", "");
    // Every query runs: from the cache of answers, the heavy queries would be answered at once
    // after their first run, and the test would no longer show that they cannot starve the cheap
    // ones. The cache is measured by the SPARQL benchmark (bench/run-sparql.sh) instead.
    if (!extra.contains("hrcg.cache.enabled")) {
      command.add("--hrcg.cache.enabled=false");
    }
    if (!extra.isBlank()) {
      command.addAll(List.of(extra.strip().split("\\s+")));
    }
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("HRCG_NO_BUILD", "1");
    builder.environment().remove("HRCG_ADMIN_PASSWORD");
    return builder.start();
  }

  private static Path launcher() {
    Path launcher = repository().resolve("hrcg");
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException("no launcher at " + launcher + " (hrcg.root)");
    }
    return launcher;
  }

  private static Path repository() {
    return Path.of(System.getProperty("hrcg.root", "..")).toAbsolutePath().normalize();
  }

  private static Path bundledData() {
    Path data = repository().resolve("data");
    if (!Files.isDirectory(data)) {
      throw new IllegalStateException("no bundled data at " + data + " (hrcg.root)");
    }
    return data;
  }

  private void waitUntilHealthy(String base, Process service, Path log) throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(service.isAlive()).as("the service is running; its log:%n%s", tail(log)).isTrue();
      try {
        HttpResponse<String> health = get(base + HealthPoller.PATH, Duration.ofSeconds(5));
        if (HealthPoller.problem(health.statusCode(), health.body()) == null) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the service was not up within " + START_TIMEOUT + ":\n" + tail(log));
  }

  /** Waits until the service's log says that the text index is ready, built or reused. */
  private void waitForTextIndex(Process service, Path log) throws Exception {
    Pattern ready = Pattern.compile("text index (built at revision|at .* is at revision)");
    long deadline = System.nanoTime() + INDEX_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(service.isAlive()).as("the service is running; its log:%n%s", tail(log)).isTrue();
      if (ready.matcher(Files.readString(log, StandardCharsets.UTF_8)).find()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no text index within " + INDEX_TIMEOUT + ":\n" + tail(log));
  }

  private static void stop(Process service) throws InterruptedException {
    service.destroy();
    if (!service.waitFor(60, TimeUnit.SECONDS)) {
      service.destroyForcibly();
      service.waitFor(30, TimeUnit.SECONDS);
    }
  }

  // --- what the service says -------------------------------------------------------------------

  private HttpResponse<String> get(String url, Duration timeout)
      throws IOException, InterruptedException {
    return get(url, timeout, "application/json");
  }

  private HttpResponse<String> get(String url, Duration timeout, String accept)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .header("Accept", accept)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The service's count of queries sent to the heavy lane, by cause. */
  private Map<String, Double> heavyLane(String base) throws Exception {
    HttpResponse<String> metrics =
        get(base + "/actuator/prometheus", Duration.ofSeconds(30), "text/plain");
    assertThat(metrics.statusCode()).isEqualTo(200);
    Map<String, Double> counts = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("hrcg_sparql_heavy_total\\{[^}]*cause=\"([a-z-]+)\"[^}]*\\} ([0-9.Ee+]+)")
            .matcher(metrics.body());
    while (m.find()) {
      counts.put(m.group(1), Double.parseDouble(m.group(2)));
    }
    assertThat(counts).as("the heavy lane's metrics").containsKeys("shape", "known", "ran-long");
    return counts;
  }

  private static String peakRss(Process service) {
    try (Stream<String> lines =
        Files.lines(Path.of("/proc", Long.toString(service.pid()), "status"))) {
      return lines
          .filter(line -> line.startsWith("VmHWM:"))
          .map(line -> line.substring("VmHWM:".length()).strip())
          .findFirst()
          .orElse("unknown");
    } catch (IOException | UncheckedIOException e) {
      return "unknown";
    }
  }

  // --- small helpers ---------------------------------------------------------------------------

  private static String latency(LatencyStats stats) {
    return String.format(
        Locale.ROOT,
        "%d requests, %d failed; median %s ms, p90 %s ms, p99 %s ms, max %s ms",
        stats.count(),
        stats.errors(),
        LoadGenerator.ms(stats.medianMs()),
        LoadGenerator.ms(stats.p90Ms()),
        LoadGenerator.ms(stats.p99Ms()),
        LoadGenerator.ms(stats.maxMs()));
  }

  private static String since(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  private static String describe(Map<String, String> figures) {
    return "LoadIT: "
        + figures.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("\n  "));
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\\R");
    return lines[lines.length - 1];
  }

  private static String tail(Path file) throws IOException {
    return tail(Files.readString(file, StandardCharsets.UTF_8), 40);
  }

  private static String tail(String text, int lines) {
    String[] all = text.split("\\R");
    return String.join("\n", List.of(all).subList(Math.max(0, all.length - lines), all.length));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
