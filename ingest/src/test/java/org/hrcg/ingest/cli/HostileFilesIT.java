package org.hrcg.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hrcg.ingest.testing.HostileCorpus;
import org.hrcg.ingest.testing.LoopbackListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-file corpus: malformed and malicious inputs in every format the ingest reads, each
 * given to {@code hrcg ingest} against a store that holds the bundled data. Each must be rejected
 * with a {@code file:line:} error holding the expected words, exit 1, leave the store exactly as it
 * was (the whole export, load records and revision included), read nothing outside the file (the
 * content of {@code /etc/passwd} never shows) and open no connection (a loopback listener, named in
 * the files that name a URL, sees none).
 */
class HostileFilesIT {

  private static final Path RESOURCES = Path.of("src", "test", "resources");

  @TempDir static Path work;
  static Path store;
  static String before;
  static LoopbackListener listener;

  /** A corpus entry: the file, the line its first error must name, and words that error holds. */
  record Case(String name, Path file, int line, String words) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void loadTheBundledDataAndListen() throws IOException {
    listener = new LoopbackListener();

    store = work.resolve("store");
    Path data = Path.of("").toAbsolutePath().resolveSibling("data");
    Cli.Result loaded = Cli.run("ingest", data.toString(), "--store", store.toString());
    assertThat(loaded.code()).as(loaded.err()).isZero();
    before = export();
    assertThat(before).contains("geneva-dialogue-2025");
  }

  @AfterAll
  static void stopListening() throws IOException {
    listener.close();
  }

  static String export() {
    Cli.Result result = Cli.run("export", "--store", store.toString(), "--format", "nq");
    assertThat(result.code()).as(result.err()).isZero();
    return result.out();
  }

  static Stream<Case> corpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    Path files = Files.createDirectories(work.resolve("corpus"));
    int port = listener.port();
    for (HostileCorpus.Entry entry : HostileCorpus.entries(RESOURCES)) {
      Path file = entry.file();
      if (entry.namesListener()) {
        file = Files.writeString(files.resolve(entry.name()), entry.text(port));
      }
      cases.add(new Case(entry.name(), file, entry.line(), entry.words()));
    }
    cases.addAll(generated(files));
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    return cases.stream();
  }

  /** Inputs that are easier to make than to keep: encodings, bytes, sizes, depth. */
  static List<Case> generated(Path files) throws IOException {
    List<Case> cases = new ArrayList<>();
    String yaml =
        "hrcg-case-study: 1\ncase-study:\n  slug: hostile-study\n  title: Hostile study\n";
    cases.add(
        write(
            files,
            "nul-byte.yaml",
            (yaml + "  \0extra: x\n").getBytes(StandardCharsets.UTF_8),
            5,
            "NUL"));
    cases.add(
        write(
            files,
            "utf-16.yaml",
            withBom(yaml.getBytes(StandardCharsets.UTF_16LE)),
            1,
            "file is UTF-16"));
    cases.add(
        write(
            files,
            "latin-1.yaml",
            (yaml + "  description: Soci\u00e9t\u00e9\n").getBytes(StandardCharsets.ISO_8859_1),
            5,
            "not valid UTF-8"));
    cases.add(write(files, "empty.yaml", new byte[0], 1, "empty"));
    cases.add(
        write(
            files, "blank.ttl", "\n\n   \n".getBytes(StandardCharsets.UTF_8), 1, "file is empty"));
    byte[] latin1 =
        (yaml + "  description: Soci\u00e9t\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] bomThenLatin1 = new byte[latin1.length + 3];
    bomThenLatin1[0] = (byte) 0xEF;
    bomThenLatin1[1] = (byte) 0xBB;
    bomThenLatin1[2] = (byte) 0xBF;
    System.arraycopy(latin1, 0, bomThenLatin1, 3, latin1.length);
    cases.add(write(files, "bom-then-latin-1.yaml", bomThenLatin1, 5, "not valid UTF-8"));
    cases.add(
        write(
            files,
            "gigantic-line.yaml",
            (yaml + "  description: " + "x".repeat(9 * 1024 * 1024) + "\n")
                .getBytes(StandardCharsets.UTF_8),
            1,
            "the limit for a YAML case study"));
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    cases.add(
        write(
            files,
            "deep-nesting.jsonld",
            ("{\"@context\": {}, \"@id\": \"https://w3id.org/hrcg/id/case-study/x\", \"http://example.org/p\": "
                    + deep
                    + "}")
                .getBytes(StandardCharsets.UTF_8),
            1,
            "JSON nests deeper than 64 levels"));
    cases.add(
        write(
            files,
            "control-character.csv",
            ("case-study,case-study-title,slug,label,territory,territory-label,territory-type,themes\n"
                    + "hostile-study,Hostile study,hostile-care,Care \u001b[2J,hostile-city,Hostile City,city,care\n")
                .getBytes(StandardCharsets.UTF_8),
            2,
            "the control character U+001B"));
    Path huge = files.resolve("huge.ttl");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024);
    }
    cases.add(new Case("huge.ttl (100 MB)", huge, 1, "over the limit of"));
    return cases;
  }

  private static byte[] withBom(byte[] utf16le) {
    byte[] bytes = new byte[utf16le.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(utf16le, 0, bytes, 2, utf16le.length);
    return bytes;
  }

  private static Case write(Path files, String name, byte[] bytes, int line, String words) {
    try {
      return new Case(name, Files.write(files.resolve(name), bytes), line, words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRejectedAtItsLineAndChangesNothing(Case hostile) {
    Cli.Result result = Cli.run("ingest", hostile.file().toString(), "--store", store.toString());

    assertThat(result.code()).as(result.err()).isEqualTo(1);
    String name = hostile.file().getFileName().toString();
    List<String> errors = result.err().lines().filter(l -> l.contains(": error: ")).toList();
    assertThat(errors).as(result.err()).isNotEmpty();
    assertThat(errors)
        .as("an error at %s:%d: holding '%s'", name, hostile.line(), hostile.words())
        .anySatisfy(
            error ->
                assertThat(error)
                    .startsWith(hostile.file() + ":" + hostile.line() + ":")
                    .contains(hostile.words()));
    assertThat(result.err() + result.out()).doesNotContain("root:x:0:0");
    assertThat(export()).as("the store after " + name).isEqualTo(before);
    assertThat(listener.connections()).as("connections to the loopback listener").isZero();
  }
}
