package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.atlas.json.JSON;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The request-size caps over real HTTP: queries and updates at the default of 1 MB, uploads at 2 MB
 * (64 MB by default; smaller here to keep the test light). A request over its cap is answered 413
 * (414 for a URL) with a problem body, whether or not it declares its length.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RequestSizeIT {

  static final Credentials ADMIN = new Credentials("admin", "admin-secret");
  static final String GRAPH = "https://w3id.org/hrcg/graph/request-size";
  static final int MB = 1024 * 1024;

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.admin-password", ADMIN::password);
    registry.add("hrcg.limits.max-upload-size", () -> "2MB");
  }

  @LocalServerPort int port;
  ServiceClient client;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void client() {
    client = new ServiceClient(port);
  }

  /** A valid query padded with a comment to about {@code bytes} bytes. */
  private static String queryOfSize(int bytes) {
    String query = "ASK { }\n#";
    return query + "x".repeat(Math.max(0, bytes - query.length()));
  }

  /** Turtle of about {@code bytes} bytes: one long literal. */
  private static String turtleOfSize(int bytes) {
    String start = "<https://example.org/s> <https://example.org/p> \"";
    return start + "x".repeat(Math.max(0, bytes - start.length() - 3)) + "\" .";
  }

  @Test
  void aTenMegabyteQueryIsRefusedWith413() {
    HttpResponse<String> response =
        client.send(
            "POST", "/sparql", Credentials.NONE, "application/sparql-query", queryOfSize(10 * MB));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.parse(response.body()).getString("reason")).isEqualTo("too-large");
    assertThat(JSON.parse(response.body()).getString("detail"))
        .contains("1 MB", "hrcg.limits.max-request-size");
  }

  @Test
  void aQueryJustUnderTheCapIsAnswered() {
    HttpResponse<String> response =
        client.send(
            "POST",
            "/sparql",
            Credentials.NONE,
            "application/sparql-query",
            queryOfSize(MB - 1024),
            "Accept",
            "application/sparql-results+json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("true");
  }

  @Test
  void aQueryFormOverTheCapIsRefusedWith413() {
    HttpResponse<String> response =
        client.send(
            "POST",
            "/sparql",
            Credentials.NONE,
            "application/x-www-form-urlencoded",
            ServiceClient.form("query", queryOfSize(2 * MB)));

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void aQueryBodyWithoutADeclaredLengthIsCountedAndRefusedPastTheCap() throws Exception {
    HttpResponse<String> response =
        chunked("POST", "/sparql", "application/sparql-query", queryOfSize(3 * MB), null);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(JSON.parse(response.body()).getString("reason")).isEqualTo("too-large");
  }

  @Test
  void anUpdateOverTheCapIsRefusedWith413EvenForTheAdmin() {
    String update =
        "INSERT DATA { GRAPH <"
            + GRAPH
            + "> { <urn:x:a> <urn:x:b> \""
            + "x".repeat(2 * MB)
            + "\" } }";

    HttpResponse<String> response = client.update(ADMIN, update);

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void aLongQueryInAUrlIsAnswered() {
    HttpResponse<String> response =
        client.get(
            "/sparql?" + ServiceClient.form("query", queryOfSize(32 * 1024)),
            "application/sparql-results+json");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void aQueryInAUrlLongerThanTheServerReadsIsRefusedWith414AndAProblem() {
    HttpResponse<String> response =
        client.get("/sparql?" + ServiceClient.form("query", queryOfSize(100 * 1024)), "*/*");

    assertThat(response.statusCode()).isEqualTo(414);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(JSON.parse(response.body()).getString("reason")).isEqualTo("too-large");
    assertThat(JSON.parse(response.body()).getString("detail")).contains("64 KB", "POST");
  }

  @Test
  void anUploadOverItsCapIsRefusedWith413() {
    HttpResponse<String> response =
        client.send("PUT", "/data?graph=" + GRAPH, ADMIN, "text/turtle", turtleOfSize(3 * MB));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(JSON.parse(response.body()).getString("detail"))
        .contains("2 MB", "hrcg.limits.max-upload-size");
  }

  @Test
  void anUploadWithoutADeclaredLengthIsCountedAndRefusedPastItsCap() throws Exception {
    HttpResponse<String> response =
        chunked("PUT", "/data?graph=" + GRAPH, "text/turtle", turtleOfSize(3 * MB), ADMIN);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(JSON.parse(response.body()).getString("reason")).isEqualTo("too-large");
    assertThat(client.get("/data?graph=" + GRAPH, "text/turtle").statusCode()).isEqualTo(404);
  }

  @Test
  void anUploadOverTheQueryCapButWithinItsOwnIsStored() throws Exception {
    HttpResponse<String> response =
        chunked("PUT", "/data?graph=" + GRAPH, "text/turtle", turtleOfSize(MB + MB / 8), ADMIN);

    assertThat(response.statusCode()).isIn(200, 201);
    client.send("DELETE", "/data?graph=" + GRAPH, ADMIN, null, null);
  }

  /** A request whose body is streamed without a {@code Content-Length}. */
  private HttpResponse<String> chunked(
      String method, String path, String contentType, String body, Credentials credentials)
      throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(client.url(path)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", contentType)
            .method(method, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (credentials.user() + ":" + credentials.password())
                          .getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), BodyHandlers.ofString());
  }
}
