package org.hrcg.service.casestudies;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hrcg.ingest.testing.HostileCorpus;
import org.hrcg.ingest.testing.LoopbackListener;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ingest's hostile-file corpus ({@code ingest/src/test/resources/hostile/} and the YAML error
 * cases), uploaded to {@code POST /api/case-studies} by the administrator on the bundled data: each
 * is refused with {@code 422} and a problem at the expected line holding the expected words, the
 * store's revision and graphs stay as they were, and a loopback listener named by the files that
 * name a URL sees no connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileUploadsIT {

  static final Credentials ADMIN = new Credentials("admin", "admin-secret");
  static final Path INGEST_TESTS = Path.of("..", "ingest", "src", "test", "resources");
  static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "yaml", "application/yaml",
          "csv", "text/csv",
          "ttl", "text/turtle",
          "trig", "application/trig",
          "nt", "application/n-triples",
          "jsonld", "application/ld+json",
          "rdf", "application/rdf+xml");

  @TempDir static Path directory;
  static LoopbackListener listener;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> Path.of("..", "data").toAbsolutePath().toString());
    registry.add("hrcg.admin-password", ADMIN::password);
  }

  @LocalServerPort int port;
  @Autowired GraphStore store;

  record Upload(String name, String body, int line, String words) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void listen() throws IOException {
    listener = new LoopbackListener();
  }

  @AfterAll
  static void stopListening() throws IOException {
    listener.close();
  }

  static Stream<Upload> corpus() {
    return HostileCorpus.entries(INGEST_TESTS).stream()
        .map(
            entry ->
                new Upload(entry.name(), entry.text(listener.port()), entry.line(), entry.words()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedAtItsLineAndWritesNothing(Upload upload) {
    long revision = store.revision();
    List<String> graphs = store.graphNames();
    String extension = upload.name().substring(upload.name().lastIndexOf('.') + 1);

    HttpResponse<String> response =
        new ServiceClient(port)
            .send(
                "POST",
                "/api/case-studies",
                ADMIN,
                MEDIA_TYPES.get(extension) + "; charset=utf-8",
                upload.body());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    DocumentContext problem = JsonPath.parse(response.body());
    List<Map<String, Object>> problems = problem.read("$.problems[?(@.severity == 'error')]");
    assertThat(problems)
        .as(response.body())
        .anySatisfy(
            p -> {
              assertThat(p.get("line")).isEqualTo(upload.line());
              assertThat((String) p.get("message")).contains(upload.words());
            });
    assertThat(response.body()).doesNotContain("root:x:0:0");
    assertThat(store.revision()).isEqualTo(revision);
    assertThat(store.graphNames()).isEqualTo(graphs);
    assertThat(listener.connections()).isZero();
  }
}
