package org.hrcg.service.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.hrcg.ingest.Figures;
import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.ingest.testing.Restricted;
import org.hrcg.model.store.ExportScope;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service run as an unprivileged user ({@code nobody}, through {@code setpriv}) on a store
 * directory that root owns: it serves the store read-only, answering every read and refusing every
 * write with {@code 503} and the reason {@code store-read-only}, says so once in its log, in its
 * health and in its metrics, and leaves the directory as it was. A store it cannot read, or cannot
 * create, stops it once with a plain message and exit status 78, with no stack trace and no retry.
 *
 * <p>The tests run as root, whom no file mode stops: only another user shows what the service does
 * with a directory it may not write. Without {@code setpriv} (util-linux) they are skipped.
 */
class UnwritableStoreIT {

  static final Credentials ADMIN = new Credentials("admin", "unwritable-admin-secret");
  static final String GENEVA = "https://w3id.org/hrcg/graph/geneva-dialogue-2025";
  static final Duration EXIT_TIMEOUT = Duration.ofSeconds(90);

  @TempDir static Path work;

  /** The service's jar and the case studies, where {@code nobody} may read them. */
  static Path jar;

  static Path data;

  /** A store that root loaded with the bundled data, and what it held then. */
  static Path store;

  static byte[] export;
  static long revision;
  static long quads;

  @BeforeAll
  static void loadAStoreAsRoot() throws IOException {
    Optional<String> why = Restricted.whyNotAsNobody();
    assumeTrue(why.isEmpty(), () -> "skipped: " + why.orElse(""));
    Path bundled = Path.of("..", "data").toAbsolutePath().normalize();
    jar =
        Restricted.readableCopies(work.resolve("jar"), List.of(ServiceProcess.serviceJar())).get(0);
    data = work.resolve("data");
    Restricted.readableCopies(data, List.of(bundled.resolve("geneva-dialogue-2025.yaml")));
    store = work.resolve("store");
    try (TdbStore opened = TdbStore.open(store)) {
      assertThat(Ingest.builder().inputs(data).agent("root").build().run(opened).written())
          .as("the bundled case study is loaded")
          .isTrue();
    }
    try (TdbStore opened = TdbStore.open(store)) {
      revision = opened.revision();
      export = export(opened);
      quads = new String(export).lines().count();
    }
    Restricted.share(work);
  }

  @Test
  void servesAStoreItMayNotWriteReadOnlyAndRefusesEveryWrite() throws Exception {
    Path log = work.resolve("read-only.log");
    List<String> refusals = new ArrayList<>();
    Path copy;
    try (ServiceProcess service = start(store, log)) {
      service.awaitHealthy();
      ServiceClient client = service.client();

      String line = warning(service.log());
      assertThat(line)
          .contains(
              "the store " + store + " cannot be written by user nobody",
              "Permission denied",
              "serving a read-only copy of it",
              "at revision " + revision,
              "503 (store-read-only)");
      copy = copyNamedIn(line);
      assertThat(copy).exists();

      DocumentContext health = service.health(ADMIN);
      assertThat(health.read("$.status", String.class)).isEqualTo("UP");
      assertThat(health.read("$.components.store.details.readOnly", Boolean.class)).isTrue();
      assertThat(health.read("$.components.store.details.reason", String.class))
          .isEqualTo("store-read-only");
      assertThat(health.read("$.components.store.details.cause", String.class))
          .contains("Permission denied");
      assertThat(service.health(Credentials.NONE).read("$.status", String.class))
          .as("a load balancer's view")
          .isEqualTo("UP");

      HttpResponse<String> count =
          client.get(
              "/sparql?"
                  + ServiceClient.form(
                      "query", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
              "text/csv");
      assertThat(count.statusCode()).isEqualTo(200);
      assertThat(count.body().lines().skip(1).findFirst()).contains(Long.toString(quads));
      HttpResponse<String> page = client.get("/id/territory/barcelona", "text/html");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Barcelona");
      HttpResponse<String> search = client.get("/api/practices?q=procurement", "application/json");
      assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
      assertThat(search.body()).contains("barcelona-human-rights-procurement");

      refusals.add(
          refused("SPARQL Update", client.update(ADMIN, "INSERT DATA { <urn:x:s> <urn:x:p> 1 }")));
      refusals.add(
          refused(
              "Graph Store PUT",
              client.send(
                  "PUT",
                  "/data?graph=" + URLEncoder.encode(GENEVA, StandardCharsets.UTF_8),
                  ADMIN,
                  "text/turtle",
                  "<urn:x:s> <urn:x:p> 1 .")));
      refusals.add(
          refused(
              "Graph Store DELETE",
              client.send(
                  "DELETE",
                  "/data?graph=" + URLEncoder.encode(GENEVA, StandardCharsets.UTF_8),
                  ADMIN,
                  null,
                  null)));
      refusals.add(
          refused(
              "case-study upload",
              client.send(
                  "POST",
                  "/api/case-studies",
                  ADMIN,
                  "application/yaml",
                  Files.readString(data.resolve("geneva-dialogue-2025.yaml")))));
      refusals.add(
          refused(
              "case-study withdrawal",
              client.send("DELETE", "/api/case-studies/geneva-dialogue-2025", ADMIN, null, null)));
      assertThat(
              client.update(Credentials.NONE, "INSERT DATA { <urn:x:s> <urn:x:p> 1 }").statusCode())
          .as("a write without credentials is still refused for that first")
          .isEqualTo(401);

      String metrics = client.get("/actuator/prometheus", "text/plain").body();
      assertThat(metrics).contains("hrcg_store_read_only 1.0");
      assertThat(metrics)
          .contains(
              "hrcg_store_write_faults_total{reason=\"store-read-only\"} "
                  + refusals.size()
                  + ".0");
      assertThat(service.health(ADMIN).read("$.components.store.details.revision", Long.class))
          .isEqualTo(revision);

      assertThat(service.stop()).as("exit status on SIGTERM").isIn(0, 143);
      assertNoStackTrace(service.log());
    }
    assertThat(copy).as("the copy is deleted when the service stops").doesNotExist();
    try (TdbStore opened = TdbStore.open(store)) {
      assertThat(opened.revision()).isEqualTo(revision);
      assertThat(export(opened)).as("the store's export, byte for byte").isEqualTo(export);
    }
    Figures.record(
        "UnwritableStoreIT",
        "UnwritableStoreIT: a store owned by root served to user nobody read-only at revision "
            + revision
            + " ("
            + quads
            + " quads counted by SPARQL); writes refused with 503 store-read-only: "
            + refusals
            + "; export unchanged");
  }

  @Test
  void stopsOnceWithAPlainMessageWhenTheStoreCannotBeCreated() throws Exception {
    Path locked = Files.createDirectories(work.resolve("locked"));
    Restricted.share(locked);
    Path missing = locked.resolve("store");
    assertThat(failedStart(missing, "cannot-create.log"))
        .contains(
            "the store "
                + missing
                + " cannot be written by user nobody (cannot create it in "
                + locked
                + ": Permission denied)");
    assertThat(missing).doesNotExist();
  }

  @Test
  void stopsOnceWithAPlainMessageWhenTheStoreCannotBeRead() throws Exception {
    Path hidden = work.resolve("hidden");
    Files.createDirectories(hidden.resolve("Data-0001"));
    Files.setPosixFilePermissions(hidden, PosixFilePermissions.fromString("rwx------"));
    assertThat(failedStart(hidden, "cannot-read.log"))
        .contains(
            "the store " + hidden + " cannot be written by user nobody",
            "and cannot be served read-only: cannot read it: " + hidden + ": Permission denied");
  }

  /**
   * Starts the service on a store it cannot open and checks that it stopped once, with exit status
   * 78, Spring Boot's report and no stack trace; returns its log.
   */
  private static String failedStart(Path storeDirectory, String logName) throws Exception {
    try (ServiceProcess service = start(storeDirectory, work.resolve(logName))) {
      assertThat(service.awaitExit(EXIT_TIMEOUT)).as("exit status").isEqualTo(78);
      String log = service.log();
      assertThat(log).contains("APPLICATION FAILED TO START", "exit status 78 and does not retry");
      assertThat(log.lines().filter(l -> l.contains("Starting HrcgApplication")).count())
          .as("starts in the log: the service did not try again%n%s", log)
          .isEqualTo(1);
      assertNoStackTrace(log);
      return log;
    }
  }

  private static ServiceProcess start(Path storeDirectory, Path log) throws IOException {
    ServiceProcess service =
        ServiceProcess.start(
            jar,
            log,
            Restricted::asNobody,
            "--hrcg.store=" + storeDirectory,
            "--hrcg.data-dir=" + data,
            "--hrcg.admin-password=" + ADMIN.password());
    return service;
  }

  /** The one warning at startup that says the store is served read-only. */
  private static String warning(String log) {
    List<String> lines =
        log.lines().filter(l -> l.contains(" WARN ") && l.contains("read-only copy")).toList();
    assertThat(lines).as("one warning about the store in:%n%s", log).hasSize(1);
    return lines.get(0);
  }

  private static Path copyNamedIn(String line) {
    Matcher copy = Pattern.compile("\\(in (\\S+), opened in").matcher(line);
    assertThat(copy.find()).as(line).isTrue();
    return Path.of(copy.group(1));
  }

  private static String refused(String what, HttpResponse<String> response) {
    assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(what)
        .startsWith("application/problem+json");
    DocumentContext problem = JsonPath.parse(response.body());
    assertThat(problem.read("$.reason", String.class)).as(what).isEqualTo("store-read-only");
    assertThat(problem.read("$.detail", String.class))
        .as(what)
        .contains("Permission denied", "nothing was written")
        .doesNotContain(store.toString());
    return what;
  }

  private static void assertNoStackTrace(String log) {
    assertThat(log.lines().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")))
        .as("stack trace lines in the log:%n%s", log)
        .isEmpty();
  }

  private static byte[] export(TdbStore opened) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    opened.export(out, Lang.NQUADS, ExportScope.ALL);
    return out.toByteArray();
  }
}
