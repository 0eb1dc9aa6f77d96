package org.hrcg.service.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.jena.riot.Lang;
import org.hrcg.ingest.Figures;
import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.ingest.testing.Restricted;
import org.hrcg.model.store.ExportScope;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service on a disk that fills during a stream of acknowledged writes. The full disk is a limit
 * on the size of the files the service's process writes ({@code ulimit -f}, {@value #LIMIT_KIB}
 * KiB): TDB2's node file grows past it and the write fails with {@code EFBIG}, as on a full disk (a
 * limit needs no mount, which CI may not allow). Small writes (a graph of {@value #TRIPLES} triples
 * each) alternate with large ones (one literal of about {@value #LARGE_BYTES} bytes) until a large
 * one is refused.
 *
 * <p>A refused write answers {@code 507} with the reason {@code store-full} and leaves nothing
 * behind; the service stays {@code UP} and answers reads; a small write then goes through (the room
 * the refused one took was given back). After the service stops, the store opens and holds every
 * acknowledged write whole, nothing else of the test, and the revision of exactly those writes;
 * restarted without the limit, the refused write goes through.
 */
class FullDiskIT {

  static final long LIMIT_KIB = 1024;
  static final int TRIPLES = 40;
  static final int LARGE_BYTES = 240_000;
  static final int MAX_LARGE_WRITES = 20;
  static final Credentials ADMIN = new Credentials("admin", "full-disk-admin-secret");
  static final String GRAPH = "https://w3id.org/hrcg/graph/full-disk-";

  @TempDir Path work;

  @Test
  void aWriteThatFindsNoRoomIsRefusedWholeAndTheServiceGoesOn() throws Exception {
    Path store = work.resolve("store");
    Path noData = Files.createDirectories(work.resolve("no-data"));
    Path bundled = Path.of("..", "data", "geneva-dialogue-2025.yaml").toAbsolutePath();
    long start;
    List<String> before;
    try (TdbStore opened = TdbStore.open(store)) {
      assertThat(Ingest.builder().inputs(bundled).agent("full-disk").build().run(opened).written())
          .isTrue();
      start = opened.revision();
      before = dataLines(opened);
    }

    TreeMap<String, Integer> acknowledged = new TreeMap<>();
    List<String> refusedGraphs = new ArrayList<>();
    String refusedUpdate = null;
    int largeWrites = 0;
    try (ServiceProcess service =
        start(
            store,
            noData,
            work.resolve("limited.log"),
            command -> Restricted.withFileSizeLimit(LIMIT_KIB, command))) {
      service.awaitHealthy();
      ServiceClient client = service.client();
      for (int n = 0; refusedUpdate == null && largeWrites < MAX_LARGE_WRITES; n++) {
        write(client, small(n), GRAPH + "small-" + n, TRIPLES, acknowledged);
        String large = large(n);
        largeWrites++;
        HttpResponse<String> response = client.update(ADMIN, large);
        if (response.statusCode() == 204) {
          acknowledged.put(GRAPH + "large-" + n, 1);
          continue;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(507);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/problem+json");
        DocumentContext problem = JsonPath.parse(response.body());
        assertThat(problem.read("$.reason", String.class)).isEqualTo("store-full");
        assertThat(problem.read("$.detail", String.class))
            .contains("File too large", "nothing of it was written")
            .doesNotContain(store.toString());
        refusedGraphs.add(GRAPH + "large-" + n);
        refusedUpdate = large;
      }
      assertThat(refusedUpdate)
          .as("a large write is refused within %d of them", MAX_LARGE_WRITES)
          .isNotNull();

      // The service goes on: healthy, reads answered, and a small write takes the room back.
      assertThat(service.health(Credentials.NONE).read("$.status", String.class)).isEqualTo("UP");
      assertThat(ask(client, refusedGraphs.get(0))).as("the refused graph").isFalse();
      assertThat(client.get("/id/territory/barcelona", "text/html").statusCode()).isEqualTo(200);
      assertThat(client.get("/api/practices?theme=procurement", "application/json").statusCode())
          .isEqualTo(200);
      write(client, small(1000), GRAPH + "small-after", TRIPLES, acknowledged);
      DocumentContext health = service.health(ADMIN);
      assertThat(health.read("$.components.store.details.readOnly", Boolean.class)).isFalse();
      assertThat(health.read("$.components.store.details.revision", Long.class))
          .as("one revision for each acknowledged write, none for the refused one")
          .isEqualTo(start + acknowledged.size());
      assertThat(client.get("/actuator/prometheus", "text/plain").body())
          .contains("hrcg_store_write_faults_total{reason=\"store-full\"} 1.0");

      assertThat(service.stop()).isIn(0, 143);
      String log = service.log();
      assertThat(log.lines().filter(l -> l.contains(" WARN ") && l.contains("write refused")))
          .as("one line for the refused write")
          .singleElement()
          .asString()
          .contains("the store " + store + " has no room for the write", "File too large");
      assertThat(log.lines().filter(l -> l.startsWith("\tat ")))
          .as("stack trace lines in the log")
          .isEmpty();
    }

    try (TdbStore opened = TdbStore.open(store)) {
      assertThat(opened.revision()).isEqualTo(start + acknowledged.size());
      List<String> after = dataLines(opened);
      assertThat(after.stream().filter(line -> !line.contains(GRAPH)).toList())
          .as("the data that was there before, untouched")
          .isEqualTo(before);
      TreeMap<String, Integer> stored = new TreeMap<>();
      after.stream()
          .filter(line -> line.contains("<" + GRAPH))
          .map(line -> line.substring(line.lastIndexOf('<') + 1, line.lastIndexOf('>')))
          .forEach(graph -> stored.merge(graph, 1, Integer::sum));
      assertThat(stored)
          .as("every acknowledged write, whole, and nothing else")
          .isEqualTo(acknowledged);
    }

    try (ServiceProcess service =
        start(store, noData, work.resolve("unlimited.log"), command -> command)) {
      service.awaitHealthy();
      assertThat(service.client().update(ADMIN, refusedUpdate).statusCode())
          .as("the refused write, once there is room")
          .isEqualTo(204);
      assertThat(ask(service.client(), refusedGraphs.get(0))).isTrue();
    }
    Figures.record(
        "FullDiskIT",
        String.format(
            Locale.ROOT,
            "FullDiskIT: file-size limit %d KiB; %d writes acknowledged (%d large of about %d"
                + " bytes), the next large one refused with 507 store-full; a small write after it"
                + " acknowledged; after a restart all %d there whole, the refused one absent, and"
                + " accepted once the limit was lifted",
            LIMIT_KIB,
            acknowledged.size(),
            acknowledged.keySet().stream().filter(g -> g.contains("large-")).count(),
            LARGE_BYTES,
            acknowledged.size()));
  }

  private static ServiceProcess start(
      Path store, Path data, Path log, UnaryOperator<List<String>> wrap) throws IOException {
    return ServiceProcess.start(
        ServiceProcess.serviceJar(),
        log,
        wrap,
        "--hrcg.store=" + store,
        "--hrcg.data-dir=" + data,
        "--hrcg.admin-password=" + ADMIN.password());
  }

  private static void write(
      ServiceClient client,
      String update,
      String graph,
      int triples,
      TreeMap<String, Integer> acknowledged) {
    HttpResponse<String> response = client.update(ADMIN, update);
    assertThat(response.statusCode()).as("%s: %s", graph, response.body()).isEqualTo(204);
    acknowledged.put(graph, triples);
  }

  /** {@value #TRIPLES} triples into a graph of their own. */
  private static String small(int n) {
    StringBuilder update = new StringBuilder("INSERT DATA { GRAPH <" + GRAPH + "small-");
    update.append(n == 1000 ? "after" : Integer.toString(n)).append("> {");
    for (int i = 0; i < TRIPLES; i++) {
      update.append(" <urn:full:s").append(n).append("> <urn:full:p").append(i).append("> ");
      update.append('"').append("value ").append(n).append('-').append(i).append("\" .");
    }
    return update.append(" } }").toString();
  }

  /** One triple whose literal is about {@value #LARGE_BYTES} bytes, new to the store. */
  private static String large(int n) {
    String word = "w" + n + "-";
    String text = word.repeat(LARGE_BYTES / word.length());
    return "INSERT DATA { GRAPH <"
        + GRAPH
        + "large-"
        + n
        + "> { <urn:full:large"
        + n
        + "> <urn:full:text> \""
        + text
        + "\" } }";
  }

  private static boolean ask(ServiceClient client, String graph) {
    HttpResponse<String> response =
        client.get(
            "/sparql?" + ServiceClient.form("query", "ASK { GRAPH <" + graph + "> { ?s ?p ?o } }"),
            "application/sparql-results+json");
    assertThat(response.statusCode()).isEqualTo(200);
    return JsonPath.parse(response.body()).read("$.boolean", Boolean.class);
  }

  /** The store's data graphs as sorted N-Quads lines (the data has no blank nodes). */
  private static List<String> dataLines(TdbStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out, Lang.NQUADS, ExportScope.DATA);
    return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
  }
}
