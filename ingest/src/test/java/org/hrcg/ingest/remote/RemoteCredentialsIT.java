package org.hrcg.ingest.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hrcg.ingest.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against a Fuseki server that wants HTTP Basic credentials ({@code --passwd FILE
 * --auth=basic}): they come from {@code HRCG_STORE_USER} and {@code HRCG_STORE_PASSWORD} or the
 * options, and a missing or wrong password is one line that never shows it.
 */
class RemoteCredentialsIT {

  private static final Path GENEVA = Path.of("..", "data", "geneva-dialogue-2025.yaml");
  private static final String USER = "alice";
  private static final String PASSWORD = "correct-horse-battery";

  @TempDir static Path dir;

  private static FusekiProcess fuseki;

  @BeforeAll
  static void startFusekiWithAPassword() throws IOException {
    Path passwords = dir.resolve("passwd");
    Files.writeString(passwords, USER + ": " + PASSWORD + "\n", StandardCharsets.UTF_8);
    fuseki =
        FusekiProcess.start(
            dir.resolve("tdb2"), dir.resolve("fuseki"), "--passwd=" + passwords, "--auth=basic");
  }

  @AfterAll
  static void stopFuseki() {
    if (fuseki != null) {
      fuseki.close();
    }
  }

  private static Map<String, String> environment(String password) {
    return Map.of("HRCG_STORE_USER", USER, "HRCG_STORE_PASSWORD", password);
  }

  @Test
  void credentialsFromTheEnvironmentLetTheCommandsReadAndWrite() {
    Cli.Result ingest =
        Cli.run(environment(PASSWORD), "ingest", GENEVA.toString(), "--store", fuseki.url());
    assertThat(ingest.code()).as("ingest: %s", ingest.err()).isZero();

    Cli.Result query =
        Cli.run(
            environment(PASSWORD),
            "query",
            "--store",
            fuseki.url(),
            "ASK { ?s a <https://w3id.org/hrcg/ontology#City> }");
    assertThat(query.code()).as("query: %s", query.err()).isZero();
    assertThat(query.out()).isEqualTo("yes" + System.lineSeparator());
  }

  @Test
  void aPasswordFileAndUserOptionWorkToo() throws IOException {
    Path file = dir.resolve("store-password");
    Files.writeString(file, PASSWORD + "\n", StandardCharsets.UTF_8);

    Cli.Result ingest =
        Cli.run(
            "ingest",
            GENEVA.toString(),
            "--store",
            fuseki.url(),
            "--store-user",
            USER,
            "--store-password-file",
            file.toString());

    assertThat(ingest.code()).as("ingest: %s", ingest.err()).isZero();
  }

  @Test
  void noCredentialsIsOneLineSayingTheStoreWantsThem() {
    Cli.Result query = Cli.run("query", "--store", fuseki.url(), "ASK {}");

    assertThat(query.code()).isEqualTo(1);
    assertThat(query.err())
        .isEqualTo(
            "hrcg query: error: the store at "
                + fuseki.url()
                + " wants credentials (HTTP 401)"
                + System.lineSeparator());
  }

  @Test
  void aWrongPasswordIsOneLineThatNeverShowsIt() {
    Cli.Result export =
        Cli.run(environment("wrong-password-123"), "export", "--store", fuseki.url());

    assertThat(export.code()).isEqualTo(1);
    assertThat(export.err())
        .isEqualTo(
            "hrcg export: error: the store at "
                + fuseki.url()
                + " refused the credentials given (HTTP 401)"
                + System.lineSeparator());
    assertThat(export.out() + export.err()).doesNotContain("wrong-password-123");
  }
}
