package org.hrcg.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hrcg.ingest.Figures;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.yaml.YamlCaseStudyReader;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzzer over the YAML reader: the bundled case study and curation file, mutated a few
 * thousand times (characters and YAML punctuation inserted, lines deleted, duplicated, swapped, cut
 * short, re-indented), each read within a time bound. The reader never throws and never hangs, and
 * every problem it reports names a line of the file. The seed and the count are system properties
 * ({@code hrcg.fuzz.seed}, {@code hrcg.fuzz.cases}) so that a failure can be replayed and a longer
 * run made on demand.
 */
class YamlReaderFuzzIT {

  static final long SEED = Long.getLong("hrcg.fuzz.seed", 20261126L);
  static final int CASES = Integer.getInteger("hrcg.fuzz.cases", 3000);
  static final Duration PER_CASE = Duration.ofSeconds(10);
  static final String[] PIECES = {
    ":",
    "- ",
    "[",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "!!str ",
    "!!binary ",
    "? ",
    "|",
    ">",
    "#",
    "'",
    "\"",
    "\\",
    "\t",
    "\n",
    "  ",
    "---\n",
    "...\n",
    "%YAML 1.2\n",
    "<<: *a",
    "\u0000",
    "\u00e9",
    "\ud83d\ude00",
    "\u202e",
    "null",
    "~",
    "0x1F",
    "1e999",
    "2025-02-30",
    "javascript:alert(1)",
    "https://example.org/a b",
    "x".repeat(300)
  };

  @Test
  void mutatedCaseStudiesNeverCrashOrHangTheReader() throws Exception {
    List<String> seeds =
        List.of(
            Files.readString(Path.of("..", "data", "geneva-dialogue-2025.yaml")),
            Files.readString(Path.of("..", "data", "curation.yaml")));
    YamlCaseStudyReader reader = new YamlCaseStudyReader();
    Random random = new Random(SEED);
    ExecutorService worker = Executors.newSingleThreadExecutor();
    int withErrors = 0;
    try {
      for (int i = 0; i < CASES; i++) {
        String seed = seeds.get(random.nextInt(seeds.size()));
        String mutant = mutate(seed, random);
        Path name = Path.of("fuzz-" + i + ".yaml");
        String context = "case " + i + " of seed " + SEED;
        Future<ReadOutcome> reading = worker.submit(() -> read(reader, name, mutant));
        ReadOutcome outcome;
        try {
          outcome = reading.get(PER_CASE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          throw new AssertionError(context + ": the reader took longer than " + PER_CASE);
        }
        long lines = mutant.lines().count() + 1;
        for (Problem problem : outcome.problems()) {
          assertThat(problem.position().line())
              .as(context + ": " + problem)
              .isBetween(1, (int) lines);
        }
        if (outcome.problems().stream().anyMatch(Problem::isError)) {
          withErrors++;
        }
      }
    } finally {
      worker.shutdownNow();
    }
    Figures.record(
        "YamlReaderFuzzIT",
        "YamlReaderFuzzIT: " + CASES + " mutants (seed " + SEED + "), " + withErrors + " refused");
    // The mutations are not all harmless: most mutants must be refused, or the fuzzer is not
    // biting.
    assertThat(withErrors).isGreaterThan(CASES / 2);
  }

  private static ReadOutcome read(YamlCaseStudyReader reader, Path name, String text) {
    SourceFile.Result checked =
        SourceFile.check(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (checked instanceof SourceFile.Read read) {
      return reader.read(read.file());
    }
    return ReadOutcome.failed(SourceFile.problems(checked));
  }

  static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      switch (random.nextInt(7)) {
        case 0 -> {
          int column = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
          String piece = PIECES[random.nextInt(PIECES.length)];
          lines.set(at, line.substring(0, column) + piece + line.substring(column));
        }
        case 1 -> lines.remove(at);
        case 2 -> lines.add(at, line);
        case 3 -> {
          int other = random.nextInt(lines.size());
          lines.set(at, lines.get(other));
          lines.set(other, line);
        }
        case 4 ->
            lines.set(at, line.substring(0, line.isEmpty() ? 0 : random.nextInt(line.length())));
        case 5 -> lines.set(at, " ".repeat(random.nextInt(6)) + line.strip());
        default -> {
          return String.join("\n", lines.subList(0, at));
        }
      }
    }
    return String.join("\n", lines);
  }
}
