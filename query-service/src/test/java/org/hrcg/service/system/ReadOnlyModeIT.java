package org.hrcg.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Without an admin password the service answers reads and refuses every write, saying why. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReadOnlyModeIT {

  static final Credentials CONTRIBUTOR = new Credentials("city-network", "contributor-secret");

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) throws Exception {
    Path contributors = directory.resolve("contributors.txt");
    String hash = new BCryptPasswordEncoder(4).encode(CONTRIBUTOR.password());
    Files.writeString(contributors, CONTRIBUTOR.user() + ":" + hash + ":alpha-study\n");
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.contributors", contributors::toString);
    // An empty value counts as none: an unset environment variable often arrives as one.
    registry.add("hrcg.admin-password", () -> "");
  }

  @LocalServerPort int port;
  @Autowired TdbStore store;
  ServiceClient client;

  @BeforeEach
  void client() {
    client = new ServiceClient(port);
  }

  @Test
  void answersQueries() {
    HttpResponse<String> response =
        client.get(
            "/sparql?" + ServiceClient.form("query", "ASK { ?s ?p ?o }"),
            "application/sparql-results+json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("true");
  }

  @Test
  void refusesAWriteWithoutCredentialsSayingTheServiceIsReadOnly() {
    long revision = store.revision();
    HttpResponse<String> response =
        client.update(
            Credentials.NONE, "INSERT DATA { <urn:example:a> <urn:example:p> <urn:example:o> }");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("read-only", "HRCG_ADMIN_PASSWORD");
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void refusesAContributorsWriteSayingTheServiceIsReadOnly() {
    HttpResponse<String> response =
        client.send(
            "PUT",
            "/data?default",
            CONTRIBUTOR,
            "text/turtle",
            "<urn:example:a> <urn:example:p> 1 .");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("read-only");
  }

  @Test
  void hasNoAdminUserToLogInAs() {
    HttpResponse<String> response =
        client.update(
            new Credentials("admin", ""), "INSERT DATA { <urn:example:a> <urn:example:p> 1 }");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(store.ask("ASK { <urn:example:a> ?p ?o }")).isFalse();
  }
}
