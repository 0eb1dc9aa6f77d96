package org.hrcg.ingest.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error suite: each file under {@code yaml-errors/} is one broken input that says, in comment
 * lines at its top, which errors the reader must report: {@code # expect: LINE[:COLUMN]
 * MESSAGE-PART}. The line numbers count those comment lines too. The reader must report exactly
 * those errors, no more.
 */
class YamlErrorCasesTest {

  private static final Pattern EXPECT = Pattern.compile("# expect: (\\d+)(?::(\\d+))? (.+)");

  private final YamlCaseStudyReader reader = new YamlCaseStudyReader();

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path folder = Path.of(YamlErrorCasesTest.class.getResource("/yaml-errors").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void theSuiteCoversEveryErrorClass() throws Exception {
    assertThat(cases().map(file -> file.getFileName().toString()))
        .hasSizeGreaterThanOrEqualTo(27)
        .contains(
            "alias-bomb.yaml",
            "deep-nesting.yaml",
            "duplicate-slug.yaml",
            "tab-indented.yaml",
            "truncated.yaml",
            "wrong-top-level-key.yaml",
            "curation-bad-values.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedErrors(Path file) throws IOException {
    List<Expected> expected = expectations(file);
    assertThat(expected).as("expectations of %s", file.getFileName()).isNotEmpty();
    SourceFile source =
        new SourceFile(file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
    // Alias bombs and deep nesting must fail fast, not after expanding or recursing.
    ReadOutcome outcome =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reader.read(source));
    List<Problem> errors = outcome.problems().stream().filter(Problem::isError).toList();
    assertThat(errors).as("errors of %s", file.getFileName()).hasSameSizeAs(expected);
    for (Expected expectation : expected) {
      assertThat(errors)
          .as("errors of %s", file.getFileName())
          .anySatisfy(problem -> expectation.check(problem, file.getFileName()));
    }
  }

  private static List<Expected> expectations(Path file) throws IOException {
    List<Expected> expected = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher matcher = EXPECT.matcher(line.strip());
      if (matcher.matches()) {
        expected.add(
            new Expected(
                Integer.parseInt(matcher.group(1)),
                matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2)),
                matcher.group(3)));
      }
    }
    return expected;
  }

  private record Expected(int line, int column, String message) {

    void check(Problem problem, Path file) {
      assertThat(problem.file()).isEqualTo(file);
      assertThat(problem.position().line()).isEqualTo(line);
      if (column >= 0) {
        assertThat(problem.position().column()).isEqualTo(column);
      }
      assertThat(problem.message()).contains(message);
    }
  }
}
