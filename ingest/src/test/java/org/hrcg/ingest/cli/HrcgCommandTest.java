package org.hrcg.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.hrcg.ingest.pipeline.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line without a store: help, usage errors and validation. */
class HrcgCommandTest {

  @TempDir Path dir;

  @Test
  void helpListsEveryCommandAndExitsWithZero() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("Usage: hrcg", "ingest", "validate", "export", "query", "withdraw", "Exit codes");
  }

  @Test
  void eachCommandHasHelp() {
    for (String command : new String[] {"ingest", "validate", "export", "query", "withdraw"}) {
      Cli.Result result = Cli.run(command, "--help");
      assertThat(result.code()).as(command).isZero();
      assertThat(result.out()).as(command).contains("Usage: hrcg " + command);
    }
    assertThat(Cli.run("ingest", "--help").out()).contains("--store=DIR", "--strict", "--agent");
    assertThat(Cli.run("export", "--help").out())
        .contains("nq, trig, ttl, nt, jsonld", "--graph=SLUG", "--data-only", "--output=FILE");
    assertThat(Cli.run("query", "--help").out()).contains("table, json, csv, tsv", "--file");
  }

  @Test
  void versionNamesHrcg() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("hrcg ");
  }

  @Test
  void missingCommandIsAUsageError() {
    Cli.Result result = Cli.run();

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("missing command");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Result result = Cli.run("validate", "--frobnicate", "x.yaml");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option: '--frobnicate'", "Usage: hrcg validate");
  }

  @Test
  void validateWithoutPathIsAUsageError() {
    Cli.Result result = Cli.run("validate");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("Missing required parameter", "PATH");
  }

  @Test
  void validateOfValidFilesExitsWithZeroAndASummary() {
    Path file = Fixtures.write(dir, "alpha.ttl", Fixtures.turtle("alpha"));

    Cli.Result result = Cli.run("validate", file.toString());

    assertThat(result.code()).isZero();
    assertThat(result.err()).isEqualTo("read " + file + " (22 triples)" + System.lineSeparator());
    assertThat(result.out())
        .matches("valid: 1 file, 1 graph, 22 triples, 0 warnings, in \\d+\\.\\d s\\R");
  }

  @Test
  void validationFailureExitsWithOneAndPrintsFileLineAndMessage() {
    Path bad = Fixtures.write(dir, "bad.ttl", Fixtures.turtleWithoutTerritory("alpha"));
    Path good = Fixtures.write(dir, "good.yaml", Fixtures.yaml("beta"));

    Cli.Result result = Cli.run("validate", good.toString(), bad.toString());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains(bad + ":" + Fixtures.PRACTICE_LINE + ":")
        .contains(": error: hrc:territory of practice 'alpha-care': ")
        .containsPattern("invalid: 1 error, \\d+ warnings? in 2 files, in \\d+\\.\\d s");
    // Sorted by file: bad.ttl before good.yaml, whatever the order of the arguments.
    String problems = result.err().substring(result.err().indexOf(bad + ":"));
    assertThat(problems).doesNotContain("read ");
  }

  @Test
  void warningsFailValidationOnlyWithStrict() {
    Path file = Fixtures.write(dir, "alpha.ttl", Fixtures.turtleWithWarning("alpha"));

    Cli.Result lenient = Cli.run("validate", file.toString());
    Cli.Result strict = Cli.run("validate", "--strict", file.toString());

    assertThat(lenient.code()).isZero();
    assertThat(lenient.err()).contains(file + ":").contains(": warning: dcterms:description");
    assertThat(lenient.out()).contains("1 warning,");
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).contains("(warnings fail with --strict)");
  }

  @Test
  void onATerminalProgressIsABarRedrawnInPlaceAndClearedBeforeTheProblems() {
    Path file = Fixtures.write(dir, "bad.ttl", Fixtures.turtleWithoutTerritory("alpha"));

    Cli.Result result = Cli.run(true, "validate", file.toString());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("\r[########################] 1/1 files, 21 triples, ")
        .doesNotContain("read " + file);
    String afterBar = result.err().substring(result.err().lastIndexOf('\r') + 1);
    assertThat(afterBar).startsWith(file + ":" + Fixtures.PRACTICE_LINE + ":");
  }

  @Test
  void aStoreUrlWithCredentialsInItIsAUsageErrorThatDoesNotRepeatThem() {
    Cli.Result result =
        Cli.run("query", "--store", "http://alice:s3cret@localhost:3030/hrcg", "ASK {}");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("must not hold credentials").doesNotContain("s3cret");
  }

  @Test
  void aStoreUserWithoutPasswordIsAUsageError() {
    Cli.Result result =
        Cli.run(
            Map.of("HRCG_STORE_USER", "alice"),
            "query",
            "--store",
            "http://localhost:3030/hrcg",
            "ASK {}");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("has no password", "HRCG_STORE_PASSWORD");
  }

  @Test
  void credentialOptionsWithADirectoryStoreAreAUsageError() {
    Cli.Result result =
        Cli.run("query", "--store", dir.toString(), "--store-user", "alice", "ASK {}");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("are for a remote store");
  }

  @Test
  void aStoreUrlOfAnotherSchemeIsAUsageError() {
    Cli.Result result = Cli.run("export", "--store", "ftp://localhost/hrcg");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("must be http or https");
  }

  @Test
  void queryNeedsExactlyOneOfTextAndFile() {
    assertThat(Cli.run("query", "--store", dir.toString()).code()).isEqualTo(2);
    Cli.Result both = Cli.run("query", "--store", dir.toString(), "--file", "q.rq", "ASK {}");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("either as QUERY or with --file");
  }

  @Test
  void queryThatDoesNotParseIsAUsageErrorNamingWhere() {
    Cli.Result result = Cli.run("query", "--store", dir.toString(), "SELEKT * WHERE {}");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("the query does not parse", "line 1");
  }

  @Test
  void exportGraphAndDataOnlyTogetherIsAUsageError() {
    Cli.Result result =
        Cli.run("export", "--store", dir.toString(), "--graph", "alpha", "--data-only");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("--graph and --data-only cannot be used together");
  }

  @Test
  void unknownFormatIsAUsageErrorListingTheFormats() {
    Cli.Result result = Cli.run("export", "--format", "xml");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("--format", "nq, trig, ttl, nt, jsonld");
  }

  @Test
  void readingAStoreThatIsNotThereIsAUsageError() {
    Cli.Result result = Cli.run("export", "--store", dir.resolve("nothing").toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("no store there");
    assertThat(dir.resolve("nothing")).doesNotExist();
  }

  @Test
  void withdrawOfAReservedGraphIsAUsageError() {
    Cli.Result result = Cli.run("withdraw", "meta", "--store", dir.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("reserved graph");
  }
}
