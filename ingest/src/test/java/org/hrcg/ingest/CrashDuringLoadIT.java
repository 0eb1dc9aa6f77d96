package org.hrcg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.ingest.pipeline.Progress;
import org.hrcg.ingest.pipeline.Report;
import org.hrcg.model.store.ExportScope;
import org.hrcg.model.store.LoadedGraph;
import org.hrcg.model.store.TdbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed in the middle of a load leaves a store that opens and holds the old state.
 *
 * <p>The load runs in a child JVM, {@code hrcg ingest BIG.ttl --store DIR} through the command
 * line's {@code Main}, on the test's class path. The input is a valid case study of about 160,000
 * triples, generated here, so that writing it takes a few seconds. The kill ({@link
 * Process#destroyForcibly()}, SIGKILL) is timed from the progress line the command prints to
 * standard error when the file has been read and validated ({@code read FILE (N triples)}): from
 * then on the run does nothing but write. The delays are fractions (2% to 60%) of how long the
 * write took in a full load of the same file made once in this JVM at the start, so that the kills
 * land early, in the middle and late in the write, on a fast machine as on a slow one. That a kill
 * did land during the write is checked, not assumed: the child was killed (exit 137, not finished)
 * and the store's data files had been modified after the progress line.
 *
 * <p>After each kill the store is opened in this JVM (TDB2 recovers from its journal) and its
 * export must be the one taken before, byte for byte, and its revision the same. A child that
 * finished before its kill must have left the whole load, the same data as the reference load; so
 * must a child killed after its commit was durable but before it exited (its revision moved on):
 * nothing in between is ever accepted. Then a load run again to the end converges: the store holds
 * the whole load, one revision after the first state.
 */
class CrashDuringLoadIT {

  private static final Path GENEVA = Path.of("..", "data", "geneva-dialogue-2025.yaml");
  private static final String GENEVA_GRAPH = "https://w3id.org/hrcg/graph/geneva-dialogue-2025";
  private static final String BULK_SLUG = "crash-test-bulk-load";
  private static final String BULK_GRAPH = "https://w3id.org/hrcg/graph/" + BULK_SLUG;
  private static final String AGENT = "crash-test";

  /** Practices in the generated case study. */
  private static final int PRACTICES = 10_000;

  private static final long BULK_TRIPLES = BulkCaseStudy.triples(PRACTICES);

  /**
   * When to kill, as fractions of the write's measured duration after the progress line: twenty
   * kills, from the first moments of the write to past its expected end.
   */
  private static final double[] KILL_AT = {
    0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8,
    0.85, 0.9, 1.1
  };

  private static final Duration MIN_DELAY = Duration.ofMillis(50);
  private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(2);

  /** The exit code of a process killed by SIGKILL (128 + 9). */
  private static final int KILLED = 137;

  @TempDir static Path shared;

  @TempDir Path dir;

  /** The generated case study. */
  private static Path bulkFile;

  /** How long writing {@link #bulkFile} to a store took, in a full load in this JVM. */
  private static Duration writeTime;

  /**
   * The data of a store holding the first state plus a full load of {@link #bulkFile}: its N-Quads
   * export without the vocabulary and meta graphs, as sorted lines. The data has no blank nodes, so
   * two stores hold the same data exactly when these lines are equal.
   */
  private static List<String> loadedData;

  /**
   * A store's graphs, its export (every graph, N-Quads: data, vocabulary, load records) and its
   * revision.
   */
  private record State(List<String> graphs, byte[] export, long revision) {}

  /** What a child did that was killed after a delay. */
  private record Attempt(
      Duration delay, int exitCode, boolean storeFilesWritten, List<String> filesWritten) {

    boolean finished() {
      return exitCode == 0;
    }

    boolean killedWhileWriting() {
      return exitCode == KILLED && storeFilesWritten;
    }

    @Override
    public String toString() {
      return "kill after "
          + delay.toMillis()
          + " ms: "
          + (finished() ? "had finished" : "exit " + exitCode)
          + (storeFilesWritten
              ? ", store files written " + filesWritten
              : ", no store file written");
    }
  }

  @BeforeAll
  static void generateTheInputAndMeasureAFullLoad() throws Exception {
    bulkFile =
        BulkCaseStudy.write(shared.resolve("crash-test-bulk-load.ttl"), BULK_SLUG, PRACTICES);
    Path store = shared.resolve("reference-store");
    State first = loadFirstState(store);

    // The reference load runs in this JVM: it gives the fully loaded state and how long the write
    // takes, from the pipeline's "writing" call to the commit.
    try (TdbStore opened = TdbStore.open(store)) {
      long[] writeStart = new long[1];
      Progress progress =
          new Progress() {
            @Override
            public void fileDone(FileDone step) {}

            @Override
            public void writing(int graphs, long triples) {
              writeStart[0] = System.nanoTime();
            }
          };
      Report report =
          Ingest.builder().inputs(bulkFile).agent(AGENT).progress(progress).build().run(opened);
      writeTime = Duration.ofNanos(System.nanoTime() - writeStart[0]);
      assertThat(report.written())
          .as("a full load of the generated file is written; problems: %s", report.problems())
          .isTrue();
      assertThat(report.problems()).as("problems of the generated file").isEmpty();
      assertThat(report.triples()).as("triples read").isEqualTo(BULK_TRIPLES);
    }
    try (TdbStore opened = TdbStore.open(store)) {
      assertThat(opened.revision())
          .as("revision after one full load")
          .isEqualTo(first.revision() + 1);
      assertThat(opened.graphNames()).as("graphs after a full load").contains(BULK_GRAPH);
      loadedData = dataLines(opened);
    }
    assertThat(loadedData)
        .as("the data has no blank nodes, so that sorted lines compare it exactly")
        .noneMatch(line -> line.startsWith("_:") || line.contains(" _:"));
    assertThat(loadedData.stream().filter(line -> line.endsWith(" <" + BULK_GRAPH + "> .")))
        .as("triples of the generated case study in the store")
        .hasSize((int) BULK_TRIPLES);
  }

  @Test
  void loadsKilledDuringTheWriteLeaveTheStoreAsItWas() throws Exception {
    Path store = dir.resolve("store");
    State expected = loadFirstState(store);
    List<Attempt> attempts = new ArrayList<>();
    List<Attempt> afterCommit = new ArrayList<>();

    for (double fraction : KILL_AT) {
      Attempt attempt = loadAndKill(store, fraction);
      attempts.add(attempt);
      String context = "after attempt " + attempts.size() + " (" + attempt + ")";
      if (attempt.finished()) {
        // The child finished before the kill: then, and only then, the whole load may be there.
        expected = assertFullyLoaded(store, expected.revision() + 1, context);
      } else {
        assertThat(attempt.exitCode())
            .as("exit code %s: killed by SIGKILL, not failed otherwise", context)
            .isEqualTo(KILLED);
        if (holdsTheLoad(store, expected)) {
          // Killed after its commit was durable (while it closed the store or printed its
          // report): the load must then be there whole, the same data as the reference load.
          expected = assertFullyLoaded(store, expected.revision() + 1, context);
          afterCommit.add(attempt);
        } else {
          assertUnchanged(store, expected, context);
        }
      }
    }

    Figures.record(
        "CrashDuringLoadIT",
        "CrashDuringLoadIT: "
            + attempts.size()
            + " kills; "
            + attempts.stream()
                .filter(a -> a.killedWhileWriting() && !afterCommit.contains(a))
                .count()
            + " landed during the write, and the store was as before after each; "
            + afterCommit.size()
            + " came after the commit and found the whole load");
    assertThat(attempts)
        .as(
            "at least one kill must land during the write (the write took %d ms in the reference"
                + " load); attempts: %s",
            writeTime.toMillis(), attempts)
        .anyMatch(a -> a.killedWhileWriting() && !afterCommit.contains(a));
  }

  /**
   * Whether the store no longer holds exactly the state before the kill's load: its revision has
   * moved on, so the load committed (then it must be whole: {@link #assertFullyLoaded}).
   */
  private static boolean holdsTheLoad(Path store, State before) {
    try (TdbStore opened = TdbStore.open(store)) {
      return opened.revision() != before.revision();
    }
  }

  @Test
  void aLoadRunAgainAfterBeingKilledLoadsEverything() throws Exception {
    Path store = dir.resolve("store");
    State first = loadFirstState(store);
    Attempt killed = loadAndKill(store, 0.3);
    assertThat(killed.killedWhileWriting())
        .as("the first load must be killed during its write: %s", killed)
        .isTrue();
    assertUnchanged(store, first, "after the killed load (" + killed + ")");

    try (Child child = Child.start(bulkFile, store, dir.resolve("retry.out"))) {
      int code = child.awaitExit();
      assertThat(code).as("exit code of the load run again; %s", child).isZero();
      assertThat(child.stdout())
          .as("summary of the load run again")
          .startsWith(
              "loaded 1 graph (1 added, 0 replaced), "
                  + String.format(Locale.ROOT, "%,d", BULK_TRIPLES)
                  + " triples, 0 warnings");
    }
    assertFullyLoaded(store, first.revision() + 1, "after the load run again");
    try (TdbStore opened = TdbStore.open(store)) {
      LoadedGraph record = opened.loadRecord(BULK_GRAPH).orElseThrow();
      assertThat(record.record().agent()).as("agent of the load record").isEqualTo(AGENT);
      assertThat(record.record().file())
          .as("file of the load record")
          .isEqualTo(bulkFile.toString());
      assertThat(record.revision())
          .as("revision of the load record")
          .isEqualTo(first.revision() + 1);
    }
  }

  /**
   * Starts a load of the big file in a child, waits for the progress line that says reading and
   * validating are done, waits a fraction of the write's duration and kills the child.
   */
  private Attempt loadAndKill(Path store, double fraction) throws Exception {
    Duration delay = max(MIN_DELAY, Duration.ofNanos((long) (writeTime.toNanos() * fraction)));
    String name = String.format(Locale.ROOT, "kill-%03d", Math.round(fraction * 100));
    try (Child child = Child.start(bulkFile, store, dir.resolve(name + ".out"))) {
      child.awaitProgressLine();
      Map<Path, FileTime> atProgressLine = modificationTimes(store);
      TimeUnit.NANOSECONDS.sleep(delay.toNanos());
      child.process.destroyForcibly();
      int code = child.awaitExit();
      Map<Path, FileTime> afterKill = modificationTimes(store);
      List<String> written =
          afterKill.entrySet().stream()
              .filter(e -> !e.getValue().equals(atProgressLine.get(e.getKey())))
              .map(e -> store.relativize(e.getKey()).toString())
              .sorted()
              .toList();
      return new Attempt(delay, code, !written.isEmpty(), written);
    }
  }

  /** Loads the bundled Geneva case study in this JVM, through the pipeline; returns the state. */
  private static State loadFirstState(Path store) {
    try (TdbStore opened = TdbStore.open(store)) {
      Report report = Ingest.builder().inputs(GENEVA).agent(AGENT).build().run(opened);
      assertThat(report.written())
          .as("the first state is written; problems: %s", report.problems())
          .isTrue();
      assertThat(opened.graphNames()).as("graphs of the first state").contains(GENEVA_GRAPH);
      return stateOf(opened);
    }
  }

  /** Opens the store and checks that it holds exactly the state given. */
  private static void assertUnchanged(Path store, State expected, String context) {
    try (TdbStore opened = TdbStore.open(store)) {
      assertThat(opened.graphNames())
          .as("graphs %s: the killed load must leave no trace", context)
          .isEqualTo(expected.graphs());
      assertThat(opened.revision()).as("revision %s", context).isEqualTo(expected.revision());
      assertSameBytes(stateOf(opened).export(), expected.export(), "export " + context);
    }
  }

  /** Opens the store and checks that it holds the whole load; returns its state. */
  private static State assertFullyLoaded(Path store, long revision, String context) {
    try (TdbStore opened = TdbStore.open(store)) {
      assertThat(opened.revision()).as("revision %s", context).isEqualTo(revision);
      assertSameLines(dataLines(opened), loadedData, "data " + context);
      return stateOf(opened);
    }
  }

  private static State stateOf(TdbStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out, Lang.NQUADS, ExportScope.ALL);
    return new State(store.graphNames(), out.toByteArray(), store.revision());
  }

  /** The store's N-Quads export of the data graphs, as sorted lines. */
  private static List<String> dataLines(TdbStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out, Lang.NQUADS, ExportScope.DATA);
    List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
    lines.sort(null);
    return lines;
  }

  /** Fails with the first line that differs, rather than with two lists of 160,000 lines. */
  private static void assertSameLines(List<String> actual, List<String> expected, String what) {
    if (actual.equals(expected)) {
      return;
    }
    int line = 0;
    while (line < actual.size()
        && line < expected.size()
        && actual.get(line).equals(expected.get(line))) {
      line++;
    }
    fail(
        "%s is not the data of a full load (%d quads, expected %d); first difference in sorted"
            + " order:%n  expected: %s%n  actual:   %s",
        what,
        actual.size(),
        expected.size(),
        line < expected.size() ? expected.get(line) : "<end>",
        line < actual.size() ? actual.get(line) : "<end>");
  }

  /** Fails with the first line that differs, rather than with two arrays of a megabyte each. */
  private static void assertSameBytes(byte[] actual, byte[] expected, String what) {
    if (Arrays.equals(actual, expected)) {
      return;
    }
    String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
    String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    int line = 0;
    while (line < a.length && line < e.length && a[line].equals(e[line])) {
      line++;
    }
    fail(
        "%s differs from the state before the load (%d bytes, expected %d) at line %d:%n"
            + "  expected: %s%n  actual:   %s",
        what,
        actual.length,
        expected.length,
        line + 1,
        line < e.length ? e[line] : "<end>",
        line < a.length ? a[line] : "<end>");
  }

  /** The last-modified time of each file of the store but its lock files, which opening writes. */
  private static Map<Path, FileTime> modificationTimes(Path store) {
    Map<Path, FileTime> times = new HashMap<>();
    try (Stream<Path> files = Files.walk(store)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().equals("tdb.lock")) {
          times.put(file, Files.getLastModifiedTime(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return times;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * {@code hrcg ingest FILE --store DIR} in a child JVM: the same java binary and class path as
   * this test. Standard output goes to a file; standard error is read as it comes, split at line
   * ends and carriage returns, to see the progress line as soon as it starts.
   */
  private static final class Child implements AutoCloseable {

    final Process process;
    private final Path stdoutFile;
    private final StringBuffer stderr = new StringBuffer();
    private final CompletableFuture<Long> progressLine = new CompletableFuture<>();
    private final Thread reader;

    private Child(Process process, Path stdoutFile) {
      this.process = process;
      this.stdoutFile = stdoutFile;
      this.reader = new Thread(this::readStderr, "child-stderr-" + process.pid());
      reader.setDaemon(true);
      reader.start();
    }

    static Child start(Path input, Path store, Path stdoutFile) throws IOException {
      String java =
          ProcessHandle.current()
              .info()
              .command()
              .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
      List<String> command =
          List.of(
              java,
              "-cp",
              System.getProperty("java.class.path"),
              "org.hrcg.ingest.cli.Main",
              "ingest",
              input.toString(),
              "--store",
              store.toString(),
              "--agent",
              AGENT);
      Process process = new ProcessBuilder(command).redirectOutput(stdoutFile.toFile()).start();
      process.getOutputStream().close();
      return new Child(process, stdoutFile);
    }

    /**
     * Waits for the line that says the file was read and validated: {@code read FILE (N triples)}
     * when standard error is not a terminal (here), {@code writing ...} on a terminal.
     *
     * @return when it came, as {@link System#nanoTime()}
     */
    long awaitProgressLine() throws Exception {
      CompletableFuture<Object> first =
          CompletableFuture.anyOf(progressLine, process.onExit().thenApply(p -> "exit"));
      try {
        first.get(CHILD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        fail("no progress line from the child in %s; %s", CHILD_TIMEOUT, this);
      }
      if (!progressLine.isDone()) {
        reader.join(TimeUnit.SECONDS.toMillis(10));
        if (!progressLine.isDone()) {
          fail("the child ended before reading its input; %s", this);
        }
      }
      return progressLine.get();
    }

    int awaitExit() throws InterruptedException {
      if (!process.waitFor(CHILD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        fail("the child did not end in %s; %s", CHILD_TIMEOUT, this);
      }
      reader.join(TimeUnit.SECONDS.toMillis(10));
      return process.exitValue();
    }

    String stdout() {
      try {
        return Files.readString(stdoutFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void readStderr() {
      try (Reader in = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
          stderr.append((char) c);
          if (c == '\n' || c == '\r') {
            line.setLength(0);
            continue;
          }
          line.append((char) c);
          // A terminal's "writing ..." is redrawn in place and ends with no line end: match the
          // start of a line, not a whole line.
          if ("read ".contentEquals(line) || "writing ".contentEquals(line)) {
            progressLine.complete(System.nanoTime());
          }
        }
      } catch (IOException e) {
        // The child was killed: its standard error ends here.
      }
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        process.destroyForcibly();
        process.waitFor(CHILD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
      reader.join(TimeUnit.SECONDS.toMillis(10));
    }

    @Override
    public String toString() {
      String err = stderr.toString();
      return "child "
          + process.pid()
          + (process.isAlive() ? " (running)" : " (exit " + process.exitValue() + ")")
          + ", stderr: "
          + (err.length() > 2000 ? err.substring(0, 2000) + "..." : err);
    }
  }
}
