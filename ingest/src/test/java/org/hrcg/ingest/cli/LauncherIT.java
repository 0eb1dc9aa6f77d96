package org.hrcg.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hrcg.ingest.pipeline.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./hrcg} launcher as a user runs it: a child process, started in another working
 * directory, with paths relative to it. Runs on the packaged jar (Failsafe runs after {@code
 * package}); {@code HRCG_NO_BUILD} keeps the launcher from starting a build inside the build.
 */
class LauncherIT {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path LAUNCHER = ROOT.resolve("hrcg");

  @TempDir Path dir;

  /** What the child process did. */
  private record Run(int code, String out, String err) {}

  @BeforeEach
  void needsThePackagedJar() throws IOException {
    assumeTrue(Files.isExecutable(LAUNCHER), "no executable launcher at " + LAUNCHER);
    try (Stream<Path> files = Files.list(ROOT.resolve("ingest/target"))) {
      assumeTrue(
          files.anyMatch(f -> f.getFileName().toString().matches("hrcg-ingest-.*\\.jar")),
          "the ingest jar is not built");
    }
  }

  @Test
  void validateOfAValidFileGivenRelativeToTheCallersDirectoryExitsWithZero() throws Exception {
    Fixtures.write(dir, "cases/alpha.ttl", Fixtures.turtle("alpha"));

    Run run = launch("validate", "cases/alpha.ttl");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("valid: 1 file, 1 graph, 22 triples, 0 warnings, in ");
    assertThat(run.err()).isEqualTo("read cases/alpha.ttl (22 triples)\n");
  }

  @Test
  void validateOfABadFileExitsWithOneAndPrintsFileLineAndMessage() throws Exception {
    Fixtures.write(dir, "bad.ttl", Fixtures.turtleWithoutTerritory("alpha"));

    Run run = launch("validate", "bad.ttl");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains("bad.ttl:" + Fixtures.PRACTICE_LINE + ":")
        .contains(
            ": error: hrc:territory of practice 'alpha-care': A practice needs at least one"
                + " territory (hrc:territory).")
        .contains("invalid: 1 error, 0 warnings in 1 file");
  }

  @Test
  void usageErrorExitsWithTwoAndTheLogIsQuiet() throws Exception {
    Run run = launch("export", "--store", "ftp://localhost/hrcg");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("must be http or https").doesNotContain("INFO");
  }

  @Test
  void serveRefusesABadPortAsAUsageErrorWithoutStarting() throws Exception {
    Run run = launch("serve", "--port", "eighty");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--port must be a number, not 'eighty'");
  }

  @Test
  void serveExplainsItsOptions() throws Exception {
    Run run = launch("serve", "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("usage: ./hrcg serve").contains("HRCG_ADMIN_PASSWORD");
  }

  private Run launch(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(LAUNCHER.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("HRCG_NO_BUILD", "1");
    Path out = dir.resolve(".out");
    Path err = dir.resolve(".err");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not finish in 2 minutes");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
