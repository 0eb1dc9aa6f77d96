package org.hrcg.ingest.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading an RDF file reaches nothing outside its text: a loopback server that would serve the
 * context, DTD or entity a file names must see no request, and a local file an entity names must
 * not be read.
 */
class RdfReaderSafetyIT {

  private static final String CONTEXT =
      "{\"@context\": {\"hrc\": \"https://w3id.org/hrcg/ontology#\"}}";

  private final RdfCaseStudyReader reader = new RdfCaseStudyReader();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private String origin;

  @BeforeEach
  void startLoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestURI().toString());
          byte[] body = CONTEXT.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    origin = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopLoopbackServer() {
    server.stop(0);
  }

  @Test
  void loopbackServerSeesTheRequestsMadeToIt() throws Exception {
    // The other tests count on a request reaching the server being seen.
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(origin + "/context.jsonld")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).isEqualTo(CONTEXT);
    assertThat(requests).containsExactly("/context.jsonld");
  }

  @Test
  void jsonLdRemoteContextIsNeverFetched() {
    String url = origin + "/context.jsonld";
    ReadOutcome outcome =
        read(
            "remote.jsonld",
            """
            {
              "@context": "%s",
              "@id": "https://w3id.org/hrcg/id/case-study/remote",
              "@type": "hrc:CaseStudy"
            }
            """
                .formatted(url));

    assertThat(requests).isEmpty();
    assertThat(outcome.graphs()).isEmpty();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.position().line()).isEqualTo(2);
              assertThat(problem.message())
                  .isEqualTo(
                      "JSON-LD context <"
                          + url
                          + "> is not fetched: remote contexts are refused; only the bundled"
                          + " contexts [https://w3id.org/hrcg/context.jsonld] can be named");
            });
  }

  @Test
  void jsonLdImportedContextIsNeverFetched() {
    ReadOutcome outcome =
        read(
            "import.jsonld",
            """
            {
              "@context": {"@version": 1.1, "@import": "%s/imported.jsonld"},
              "@id": "https://w3id.org/hrcg/id/case-study/imported",
              "@type": "https://w3id.org/hrcg/ontology#CaseStudy"
            }
            """
                .formatted(origin));

    assertThat(requests).isEmpty();
    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .contains("JSON-LD context <" + origin + "/imported.jsonld> is not fetched");
  }

  @Test
  void rdfXmlExternalEntityOverHttpIsNeverFetched() {
    ReadOutcome outcome =
        read(
            "http-entity.rdf",
            """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY remote SYSTEM "%s/entity"> ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="urn:example:a"><rdf:value>&remote;</rdf:value></rdf:Description>
            </rdf:RDF>
            """
                .formatted(origin));

    assertThat(requests).isEmpty();
    assertThat(outcome.graphs()).isEmpty();
    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("http-entity.rdf:2:")
        .contains("external entity 'remote' (SYSTEM \"" + origin + "/entity\")");
  }

  @Test
  void rdfXmlExternalDtdIsNeverFetched() {
    ReadOutcome outcome =
        read(
            "http-dtd.rdf",
            """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF SYSTEM "%s/rdf.dtd">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>
            """
                .formatted(origin));

    assertThat(requests).isEmpty();
    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .contains("external DTD (SYSTEM \"" + origin + "/rdf.dtd\")");
  }

  @Test
  void rdfXmlExternalParameterEntityIsNeverFetched() {
    ReadOutcome outcome =
        read(
            "parameter.rdf",
            """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [
              <!ENTITY % remote SYSTEM "%s/parameter.dtd">
              %remote;
            ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>
            """
                .replace("%s", origin));

    assertThat(requests).isEmpty();
    assertThat(outcome.graphs()).isEmpty();
    assertThat(messages(outcome)).first().asString().contains("external entity '%remote'");
  }

  @Test
  void rdfXmlExternalEntityOnTheFileSystemIsNeverRead(@TempDir Path dir) throws IOException {
    String secret = "secret-" + System.nanoTime();
    Path file = Files.writeString(dir.resolve("secret.txt"), secret);

    ReadOutcome outcome =
        read(
            "file-entity.rdf",
            """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "%s"> ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                     xmlns:hrc="https://w3id.org/hrcg/ontology#">
              <hrc:CaseStudy rdf:about="https://w3id.org/hrcg/id/case-study/x">
                <rdf:value>&secret;</rdf:value>
              </hrc:CaseStudy>
            </rdf:RDF>
            """
                .formatted(file.toUri()));

    assertThat(outcome.graphs()).isEmpty();
    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .contains("external entity 'secret'")
        .doesNotContain(secret);
  }

  private ReadOutcome read(String name, String text) {
    return reader.read(new SourceFile(Path.of(name), text));
  }

  private static List<String> messages(ReadOutcome outcome) {
    return outcome.problems().stream().map(Problem::toString).toList();
  }
}
