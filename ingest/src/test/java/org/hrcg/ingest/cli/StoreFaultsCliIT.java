package org.hrcg.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.hrcg.ingest.BulkCaseStudy;
import org.hrcg.ingest.Figures;
import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.ingest.testing.Restricted;
import org.hrcg.model.store.ExportScope;
import org.hrcg.model.store.TdbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hrcg} as a child process on a store it may not write and on a disk that fills: one line on
 * standard error that names the store's directory and the cause, exit 1, and nothing written. The
 * store it may not write is one that root loaded, the command run as {@code nobody} ({@code
 * setpriv}; the tests run as root, whom no file mode stops), which {@code query} and {@code export}
 * still read, from a copy; the full disk is a limit on the size of the files the command writes
 * ({@code ulimit -f}), which a large load passes.
 */
class StoreFaultsCliIT {

  static final String GENEVA = "geneva-dialogue-2025.yaml";
  static final long LIMIT_KIB = 1024;
  static final int PRACTICES = 4_000;

  @TempDir static Path work;

  /** The command line's jar and libraries, and the bundled case study, where nobody reads them. */
  static String classPath;

  static Path geneva;

  /** What a run printed. */
  record Run(int code, String out, String err) {
    List<String> errorLines() {
      return err.lines().toList();
    }
  }

  @BeforeAll
  static void copyWhatTheCommandReads() throws IOException {
    Path jar;
    try (Stream<Path> jars = Files.list(Path.of("target"))) {
      jar =
          jars.filter(
                  p -> p.getFileName().toString().matches("hrcg-ingest-[^-]+(-SNAPSHOT)?\\.jar"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no jar in target/: run mvn package"));
    }
    List<Path> libraries;
    try (Stream<Path> files = Files.list(Path.of("target", "lib"))) {
      libraries = files.sorted().toList();
    }
    Path cli = work.resolve("cli");
    Restricted.readableCopies(cli, List.of(jar));
    Restricted.readableCopies(cli.resolve("lib"), libraries);
    classPath = cli.resolve(jar.getFileName()) + ":" + cli.resolve("lib") + "/*";
    geneva =
        Restricted.readableCopies(
                work.resolve("data"), List.of(Path.of("..", "data", GENEVA).toAbsolutePath()))
            .get(0);
    Restricted.share(work);
  }

  @Test
  void writesToAStoreTheUserMayNotWriteFailInOneLine() throws Exception {
    assumeNobody();
    Path store = loadedStore(work.resolve("owned-by-root"));
    byte[] before = export(store);

    Run ingest =
        run(Restricted::asNobody, "ingest", geneva.toString(), "--store", store.toString());
    assertThat(ingest.code()).as(ingest.err()).isEqualTo(1);
    assertThat(ingest.errorLines())
        .containsExactly(
            "hrcg ingest: error: the store "
                + store
                + " cannot be written by user nobody (the directory is not writable: Permission"
                + " denied); nothing was written");

    Run withdraw =
        run(Restricted::asNobody, "withdraw", "geneva-dialogue-2025", "--store", store.toString());
    assertThat(withdraw.code()).as(withdraw.err()).isEqualTo(1);
    assertThat(withdraw.errorLines())
        .singleElement()
        .asString()
        .startsWith(
            "hrcg withdraw: error: the store " + store + " cannot be written by user nobody");

    assertThat(export(store)).as("the store's export, byte for byte").isEqualTo(before);
  }

  @Test
  void anIngestWhereTheStoreCannotBeCreatedFailsInOneLine() throws Exception {
    assumeNobody();
    Path locked = Files.createDirectories(work.resolve("locked"));
    Path store = locked.resolve("store");

    Run ingest =
        run(Restricted::asNobody, "ingest", geneva.toString(), "--store", store.toString());
    assertThat(ingest.code()).as(ingest.err()).isEqualTo(1);
    assertThat(ingest.errorLines())
        .containsExactly(
            "hrcg ingest: error: the store "
                + store
                + " cannot be written by user nobody (cannot create it in "
                + locked
                + ": Permission denied); nothing was written");
    assertThat(store).doesNotExist();
  }

  @Test
  void queryAndExportReadACopyOfAStoreTheUserMayNotWrite() throws Exception {
    assumeNobody();
    Path store = loadedStore(work.resolve("read-by-nobody"));
    byte[] before = export(store);
    String note =
        ": note: the store "
            + store
            + " cannot be written by user nobody (the directory is not writable: Permission"
            + " denied): reading a copy of it";

    Run export = run(Restricted::asNobody, "export", "--format", "nq", "--store", store.toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.errorLines()).containsExactly("hrcg export" + note);
    assertThat(export.out()).isEqualTo(new String(before, StandardCharsets.UTF_8));

    Run query =
        run(
            Restricted::asNobody,
            "query",
            "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
            "--format",
            "csv",
            "--store",
            store.toString());
    assertThat(query.code()).as(query.err()).isZero();
    assertThat(query.errorLines()).containsExactly("hrcg query" + note);
    assertThat(query.out().lines().skip(1).findFirst())
        .contains(Long.toString(export.out().lines().count()));
    assertThat(export(store)).as("the store's export after both").isEqualTo(before);
  }

  @Test
  void anIngestThatFillsTheDiskWritesNothingAndSaysSoInOneLine() throws Exception {
    Path store = loadedStore(work.resolve("filling"));
    byte[] before = export(store);
    long revision = revision(store);
    Path bulk = BulkCaseStudy.write(work.resolve("bulk-load.ttl"), "bulk-load", PRACTICES);
    UnaryOperator<List<String>> limited = c -> Restricted.withFileSizeLimit(LIMIT_KIB, c);

    Run full = run(limited, "ingest", bulk.toString(), "--store", store.toString());
    assertThat(full.code()).as(full.err()).isEqualTo(1);
    List<String> errors =
        full.errorLines().stream().filter(line -> line.startsWith("hrcg ingest: error:")).toList();
    assertThat(errors)
        .as(full.err())
        .singleElement()
        .asString()
        .startsWith("hrcg ingest: error: the store " + store + " has no room for the write (")
        .contains("File too large (the file-size limit of this process, ulimit -f, was reached)")
        .endsWith("; nothing of it was written: make room and run it again");
    assertThat(full.err()).doesNotContain("\tat ");
    assertThat(export(store)).as("the store's export after the refused load").isEqualTo(before);
    assertThat(revision(store)).isEqualTo(revision);

    Run roomy = run(c -> c, "ingest", bulk.toString(), "--store", store.toString());
    assertThat(roomy.code()).as(roomy.err()).isZero();
    assertThat(revision(store)).as("the same load, once there is room").isEqualTo(revision + 1);
    Figures.record(
        "StoreFaultsCliIT",
        String.format(
            Locale.ROOT,
            "StoreFaultsCliIT: hrcg ingest of %,d triples under a file-size limit of %d KiB: exit"
                + " 1, one line (%s), export unchanged; the same load without the limit: exit 0",
            BulkCaseStudy.triples(PRACTICES),
            LIMIT_KIB,
            errors.get(0)));
  }

  private static void assumeNobody() {
    Optional<String> why = Restricted.whyNotAsNobody();
    assumeTrue(why.isEmpty(), () -> "skipped: " + why.orElse(""));
  }

  /** A store that root loaded with the bundled case study, shared for reading. */
  private static Path loadedStore(Path store) {
    try (TdbStore opened = TdbStore.open(store)) {
      assertThat(Ingest.builder().inputs(geneva).agent("root").build().run(opened).written())
          .isTrue();
    }
    Restricted.share(store);
    return store;
  }

  private static byte[] export(Path store) {
    try (TdbStore opened = TdbStore.open(store)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      opened.export(out, Lang.NQUADS, ExportScope.ALL);
      return out.toByteArray();
    }
  }

  private static long revision(Path store) {
    try (TdbStore opened = TdbStore.open(store)) {
      return opened.revision();
    }
  }

  /** {@code hrcg ARGS...} from the copied jar, in a child process run as {@code wrap} says. */
  private static Run run(UnaryOperator<List<String>> wrap, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Restricted.java());
    command.add("-cp");
    command.add(classPath);
    command.add("org.hrcg.ingest.cli.Main");
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(wrap.apply(command)).directory(work.toFile()).start();
    process.getOutputStream().close();
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the command ends").isTrue();
    return new Run(process.exitValue(), out.get(), err.get());
  }

  private static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
