package org.hrcg.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Sends a mix of requests to a running service over HTTP and reports the latencies of each kind:
 * count, errors, median, 90th and 99th percentiles and maximum, as a Markdown table (stdout), a
 * tab-separated summary and a CSV of every request. The service is a separate process, reached only
 * through its public JSON API.
 *
 * <p>First it learns what to ask about: every territory slug ({@code GET /api/territories}, page by
 * page) and the practice slugs of a random sample of territories ({@code GET
 * /api/territories/{slug}}); themes and search words come from the concept schemes ({@link
 * Vocabulary}). Then a warm-up (a few requests of each kind, not counted) and the measured
 * requests, in an order shuffled with the seed so that a change in the machine's load falls on
 * every kind alike. Every path is drawn before the first request is sent, so that the same seed and
 * the same data always send the same requests, whatever the concurrency.
 *
 * <p>A budget caps slow kinds: once the requests of one kind have taken that many seconds in all
 * (and at least {@code --min-requests} of them were measured), the rest of that kind are skipped.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = "Sends a seeded mix of requests to the service and reports latencies per kind.")
public final class LoadGenerator implements Callable<Integer> {

  static final String DEFAULT_MIX =
      "baseline, territories, territory, peers, peers-theme, similar, inspirations, search-text,"
          + " search-text-broad, search-facets, search-all";

  @Option(
      names = "--base-url",
      required = true,
      description = "The service, e.g. http://127.0.0.1:8080.")
  String baseUrl;

  @Option(
      names = "--mix",
      defaultValue = DEFAULT_MIX,
      description =
          "Kinds and weights: 'peers=2, search-all=0.5, baseline', or @FILE (default: every kind,"
              + " weight 1). Kinds: ${COMPLETION-CANDIDATES}.",
      completionCandidates = KindLabels.class)
  String mix;

  @Option(
      names = "--requests",
      defaultValue = "1000",
      description = "Measured requests in all, shared by weight (default ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--duration",
      defaultValue = "0",
      description = "Stop measuring after this many seconds (default: no limit).")
  double durationSeconds;

  @Option(
      names = "--warmup",
      defaultValue = "10",
      description = "Warm-up requests of each kind, not counted (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--warmup-budget",
      defaultValue = "30",
      description = "Seconds of warm-up each kind may take at most (default ${DEFAULT-VALUE}).")
  double warmupBudgetSeconds;

  @Option(
      names = "--budget",
      defaultValue = "0",
      description =
          "Seconds that the measured requests of one kind may take in all before the rest of that"
              + " kind are skipped (default: no limit).")
  double budgetSeconds;

  @Option(
      names = "--min-requests",
      defaultValue = "20",
      description =
          "Requests of each kind measured whatever the budget (default ${DEFAULT-VALUE}).")
  int minRequests;

  @Option(
      names = "--concurrency",
      defaultValue = "1",
      description = "Requests in flight at once (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default 42).")
  long seed;

  @Option(
      names = "--timeout",
      defaultValue = "300",
      description = "Seconds a request may take before it counts as an error (default 300).")
  double timeoutSeconds;

  @Option(
      names = "--practice-sample",
      defaultValue = "200",
      description = "Territories whose practices are the practice slugs (default 200).")
  int practiceSample;

  @Option(names = "--csv", description = "Write every request here (CSV).")
  Path csv;

  @Option(names = "--summary", description = "Write the per-kind figures here (tab-separated).")
  Path summary;

  @Option(names = "--title", description = "A line printed above the table.")
  String title;

  private HttpClient client;
  private long origin;

  /** The completion candidates of {@code --mix}: every kind's label. */
  static final class KindLabels extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    KindLabels() {
      super(RequestKind.labels());
    }
  }

  /** One planned request. */
  record Request(RequestKind kind, String path) {}

  /** One request sent: when (ms after the start), how long it took, and what came back. */
  record Sample(
      RequestKind kind,
      boolean warmup,
      double startMs,
      double latencyMs,
      int status,
      long bytes,
      String path) {

    boolean failed() {
      return status < 200 || status > 299;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (requests < 0 || warmup < 0 || concurrency < 1 || minRequests < 0 || practiceSample < 1) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          "--requests, --warmup and --min-requests must not be negative; --concurrency and"
              + " --practice-sample must be at least 1");
    }
    RequestMix requestMix = RequestMix.read(mix);
    origin = System.nanoTime();
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    SplittableRandom random = new SplittableRandom(seed);
    Targets targets = discover(requestMix, random.split());
    log(
        "%d territories (%d pages of 20); from a sample of territories, %d practice slugs and %d"
            + " territory-theme pairs; %d themes, %d words",
        targets.territories().size(),
        targets.territoryPages(),
        targets.practices().size(),
        targets.territoryThemes().size(),
        targets.themes().size(),
        targets.words().size());

    List<Request> warm = plan(requestMix.evenSchedule(warmup, random.split()), targets, random);
    List<Request> measured = plan(requestMix.schedule(requests, random.split()), targets, random);

    long warmStart = System.nanoTime();
    List<Sample> warmSamples = run(warm, true, warmupBudgetSeconds, 1, 0);
    log(
        "warm-up: %d requests in %.1f s",
        warmSamples.size(), (System.nanoTime() - warmStart) / 1e9);
    long start = System.nanoTime();
    List<Sample> samples = run(measured, false, budgetSeconds, minRequests, durationSeconds);
    double elapsed = (System.nanoTime() - start) / 1e9;

    Map<RequestKind, LatencyStats> stats = stats(requestMix.kinds(), samples);
    Map<RequestKind, Long> sizes = medianSizes(requestMix.kinds(), samples);
    printTable(requestMix, stats, sizes, samples.size(), elapsed);
    if (csv != null) {
      List<Sample> all = new ArrayList<>(warmSamples);
      all.addAll(samples);
      writeCsv(csv, all);
    }
    if (summary != null) {
      writeSummary(summary, stats, sizes, samples.size(), elapsed);
    }
    return 0;
  }

  /** Draws every path of a schedule, in order. */
  private static List<Request> plan(
      List<RequestKind> schedule, Targets targets, SplittableRandom random) {
    List<Request> plan = new ArrayList<>(schedule.size());
    for (RequestKind kind : schedule) {
      plan.add(new Request(kind, kind.path(targets, random)));
    }
    return plan;
  }

  // --- what to ask about -----------------------------------------------------------------------

  private Targets discover(RequestMix requestMix, SplittableRandom random) throws Exception {
    List<String> territories = new ArrayList<>();
    int pages = 1;
    long total = 0;
    for (int page = 1; page <= pages; page++) {
      JsonObject body = getJson("/api/territories?size=100&page=" + page);
      pages = body.get("pages").getAsNumber().value().intValue();
      total = body.get("total").getAsNumber().value().longValue();
      for (JsonValue territory : body.get("territories").getAsArray()) {
        territories.add(territory.getAsObject().get("slug").getAsString().value());
      }
    }
    List<String> sample = new ArrayList<>(territories);
    for (int i = sample.size() - 1; i > 0; i--) {
      Collections.swap(sample, i, random.nextInt(i + 1));
    }
    Set<String> practices = new LinkedHashSet<>();
    Set<String> territoryThemes = new LinkedHashSet<>();
    boolean needsSample =
        requestMix.weights().containsKey(RequestKind.SIMILAR)
            || requestMix.weights().containsKey(RequestKind.PEERS_THEME);
    int sampled = needsSample ? Math.min(practiceSample, sample.size()) : 0;
    for (String territory : sample.subList(0, sampled)) {
      JsonObject body = getJson("/api/territories/" + territory);
      for (JsonValue value : body.get("practices").getAsArray()) {
        JsonObject practice = value.getAsObject();
        practices.add(practice.get("slug").getAsString().value());
        for (JsonValue theme : practice.get("themes").getAsArray()) {
          territoryThemes.add(
              territory + "/" + theme.getAsObject().get("slug").getAsString().value());
        }
      }
    }
    return new Targets(
        territories,
        (int) ((total + 19) / 20),
        List.copyOf(practices),
        List.copyOf(territoryThemes),
        Vocabulary.themes(),
        Vocabulary.words());
  }

  private JsonObject getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.parse(response.body());
  }

  private HttpRequest request(String path) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMillis((long) (timeoutSeconds * 1000)))
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  // --- sending ---------------------------------------------------------------------------------

  /** The time the requests of one kind took, to stop sending that kind once over budget. */
  private static final class Spent {
    final AtomicLong nanos = new AtomicLong();
    final AtomicInteger count = new AtomicInteger();
  }

  private List<Sample> run(
      List<Request> plan, boolean warm, double budget, int minimum, double maxSeconds)
      throws InterruptedException {
    long budgetNanos = (long) (budget * 1e9);
    long deadline = maxSeconds > 0 ? System.nanoTime() + (long) (maxSeconds * 1e9) : Long.MAX_VALUE;
    Map<RequestKind, Spent> spent = new EnumMap<>(RequestKind.class);
    for (RequestKind kind : RequestKind.values()) {
      spent.put(kind, new Spent());
    }
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    ExecutorService workers = Executors.newFixedThreadPool(concurrency);
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      running.add(
          workers.submit(
              () -> {
                for (int i = next.getAndIncrement();
                    i < plan.size() && System.nanoTime() < deadline;
                    i = next.getAndIncrement()) {
                  Request request = plan.get(i);
                  Spent of = spent.get(request.kind());
                  if (budgetNanos > 0
                      && of.count.get() >= minimum
                      && of.nanos.get() >= budgetNanos) {
                    continue;
                  }
                  Sample sample = send(request, warm);
                  of.nanos.addAndGet((long) (sample.latencyMs() * 1e6));
                  of.count.incrementAndGet();
                  samples.add(sample);
                }
                return null;
              }));
    }
    workers.shutdown();
    try {
      for (Future<?> worker : running) {
        worker.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed", e.getCause());
    } finally {
      workers.shutdownNow();
      workers.awaitTermination(1, TimeUnit.MINUTES);
    }
    List<Sample> sorted = new ArrayList<>(samples);
    sorted.sort((a, b) -> Double.compare(a.startMs(), b.startMs()));
    return sorted;
  }

  private Sample send(Request request, boolean warm) {
    long start = System.nanoTime();
    int status;
    long bytes = 0;
    try {
      HttpResponse<InputStream> response =
          client.send(request(request.path()), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        bytes = body.transferTo(OutputStream.nullOutputStream());
      }
      status = response.statusCode();
    } catch (IOException e) {
      status = 0;
      log("%s %s failed: %s", request.kind().label(), request.path(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 0;
    }
    long end = System.nanoTime();
    if (status != 0 && (status < 200 || status > 299)) {
      log("%s %s answered %d", request.kind().label(), request.path(), status);
    }
    return new Sample(
        request.kind(),
        warm,
        (start - origin) / 1e6,
        (end - start) / 1e6,
        status,
        bytes,
        request.path());
  }

  // --- reporting -------------------------------------------------------------------------------

  static Map<RequestKind, LatencyStats> stats(List<RequestKind> kinds, List<Sample> samples) {
    Map<RequestKind, LatencyStats> stats = new EnumMap<>(RequestKind.class);
    for (RequestKind kind : kinds) {
      List<Double> latencies = new ArrayList<>();
      int errors = 0;
      for (Sample sample : samples) {
        if (sample.kind() == kind) {
          latencies.add(sample.latencyMs());
          errors += sample.failed() ? 1 : 0;
        }
      }
      stats.put(kind, LatencyStats.of(latencies, errors));
    }
    return stats;
  }

  private static Map<RequestKind, Long> medianSizes(List<RequestKind> kinds, List<Sample> samples) {
    Map<RequestKind, Long> sizes = new EnumMap<>(RequestKind.class);
    for (RequestKind kind : kinds) {
      double[] bytes =
          samples.stream()
              .filter(s -> s.kind() == kind)
              .mapToDouble(Sample::bytes)
              .sorted()
              .toArray();
      sizes.put(kind, bytes.length == 0 ? 0 : (long) LatencyStats.percentile(bytes, 50));
    }
    return sizes;
  }

  private void printTable(
      RequestMix requestMix,
      Map<RequestKind, LatencyStats> stats,
      Map<RequestKind, Long> sizes,
      int count,
      double elapsed) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    if (title != null) {
      out.println(title);
      out.println();
    }
    out.printf(
        Locale.ROOT,
        "%d requests in %.1f s (%.1f a second), concurrency %d, seed %d; mix: %s.%n%n",
        count,
        elapsed,
        count / Math.max(elapsed, 1e-9),
        concurrency,
        seed,
        requestMix);
    LatencyStats baseline = stats.get(RequestKind.BASELINE);
    out.println(
        "| kind | requests | errors | median (ms) | p90 (ms) | p99 (ms) | max (ms) |"
            + " median / baseline | p99 / baseline | median answer (KB) |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    stats.forEach(
        (kind, s) ->
            out.printf(
                Locale.ROOT,
                "| %s | %d | %d | %s | %s | %s | %s | %s | %s | %.1f |%n",
                kind.label(),
                s.count(),
                s.errors(),
                ms(s.medianMs()),
                ms(s.p90Ms()),
                ms(s.p99Ms()),
                ms(s.maxMs()),
                ratio(s.medianMs(), baseline == null ? Double.NaN : baseline.medianMs()),
                ratio(s.p99Ms(), baseline == null ? Double.NaN : baseline.p99Ms()),
                sizes.get(kind) / 1024.0));
    out.flush();
  }

  /** Milliseconds with three significant digits or more. */
  static String ms(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    if (value < 10) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    if (value < 100) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.0f", value);
  }

  private static String ratio(double value, double baseline) {
    if (Double.isNaN(value) || Double.isNaN(baseline) || baseline <= 0) {
      return "-";
    }
    return ms(value / baseline);
  }

  private static void writeCsv(Path file, List<Sample> samples) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("phase,kind,start_ms,latency_ms,status,bytes,path");
    for (Sample s : samples) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%s,%s,%.3f,%.3f,%d,%d,%s",
              s.warmup() ? "warmup" : "measured",
              s.kind().label(),
              s.startMs(),
              s.latencyMs(),
              s.status(),
              s.bytes(),
              s.path()));
    }
    write(file, lines);
  }

  private static void writeSummary(
      Path file,
      Map<RequestKind, LatencyStats> stats,
      Map<RequestKind, Long> sizes,
      int count,
      double elapsed)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "# requests=%d seconds=%.3f per-second=%.3f",
            count,
            elapsed,
            count / Math.max(elapsed, 1e-9)));
    lines.add("kind\tcount\terrors\tmedian_ms\tp90_ms\tp99_ms\tmax_ms\tmedian_bytes");
    stats.forEach(
        (kind, s) ->
            lines.add(
                String.format(
                    Locale.ROOT,
                    "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d",
                    kind.label(),
                    s.count(),
                    s.errors(),
                    s.medianMs(),
                    s.p90Ms(),
                    s.p99Ms(),
                    s.maxMs(),
                    sizes.get(kind))));
    write(file, lines);
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "[load] " + format + "%n", args);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new LoadGenerator()).execute(args));
  }
}
