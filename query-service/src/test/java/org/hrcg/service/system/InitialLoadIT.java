package org.hrcg.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.hrcg.model.store.LoadedGraph;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.ServiceClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A service started on an empty store serves the data folder's case studies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InitialLoadIT {

  static final String GRAPH = "https://w3id.org/hrcg/graph/sample-care-2025";

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", InitialLoadIT::dataFolder);
  }

  static String dataFolder() {
    try {
      return Path.of(InitialLoadIT.class.getResource("/initial-data").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @LocalServerPort int port;
  @Autowired TdbStore store;

  @Test
  void loadsTheDataFolderIntoAnEmptyStoreBeforeServing() {
    assertThat(store.graphNames()).contains(GRAPH);
    assertThat(store.loadRecord(GRAPH))
        .hasValueSatisfying(
            (LoadedGraph loaded) -> {
              assertThat(loaded.record().agent()).isEqualTo(InitialLoad.AGENT);
              assertThat(loaded.record().file()).endsWith("sample-care.ttl");
            });
    HttpResponse<String> response =
        new ServiceClient(port)
            .get(
                "/sparql?"
                    + ServiceClient.form(
                        "query",
                        "ASK { <https://w3id.org/hrcg/id/practice/sample-city-care-network>"
                            + " <https://w3id.org/hrcg/ontology#territory> ?t }"),
                "application/sparql-results+json");
    assertThat(response.body()).contains("true");
  }
}
