package org.hrcg.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.hrcg.service.ServiceClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bundled data loads and is served under another {@code hrcg.base-iri}: its resources and
 * graphs move to that base, and its concepts stay those of the bundled schemes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BundledDataUnderAnotherBaseIT {

  static final String BASE = "https://data.example.org/cities/";

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> Path.of("..", "data").toAbsolutePath().toString());
    registry.add("hrcg.base-iri", () -> BASE);
  }

  @LocalServerPort int port;

  @Test
  void servesTheBundledResourcesUnderTheBase() {
    HttpResponse<String> response =
        new ServiceClient(port).get("/id/territory/barcelona", "application/n-triples");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("<" + BASE + "id/territory/barcelona>")
        .doesNotContain("<https://w3id.org/hrcg/id/territory/barcelona>");
  }

  @Test
  void keepsThePracticesThemesInTheBundledThemeScheme() {
    String ask =
        "ASK { GRAPH <"
            + BASE
            + "graph/geneva-dialogue-2025> {"
            + " <"
            + BASE
            + "id/practice/barcelona-human-rights-procurement>"
            + " <https://w3id.org/hrcg/ontology#theme> <https://w3id.org/hrcg/id/theme/procurement> }"
            + " <https://w3id.org/hrcg/id/theme/procurement>"
            + " <http://www.w3.org/2004/02/skos/core#inScheme> <https://w3id.org/hrcg/id/theme> }";

    HttpResponse<String> response =
        new ServiceClient(port)
            .get("/sparql?" + ServiceClient.form("query", ask), "application/sparql-results+json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"boolean\"").contains("true");
  }
}
