package org.hrcg.service.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.service.TestGraphs.caseStudy;
import static org.hrcg.service.TestGraphs.graph;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hrcg.model.store.GraphLoad;
import org.hrcg.model.store.LoadRecord;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The home page, the editor on the endpoint's URL and the security headers, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HomePageIT {

  static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.admin-password", () -> "admin-secret");
  }

  @LocalServerPort int port;
  @Autowired TdbStore store;
  ServiceClient client;

  @BeforeEach
  void oneCaseStudy() {
    client = new ServiceClient(port);
    store.replaceGraphs(Map.of(graph("alpha-study"), load("alpha-study", "alpha")));
  }

  private static GraphLoad load(String slug, String city) {
    return new GraphLoad(caseStudy(slug, city), LoadRecord.now("test", null));
  }

  @Test
  void countsWhatTheStoreHoldsAndCountsAgainAfterAWrite() {
    assertThat(client.get("/", BROWSER).body())
        .contains("<strong>1</strong>", "<span>practice</span>", "<span>source</span>");

    store.replaceGraphs(Map.of(graph("beta-study"), load("beta-study", "beta")));

    assertThat(client.get("/", BROWSER).body())
        .contains("<strong>2</strong>", "<span>practices</span>", "<span>territories</span>");
  }

  @Test
  void servesTheEditorItsScriptsAndItsExamples() {
    HttpResponse<String> page = client.get("/", BROWSER);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

    for (String asset :
        List.of(
            "/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js",
            "/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.css",
            "/js/home.js",
            "/css/home.css",
            "/favicon.svg")) {
      assertThat(page.body()).contains("\"" + asset + "\"");
      assertThat(client.get(asset, "*/*").statusCode()).as(asset).isEqualTo(200);
    }
    // Browsers ask for it on every other page.
    assertThat(client.get("/favicon.ico", "*/*").statusCode()).isEqualTo(200);
    HttpResponse<String> examples = client.get("/api/examples", "application/json");
    assertThat(examples.statusCode()).isEqualTo(200);
    assertThat(examples.body()).contains("\"name\":\"01-procurement-cities\"");
  }

  @Test
  void showsTheEditorToABrowserOpeningTheEndpoint() {
    HttpResponse<String> page = client.get("/sparql", BROWSER);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"yasgui\"", "data-endpoint=\"/sparql\"");
    assertThat(page.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
  }

  @Test
  void answersQueriesAndRdfClientsOnTheEndpointAsBefore() {
    HttpResponse<String> results =
        client.get("/sparql?" + ServiceClient.form("query", "ASK {}"), BROWSER);
    assertThat(results.body()).doesNotContain("id=\"yasgui\"");

    HttpResponse<String> turtle = client.get("/sparql", "text/turtle");
    assertThat(turtle.body()).doesNotContain("id=\"yasgui\"");
    assertThat(turtle.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).doesNotStartWith("text/html"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/sparql",
        "/sparql?query=ASK%7B%7D",
        "/js/home.js",
        "/api/examples",
        "/no-such-page",
        "/actuator/health"
      })
  void everyAnswerCarriesTheSecurityHeaders(String path) {
    assertSecurityHeaders(client.get(path, BROWSER));
  }

  @Test
  void refusalsCarryTheSecurityHeadersToo() {
    assertSecurityHeaders(client.update(Credentials.NONE, "CLEAR ALL"));
    assertSecurityHeaders(client.update(new Credentials("admin", "wrong"), "CLEAR ALL"));
  }

  private static void assertSecurityHeaders(HttpResponse<String> response) {
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .singleElement()
        .satisfies(
            policy ->
                assertThat(policy)
                    .contains("default-src 'self'", "connect-src 'self'", "script-src 'self'")
                    .contains("frame-ancestors 'none'"));
    assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
  }
}
