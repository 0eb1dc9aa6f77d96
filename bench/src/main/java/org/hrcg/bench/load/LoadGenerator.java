package org.hrcg.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.LinkedHashMap;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Sends a mix of requests to a running service over HTTP and reports, for each kind, the latencies
 * (count, median, 90th and 99th percentiles and maximum), the answers by status, the documented
 * refusals by reason and the failures ({@link Outcome}), as a Markdown table (stdout), a
 * tab-separated summary and a CSV of every request. The service is a separate process, reached only
 * through HTTP: its JSON API, its SPARQL endpoint and its linked-data pages.
 *
 * <p>First it learns what to ask about: every territory slug ({@code GET /api/territories}, page by
 * page) and the practice slugs of a random sample of territories ({@code GET
 * /api/territories/{slug}}), when the mix has kinds that need them; themes and search words come
 * from the concept schemes ({@link Vocabulary}), SPARQL queries from {@link QueryCatalog}. Then a
 * warm-up (a few requests of each kind, not counted) and the measured run, in one of two modes:
 *
 * <ul>
 *   <li>by count ({@code --requests}): the requests are shared among the kinds by weight and sent
 *       in an order shuffled with the seed, so that a change in the machine's load falls on every
 *       kind alike; every path is drawn before the first request is sent, so that the same seed and
 *       the same data always send the same requests, whatever the concurrency. A budget caps slow
 *       kinds: once the requests of one kind have taken that many seconds in all (and at least
 *       {@code --min-requests} of them were measured), the rest of that kind are skipped.
 *   <li>by duration ({@code --duration}): {@code --concurrency} clients in a closed loop, each
 *       sending its next request as soon as its last one is answered, for a fixed time; each client
 *       draws its kinds by weight from a random source of its own, split from the seed. Some
 *       clients may send one kind only ({@code --dedicated-clients sparql-heavy=2}), so that slow
 *       kinds run all along without taking every client. A request sent before the time is up is
 *       waited for and counted.
 * </ul>
 *
 * With {@code --health-every}, a thread checks {@code /actuator/health} at that rate during the
 * measured run ({@link HealthPoller}).
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = "Sends a seeded mix of requests to the service and reports latencies per kind.")
public final class LoadGenerator implements Callable<Integer> {

  static final String DEFAULT_MIX =
      "baseline, territories, territory, peers, peers-theme, similar, inspirations, search-text,"
          + " search-text-broad, search-facets, search-all";

  @Spec CommandSpec spec;

  @Option(
      names = "--base-url",
      required = true,
      description = "The service, e.g. http://127.0.0.1:8080.")
  String baseUrl;

  @Option(
      names = "--mix",
      defaultValue = DEFAULT_MIX,
      description =
          "Kinds and weights: 'peers=2, search-all=0.5, baseline', or @FILE (default: the JSON API"
              + " kinds, weight 1). Kinds: ${COMPLETION-CANDIDATES}.",
      completionCandidates = KindLabels.class)
  String mix;

  @Option(
      names = "--requests",
      defaultValue = "1000",
      description = "Measured requests in all, shared by weight (default ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--duration",
      converter = DurationText.class,
      description =
          "Instead of --requests: run closed-loop clients for this long (30s, 2m, or seconds).")
  Duration duration;

  @Option(
      names = "--dedicated-clients",
      description =
          "With --duration: clients that send one kind only, 'sparql-heavy=2'; the other clients"
              + " send the rest of the mix.")
  String dedicatedClients;

  @Option(
      names = "--think-time",
      converter = DurationText.class,
      description =
          "With --duration: each client pauses before each request for a random time of this mean"
              + " (exponentially distributed, at most ten times the mean; default: no pause).")
  Duration thinkTime;

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
          "By count: seconds that the measured requests of one kind may take in all before the"
              + " rest of that kind are skipped (default: no limit).")
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
      description =
          "Seconds a request may take before it counts as failed, client-timeout (default 300).")
  double timeoutSeconds;

  @Option(
      names = "--practice-sample",
      defaultValue = "200",
      description = "Territories whose practices are the practice slugs (default 200).")
  int practiceSample;

  @Option(
      names = "--sparql-path",
      defaultValue = Targets.DEFAULT_SPARQL_PATH,
      description =
          "The SPARQL query endpoint's path (default ${DEFAULT-VALUE}; a bare Fuseki: /ds/query).")
  String sparqlPath;

  @Option(
      names = "--queries",
      description =
          "The queries of sparql-cheap: a directory of .rq files, .rq files, or names of"
              + " competency questions, comma-separated (default: every competency question).")
  String cheapQueries;

  @Option(
      names = "--heavy-queries",
      description =
          "The queries of sparql-heavy, given as for --queries (default: the bundled heavy"
              + " queries).")
  String heavyQueries;

  @Option(
      names = "--header",
      paramLabel = "'NAME: VALUE'",
      description = "A header sent with every request; may be repeated.")
  List<String> headers = new ArrayList<>();

  @Option(
      names = "--health-every",
      converter = DurationText.class,
      description = "Check /actuator/health at this rate during the measured run (e.g. 1s).")
  Duration healthEvery;

  @Option(names = "--csv", description = "Write every request here (CSV).")
  Path csv;

  @Option(names = "--summary", description = "Write the per-kind figures here (tab-separated).")
  Path summary;

  @Option(names = "--title", description = "A line printed above the table.")
  String title;

  private HttpClient client;
  private long origin;
  private final Map<String, String> extraHeaders = new LinkedHashMap<>();
  private LoadReport report;
  private String markdown;
  private List<Sample> samples = List.of();

  /** The completion candidates of {@code --mix}: every kind's label. */
  static final class KindLabels extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    KindLabels() {
      super(RequestKind.labels());
    }
  }

  /** The figures of the last measured run, or null before one has ended. */
  LoadReport report() {
    return report;
  }

  @Override
  public Integer call() throws Exception {
    if (requests < 0 || warmup < 0 || concurrency < 1 || minRequests < 0 || practiceSample < 1) {
      throw usage(
          "--requests, --warmup and --min-requests must not be negative; --concurrency and"
              + " --practice-sample must be at least 1");
    }
    if (duration != null && (duration.isZero() || duration.isNegative())) {
      throw usage("--duration must be positive");
    }
    if (duration != null && spec.commandLine().getParseResult().hasMatchedOption("--requests")) {
      throw usage("--duration and --requests are two modes: give one of them");
    }
    if (thinkTime != null && (duration == null || thinkTime.isNegative())) {
      throw usage("--think-time needs --duration, and must not be negative");
    }
    if (healthEvery != null && (healthEvery.isZero() || healthEvery.isNegative())) {
      throw usage("--health-every must be positive");
    }
    if (!(timeoutSeconds > 0)) {
      throw usage("--timeout must be positive");
    }
    RequestMix requestMix;
    Map<RequestKind, Integer> dedicated;
    try {
      requestMix = RequestMix.read(mix);
      dedicated = dedicated(requestMix);
      readHeaders();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
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
            + " territory-theme pairs; %d themes, %d words; %d cheap and %d heavy queries",
        targets.territories().size(),
        targets.territoryPages(),
        targets.practices().size(),
        targets.territoryThemes().size(),
        targets.themes().size(),
        targets.words().size(),
        targets.cheapQueries().size(),
        targets.heavyQueries().size());

    List<Request> warm = plan(requestMix.evenSchedule(warmup, random.split()), targets, random);
    List<Request> measured =
        duration == null
            ? plan(requestMix.schedule(requests, random.split()), targets, random)
            : List.of();

    long warmStart = System.nanoTime();
    List<Sample> warmSamples = run(warm, true, warmupBudgetSeconds, 1);
    log(
        "warm-up: %d requests in %.1f s",
        warmSamples.size(), (System.nanoTime() - warmStart) / 1e9);
    HealthPoller health =
        healthEvery == null
            ? null
            : new HealthPoller(
                client,
                base(),
                healthEvery,
                Duration.ofMillis(Math.max(1000, Math.min(5000, healthEvery.toMillis() * 5))));
    if (health != null) {
      health.start();
    }
    long start = System.nanoTime();
    samples =
        duration == null
            ? run(measured, false, budgetSeconds, minRequests)
            : runFor(duration, requestMix, dedicated, targets, random.split());
    double elapsed = (System.nanoTime() - start) / 1e9;
    HealthFigures healthFigures = health == null ? null : health.stop();

    List<KindFigures> figures = new ArrayList<>();
    for (RequestKind kind : requestMix.kinds()) {
      figures.add(KindFigures.of(kind, samples));
    }
    report = new LoadReport(figures, samples.size(), elapsed, concurrency, healthFigures);
    printTable(requestMix, dedicated, report);
    if (csv != null) {
      List<Sample> all = new ArrayList<>(warmSamples);
      all.addAll(samples);
      writeCsv(csv, all);
    }
    if (summary != null) {
      writeSummary(summary, report);
    }
    return 0;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** The clients of {@code --dedicated-clients}, by kind, in the order given. */
  private Map<RequestKind, Integer> dedicated(RequestMix requestMix) {
    Map<RequestKind, Integer> dedicated = new LinkedHashMap<>();
    if (dedicatedClients == null || dedicatedClients.isBlank()) {
      return dedicated;
    }
    if (duration == null) {
      throw new IllegalArgumentException("--dedicated-clients needs --duration");
    }
    int total = 0;
    for (Map.Entry<RequestKind, Double> entry :
        RequestMix.parse(dedicatedClients).weights().entrySet()) {
      double clients = entry.getValue();
      if (clients != Math.rint(clients)) {
        throw new IllegalArgumentException(
            "--dedicated-clients: "
                + entry.getKey().label()
                + "="
                + clients
                + " is not a whole number of clients");
      }
      if (!requestMix.weights().containsKey(entry.getKey())) {
        throw new IllegalArgumentException(
            "--dedicated-clients: " + entry.getKey().label() + " is not in the mix " + requestMix);
      }
      dedicated.put(entry.getKey(), (int) clients);
      total += (int) clients;
    }
    if (total > concurrency) {
      throw new IllegalArgumentException(
          "--dedicated-clients: " + total + " clients, more than --concurrency " + concurrency);
    }
    if (total == concurrency && !dedicated.keySet().containsAll(requestMix.kinds())) {
      throw new IllegalArgumentException(
          "--dedicated-clients: every client is dedicated, so the other kinds of the mix would"
              + " never be sent");
    }
    if (total < concurrency) {
      requestMix.without(dedicated.keySet());
    }
    return dedicated;
  }

  private void readHeaders() {
    for (String header : headers) {
      int colon = header.indexOf(':');
      String name = colon > 0 ? header.substring(0, colon).strip() : "";
      if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "--header '" + header + "' is not of the form 'Name: value'");
      }
      String value = header.substring(colon + 1).strip();
      try {
        HttpRequest.newBuilder(URI.create("http://localhost/")).header(name, value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--header '" + header + "': " + e.getMessage() + " (the HTTP client sets it itself)",
            e);
      }
      extraHeaders.put(name, value);
    }
  }

  /** Draws every request of a schedule, in order. */
  private static List<Request> plan(
      List<RequestKind> schedule, Targets targets, SplittableRandom random) {
    List<Request> plan = new ArrayList<>(schedule.size());
    for (RequestKind kind : schedule) {
      plan.add(kind.request(targets, random));
    }
    return plan;
  }

  // --- what to ask about -----------------------------------------------------------------------

  private Targets discover(RequestMix requestMix, SplittableRandom random) throws Exception {
    List<RequestKind> kinds = requestMix.kinds();
    List<String> territories = new ArrayList<>();
    int pages = kinds.stream().anyMatch(RequestKind::needsTerritories) ? 1 : 0;
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
    boolean needsSample = kinds.stream().anyMatch(RequestKind::needsPracticeSample);
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
    List<NamedQuery> cheap = List.of();
    List<NamedQuery> heavy = List.of();
    try {
      if (kinds.contains(RequestKind.SPARQL_CHEAP)) {
        cheap = QueryCatalog.select(cheapQueries, QueryCatalog.competencyQuestions());
      }
      if (kinds.contains(RequestKind.SPARQL_HEAVY)) {
        heavy = QueryCatalog.select(heavyQueries, QueryCatalog.heavyQueries());
      }
    } catch (IllegalArgumentException e) {
      throw usage("--queries or --heavy-queries: " + e.getMessage());
    }
    return new Targets(
        territories,
        (int) ((total + 19) / 20),
        List.copyOf(practices),
        List.copyOf(territoryThemes),
        Vocabulary.themes(),
        Vocabulary.words(),
        sparqlPath,
        cheap,
        heavy);
  }

  private JsonObject getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            request(path, RequestKind.JSON),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.parse(response.body());
  }

  private String base() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  private HttpRequest request(String path, String accept) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base() + path))
            .timeout(Duration.ofMillis((long) (timeoutSeconds * 1000)))
            .header("Accept", accept)
            .GET();
    extraHeaders.forEach(builder::setHeader);
    return builder.build();
  }

  // --- sending ---------------------------------------------------------------------------------

  /** The time the requests of one kind took, to stop sending that kind once over budget. */
  private static final class Spent {
    final AtomicLong nanos = new AtomicLong();
    final AtomicInteger count = new AtomicInteger();
  }

  /** Sends a planned list of requests, {@code --concurrency} at a time. */
  private List<Sample> run(List<Request> plan, boolean warm, double budget, int minimum)
      throws InterruptedException {
    long budgetNanos = (long) (budget * 1e9);
    Map<RequestKind, Spent> spent = new EnumMap<>(RequestKind.class);
    for (RequestKind kind : RequestKind.values()) {
      spent.put(kind, new Spent());
    }
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<Sample> collected = new ConcurrentLinkedQueue<>();
    List<Callable<Void>> clients = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      clients.add(
          () -> {
            for (int i = next.getAndIncrement(); i < plan.size(); i = next.getAndIncrement()) {
              Request request = plan.get(i);
              Spent of = spent.get(request.kind());
              if (budgetNanos > 0 && of.count.get() >= minimum && of.nanos.get() >= budgetNanos) {
                continue;
              }
              Sample sample = send(request, warm);
              of.nanos.addAndGet((long) (sample.latencyMs() * 1e6));
              of.count.incrementAndGet();
              collected.add(sample);
            }
            return null;
          });
    }
    return runClients(clients, collected);
  }

  /**
   * Runs {@code --concurrency} closed-loop clients until the time is up: the first clients send
   * only their dedicated kind, the others draw from the rest of the mix.
   */
  private List<Sample> runFor(
      Duration length,
      RequestMix requestMix,
      Map<RequestKind, Integer> dedicated,
      Targets targets,
      SplittableRandom random)
      throws InterruptedException {
    long deadline = System.nanoTime() + length.toNanos();
    List<RequestMix> mixes = new ArrayList<>();
    dedicated.forEach((kind, clients) -> mixes.addAll(Collections.nCopies(clients, single(kind))));
    if (mixes.size() < concurrency) {
      RequestMix rest = requestMix.without(dedicated.keySet());
      mixes.addAll(Collections.nCopies(concurrency - mixes.size(), rest));
    }
    ConcurrentLinkedQueue<Sample> collected = new ConcurrentLinkedQueue<>();
    List<Callable<Void>> clients = new ArrayList<>();
    for (RequestMix own : mixes) {
      SplittableRandom r = random.split();
      clients.add(
          () -> {
            while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
              long pause = pauseNanos(r);
              if (pause > 0) {
                if (System.nanoTime() + pause >= deadline) {
                  break;
                }
                TimeUnit.NANOSECONDS.sleep(pause);
              }
              collected.add(send(own.draw(r).request(targets, r), false));
            }
            return null;
          });
    }
    return runClients(clients, collected);
  }

  /** A client's pause before its next request: exponential, of mean {@code --think-time}. */
  private long pauseNanos(SplittableRandom r) {
    if (thinkTime == null || thinkTime.isZero()) {
      return 0;
    }
    double mean = thinkTime.toNanos();
    return (long) Math.min(10 * mean, -mean * Math.log(1 - r.nextDouble()));
  }

  private static RequestMix single(RequestKind kind) {
    return new RequestMix(Map.of(kind, 1.0));
  }

  private static List<Sample> runClients(
      List<Callable<Void>> clients, ConcurrentLinkedQueue<Sample> collected)
      throws InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(clients.size());
    try {
      List<Future<Void>> running = new ArrayList<>();
      for (Callable<Void> client : clients) {
        running.add(workers.submit(client));
      }
      for (Future<Void> worker : running) {
        worker.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a client failed", e.getCause());
    } finally {
      workers.shutdownNow();
      workers.awaitTermination(1, TimeUnit.MINUTES);
    }
    List<Sample> sorted = new ArrayList<>(collected);
    sorted.sort((a, b) -> Double.compare(a.startMs(), b.startMs()));
    return sorted;
  }

  private Sample send(Request request, boolean warm) {
    long start = System.nanoTime();
    int status = 0;
    long bytes = 0;
    Outcome outcome;
    try {
      HttpResponse<InputStream> response =
          client.send(
              request(request.path(), request.accept()), HttpResponse.BodyHandlers.ofInputStream());
      status = response.statusCode();
      byte[] head = null;
      try (InputStream body = response.body()) {
        if (Outcome.needsBody(status)) {
          head = body.readNBytes(Outcome.MAX_PROBLEM_BYTES);
          bytes = head.length;
        }
        bytes += body.transferTo(OutputStream.nullOutputStream());
      }
      outcome =
          Outcome.ofAnswer(
              status, response.headers().firstValue("Content-Type").orElse(null), head);
    } catch (IOException e) {
      outcome = Outcome.ofError(e);
      log("%s %s failed: %s", request.kind().label(), request.shown(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = Outcome.ofError(e);
    }
    long end = System.nanoTime();
    if (outcome.type() == Outcome.Type.FAILED && status != 0) {
      log("%s %s answered %d", request.kind().label(), request.shown(), status);
    }
    return new Sample(
        request.kind(),
        warm,
        (start - origin) / 1e6,
        (end - start) / 1e6,
        status,
        outcome,
        bytes,
        request.shown());
  }

  // --- reporting -------------------------------------------------------------------------------

  /**
   * The latencies of the last measured run's requests of these kinds taken together, their failures
   * as errors.
   */
  LatencyStats latency(Set<RequestKind> kinds) {
    List<Double> latencies = new ArrayList<>();
    int failed = 0;
    for (Sample sample : samples) {
      if (kinds.contains(sample.kind())) {
        latencies.add(sample.latencyMs());
        failed += sample.failed() ? 1 : 0;
      }
    }
    return LatencyStats.of(latencies, failed);
  }

  /** The Markdown report of the last measured run (what was printed), or null before one. */
  String markdown() {
    return markdown;
  }

  private void printTable(
      RequestMix requestMix, Map<RequestKind, Integer> dedicated, LoadReport figures) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    if (title != null) {
      out.println(title);
      out.println();
    }
    String mode =
        duration == null
            ? ""
            : String.format(
                Locale.ROOT,
                "; closed-loop clients for %s%s%s",
                duration.toMillis() % 1000 == 0
                    ? duration.toSeconds() + " s"
                    : duration.toMillis() + " ms",
                thinkTime == null ? "" : ", thinking " + thinkTime.toMillis() + " ms on average",
                dedicated.isEmpty() ? "" : ", dedicated: " + dedicated(dedicated));
    out.printf(
        Locale.ROOT,
        "%d requests in %.1f s (%.1f a second), concurrency %d, seed %d; mix: %s%s.%n",
        figures.requests(),
        figures.seconds(),
        figures.requests() / Math.max(figures.seconds(), 1e-9),
        figures.concurrency(),
        seed,
        requestMix,
        mode);
    out.printf(
        Locale.ROOT,
        "%d refused by a documented limit (%s), %d failed (%s).%n",
        figures.refused(),
        KindFigures.counts(figures.refusals()),
        figures.failed(),
        KindFigures.counts(figures.failures()));
    if (figures.health() != null) {
      HealthFigures health = figures.health();
      out.printf(
          Locale.ROOT,
          "Health: %d of %d checks up, median %s ms, max %s ms%s.%n",
          health.up(),
          health.checks(),
          ms(health.latency().medianMs()),
          ms(health.latency().maxMs()),
          health.problems().isEmpty() ? "" : "; " + String.join("; ", health.problems()));
    }
    out.println();
    KindFigures baseline =
        figures.kinds().stream()
            .filter(k -> k.kind() == RequestKind.BASELINE)
            .findFirst()
            .orElse(null);
    double baselineMedian = baseline == null ? Double.NaN : baseline.latency().medianMs();
    double baselineP99 = baseline == null ? Double.NaN : baseline.latency().p99Ms();
    out.println(
        "| kind | requests | failed | refused | median (ms) | p90 (ms) | p99 (ms) | max (ms) |"
            + " median / baseline | p99 / baseline | median answer (KB) | statuses |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (KindFigures k : figures.kinds()) {
      LatencyStats s = k.latency();
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %.1f | %s |%n",
          k.kind().label(),
          s.count(),
          k.failed(),
          k.refused(),
          ms(s.medianMs()),
          ms(s.p90Ms()),
          ms(s.p99Ms()),
          ms(s.maxMs()),
          ratio(s.medianMs(), baselineMedian),
          ratio(s.p99Ms(), baselineP99),
          k.medianBytes() / 1024.0,
          KindFigures.counts(k.statuses()));
    }
    out.flush();
    markdown = text.toString();
    PrintWriter stdout = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    stdout.print(markdown);
    stdout.flush();
  }

  private static String dedicated(Map<RequestKind, Integer> dedicated) {
    List<String> parts = new ArrayList<>();
    dedicated.forEach((kind, n) -> parts.add(n + " " + kind.label()));
    return String.join(", ", parts);
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
    lines.add("phase,kind,start_ms,latency_ms,status,outcome,bytes,request");
    for (Sample s : samples) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%s,%s,%.3f,%.3f,%d,%s,%d,%s",
              s.warmup() ? "warmup" : "measured",
              s.kind().label(),
              s.startMs(),
              s.latencyMs(),
              s.status(),
              s.outcome().toString().replace(": ", ":"),
              s.bytes(),
              s.shown()));
    }
    write(file, lines);
  }

  /**
   * The per-kind figures, tab-separated: the first eight columns as they always were ({@code
   * errors} are the failures), then the documented refusals and the answers by status, by reason
   * and by cause.
   */
  private static void writeSummary(Path file, LoadReport figures) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "# requests=%d seconds=%.3f per-second=%.3f",
            figures.requests(),
            figures.seconds(),
            figures.requests() / Math.max(figures.seconds(), 1e-9)));
    lines.add(
        "kind\tcount\terrors\tmedian_ms\tp90_ms\tp99_ms\tmax_ms\tmedian_bytes\trefused\tstatuses"
            + "\trefusals\tfailures");
    for (KindFigures k : figures.kinds()) {
      LatencyStats s = k.latency();
      lines.add(
          String.format(
              Locale.ROOT,
              "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%s\t%s\t%s",
              k.kind().label(),
              s.count(),
              k.failed(),
              s.medianMs(),
              s.p90Ms(),
              s.p99Ms(),
              s.maxMs(),
              k.medianBytes(),
              k.refused(),
              KindFigures.counts(k.statuses()),
              KindFigures.counts(k.refusals()),
              KindFigures.counts(k.failures())));
    }
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
