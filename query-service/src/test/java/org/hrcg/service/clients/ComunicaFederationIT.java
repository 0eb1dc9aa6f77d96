package org.hrcg.service.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A federating client, Comunica's command line ({@code @comunica/query-sparql} 4.x, installed by
 * {@code .ci/run}), joins the service's SPARQL endpoint with a Turtle file served on loopback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ComunicaFederationIT {

  /** Where {@code npm install --prefix target/comunica @comunica/query-sparql@4} puts it. */
  static final String USUAL = "target/comunica/node_modules/.bin/comunica-sparql";

  private static final long TIMEOUT_SECONDS = 180;

  /** Twinning partners of two cities in the bundled data, and of one that is not there. */
  private static final String TWINNING =
      """
      @prefix ex: <http://example.org/twinning#> .
      <https://w3id.org/hrcg/id/territory/barcelona> ex:twinnedWith "Partner of Barcelona" .
      <https://w3id.org/hrcg/id/territory/utrecht> ex:twinnedWith "Partner of Utrecht" .
      <https://w3id.org/hrcg/id/territory/atlantis> ex:twinnedWith "Partner of Atlantis" .
      """;

  /** Labels and types come only from the service, partners only from the file. */
  private static final String JOIN =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX hrc: <https://w3id.org/hrcg/ontology#>
      PREFIX ex: <http://example.org/twinning#>
      SELECT ?label ?partner WHERE {
        ?city a hrc:City ;
              rdfs:label ?label ;
              ex:twinnedWith ?partner .
        FILTER(langMatches(lang(?label), "en"))
      }
      """;

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", BundledData::folder);
  }

  static Path comunica;

  /** Before the service starts, so that a machine without Comunica skips it at no cost. */
  @BeforeAll
  static void findComunica() {
    comunica =
        RequiredProgram.find(
            "HRCG_COMUNICA",
            USUAL,
            "npm install --prefix target/comunica @comunica/query-sparql@4");
  }

  @LocalServerPort int port;
  @TempDir Path work;
  HttpServer files;
  final AtomicInteger fileRequests = new AtomicInteger();

  @BeforeEach
  void serveTurtleOnLoopback() throws IOException {
    files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] turtle = TWINNING.getBytes(StandardCharsets.UTF_8);
    files.createContext(
        "/twinning.ttl",
        exchange -> {
          fileRequests.incrementAndGet();
          exchange.getResponseHeaders().set("Content-Type", "text/turtle");
          exchange.sendResponseHeaders(200, turtle.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(turtle);
          }
        });
    files.start();
  }

  @AfterEach
  void stopFiles() {
    files.stop(0);
  }

  @Test
  void joinsTheEndpointNamedAsSparqlWithATurtleFile() throws Exception {
    assertJoins("sparql@" + endpoint());
  }

  @Test
  void recognisesTheEndpointByItsServiceDescription() throws Exception {
    // Given a plain URL, Comunica reads what GET /sparql answers and finds sd:endpoint there;
    // without that it would take the URL for an RDF document and find no rows.
    assertJoins(endpoint());
  }

  private String endpoint() {
    return "http://127.0.0.1:" + port + "/sparql";
  }

  private void assertJoins(String source) throws Exception {
    String file = "http://127.0.0.1:" + files.getAddress().getPort() + "/twinning.ttl";

    Result result =
        run(
            comunica.toString(),
            source,
            file,
            "--outputType",
            "application/sparql-results+json",
            "--query",
            JOIN);

    assertThat(result.exitCode()).as(result.errors()).isZero();
    assertThat(rows(result.output()))
        .as(result.errors())
        .containsExactlyInAnyOrder(
            "Barcelona | Partner of Barcelona", "Utrecht | Partner of Utrecht");
    assertThat(fileRequests).hasPositiveValue();
  }

  private record Result(int exitCode, String output, String errors) {}

  private Result run(String... command) throws IOException, InterruptedException {
    Path output = work.resolve("output.json");
    Path errors = work.resolve("errors.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("comunica-sparql did not finish in " + TIMEOUT_SECONDS + " s");
    }
    return new Result(
        process.exitValue(),
        Files.readString(output, StandardCharsets.UTF_8),
        Files.readString(errors, StandardCharsets.UTF_8));
  }

  /** Each row of SPARQL JSON results as {@code label | partner}. */
  private static List<String> rows(String json) {
    JsonObject results = JSON.parse(json);
    List<String> rows = new ArrayList<>();
    for (JsonValue binding : results.getObj("results").get("bindings").getAsArray()) {
      JsonObject row = binding.getAsObject();
      rows.add(value(row, "label") + " | " + value(row, "partner"));
    }
    return rows;
  }

  private static String value(JsonObject row, String variable) {
    return row.hasKey(variable) ? row.getObj(variable).getString("value") : "(unbound)";
  }
}
