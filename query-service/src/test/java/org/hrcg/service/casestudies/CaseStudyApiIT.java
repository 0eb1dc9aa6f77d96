package org.hrcg.service.casestudies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.service.TestGraphs.graph;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.hrcg.model.store.ExportScope;
import org.hrcg.model.store.LoadedGraph;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The case-study API over real HTTP on a TDB2 store: each format, raw and as a form; who may submit
 * and withdraw what; what a refused upload answers, and that it writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CaseStudyApiIT {

  static final Credentials ADMIN = new Credentials("admin", "admin-secret");
  static final Credentials CITY = new Credentials("city-network", "city-secret");
  static final Credentials OTHER = new Credentials("other-network", "other-secret");

  static final String PATH = "/api/case-studies";
  static final String PROBLEM_JSON = "application/problem+json";
  static final int UPLOAD_LIMIT = 256 * 1024;

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) throws IOException {
    BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
    Path contributors = directory.resolve("contributors.txt");
    Files.writeString(
        contributors,
        "# test contributors\n"
            + CITY.user()
            + ":"
            + encoder.encode(CITY.password())
            + ":alpha-study,beta-study\n"
            + OTHER.user()
            + ":"
            + encoder.encode(OTHER.password())
            + ":gamma-study\n");
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.admin-password", ADMIN::password);
    registry.add("hrcg.contributors", contributors::toString);
    registry.add("hrcg.limits.max-upload-size", () -> UPLOAD_LIMIT + "B");
  }

  @LocalServerPort int port;
  @Autowired TdbStore store;
  ServiceClient client;

  @BeforeEach
  void noCaseStudies() {
    client = new ServiceClient(port);
    for (String slug : List.of("alpha-study", "beta-study", "gamma-study")) {
      store.withdraw(slug);
    }
    store.update("DROP SILENT GRAPH <https://w3id.org/hrcg/graph/curation>");
  }

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("text/turtle", "ttl", CaseStudyFiles.turtle("alpha-study")),
        Arguments.of(
            "application/ld+json", "jsonld", CaseStudyFiles.rdf("alpha-study", Lang.JSONLD)),
        Arguments.of("application/trig", "trig", CaseStudyFiles.rdf("alpha-study", Lang.TRIG)),
        Arguments.of(
            "application/n-triples", "nt", CaseStudyFiles.rdf("alpha-study", Lang.NTRIPLES)),
        Arguments.of("application/n-quads", "nq", CaseStudyFiles.rdf("alpha-study", Lang.NQUADS)),
        Arguments.of("application/rdf+xml", "rdf", CaseStudyFiles.rdf("alpha-study", Lang.RDFXML)),
        Arguments.of("application/yaml", "yaml", CaseStudyFiles.yaml("alpha-study")),
        Arguments.of("application/x-yaml", "yaml", CaseStudyFiles.yaml("alpha-study")),
        Arguments.of("text/yaml; charset=utf-8", "yaml", CaseStudyFiles.yaml("alpha-study")),
        Arguments.of("text/csv", "csv", CaseStudyFiles.csv("alpha-study")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void eachFormatUploadsAsTheRawBody(String contentType, String extension, String content) {
    HttpResponse<String> response = client.send("POST", PATH, CITY, contentType, content);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).contains("/graph/alpha-study");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    DocumentContext body = JsonPath.parse(response.body());
    assertThat(body.read("$.graph", String.class)).isEqualTo(graph("alpha-study"));
    assertThat(body.read("$.slug", String.class)).isEqualTo("alpha-study");
    assertThat(body.read("$.created", Boolean.class)).isTrue();
    assertThat(body.read("$.triples", Long.class)).isPositive();
    assertThat(body.read("$.revision", Long.class)).isEqualTo(store.revision());
    assertThat(body.read("$.warnings", List.class)).isNotNull();
    LoadedGraph loaded = store.loadRecord(graph("alpha-study")).orElseThrow();
    assertThat(loaded.record().agent()).isEqualTo(CITY.user());
    assertThat(loaded.record().file()).isEqualTo("upload." + extension);
    assertThat(storedTriples("alpha-study")).isEqualTo(body.read("$.triples", Long.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void eachFormatUploadsAsAFormPartNamedWithItsExtension(
      String contentType, String extension, String content) {
    String fileName = "Alpha Study." + extension;

    HttpResponse<String> response =
        client.send(
            "POST",
            PATH,
            CITY,
            CaseStudyFiles.multipartType(),
            CaseStudyFiles.multipart(fileName, "application/octet-stream", content));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(JsonPath.parse(response.body()).read("$.file", String.class))
        .isEqualTo("Alpha_Study." + extension);
    assertThat(store.loadRecord(graph("alpha-study")).orElseThrow().record().file())
        .isEqualTo("Alpha_Study." + extension);
  }

  @Test
  void aFormPartWithoutAKnownExtensionIsReadByItsMediaType() {
    HttpResponse<String> response =
        client.send(
            "POST",
            PATH,
            CITY,
            CaseStudyFiles.multipartType(),
            CaseStudyFiles.multipart(
                "case-study", "text/turtle", CaseStudyFiles.turtle("alpha-study")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(store.loadRecord(graph("alpha-study")).orElseThrow().record().file())
        .isEqualTo("case-study.ttl");
  }

  @Test
  void submittingACaseStudyAgainReplacesItsGraphAndAnswers200() {
    client.send("POST", PATH, CITY, "text/turtle", CaseStudyFiles.turtle("alpha-study"));

    HttpResponse<String> again =
        client.send("POST", PATH, CITY, "application/yaml", CaseStudyFiles.yaml("alpha-study"));

    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(JsonPath.parse(again.body()).read("$.created", Boolean.class)).isFalse();
    assertThat(store.loadRecord(graph("alpha-study")).orElseThrow().record().file())
        .isEqualTo("upload.yaml");
  }

  @Test
  void aContributorMayNotSubmitAnotherContributorsCaseStudy() {
    String before = export();

    HttpResponse<String> response =
        client.send("POST", PATH, OTHER, "text/turtle", CaseStudyFiles.turtle("alpha-study"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    DocumentContext problem = JsonPath.parse(response.body());
    assertThat(problem.read("$.detail", String.class))
        .contains("'other-network'", "'alpha-study'", "[gamma-study]");
    assertThat(problem.read("$.slug", String.class)).isEqualTo("alpha-study");
    assertThat(export()).isEqualTo(before);
  }

  @Test
  void aContributorMayNotSubmitACaseStudyNoOneWasGiven() {
    HttpResponse<String> response =
        client.send("POST", PATH, CITY, "application/yaml", CaseStudyFiles.yaml("delta-study"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(JsonPath.parse(response.body()).read("$.detail", String.class))
        .contains("'delta-study'");
    assertThat(store.graphNames()).doesNotContain(graph("delta-study"));
  }

  @Test
  void theAdminMaySubmitAnyCaseStudy() {
    HttpResponse<String> response =
        client.send("POST", PATH, ADMIN, "application/yaml", CaseStudyFiles.yaml("delta-study"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(store.loadRecord(graph("delta-study")).orElseThrow().record().agent())
        .isEqualTo("admin");
    assertThat(store.withdraw("delta-study")).isTrue();
  }

  @Test
  void withoutCredentialsSubmittingAndWithdrawingAnswer401() {
    HttpResponse<String> submit =
        client.send(
            "POST", PATH, Credentials.NONE, "text/turtle", CaseStudyFiles.turtle("alpha-study"));
    HttpResponse<String> withdraw =
        client.send("DELETE", PATH + "/alpha-study", Credentials.NONE, null, null);
    HttpResponse<String> wrongPassword =
        client.send(
            "POST",
            PATH,
            new Credentials(CITY.user(), "not-the-password"),
            "text/turtle",
            CaseStudyFiles.turtle("alpha-study"));

    for (HttpResponse<String> response : List.of(submit, withdraw, wrongPassword)) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .contains("Basic realm=\"hrcg\"");
      assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    }
    assertThat(store.graphNames()).doesNotContain(graph("alpha-study"));
  }

  @Test
  void aYamlFileWithAnUnknownThemeIsRefusedWithEveryProblemAtItsLineAndNothingIsWritten() {
    client.send("POST", PATH, CITY, "text/turtle", CaseStudyFiles.turtle("beta-study"));
    String before = export();
    String yaml = CaseStudyFiles.yaml("alpha-study", "procurment");

    HttpResponse<String> response = client.send("POST", PATH, CITY, "application/yaml", yaml);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    DocumentContext problem = JsonPath.parse(response.body());
    assertThat(problem.read("$.status", Integer.class)).isEqualTo(422);
    assertThat(problem.read("$.detail", String.class))
        .contains("'upload.yaml'", "errors", "nothing was written");
    assertThat(problem.read("$.file", String.class)).isEqualTo("upload.yaml");
    List<Map<String, Object>> problems = problem.read("$.problems");
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.get("line")).isEqualTo(CaseStudyFiles.yamlThemesLine(yaml));
              assertThat((Integer) p.get("column")).isPositive();
              assertThat(p.get("severity")).isEqualTo("error");
              assertThat((String) p.get("message"))
                  .contains("unknown theme 'procurment'", "did you mean 'procurement'?");
            });
    assertThat(problems)
        .allSatisfy(p -> assertThat(p).containsKeys("line", "column", "severity", "message"));
    assertThat(export()).isEqualTo(before);
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedAtTheOffendingLine() {
    HttpResponse<String> response =
        client.send("POST", PATH, CITY, "text/turtle", "# fine\n\u0000 binary");

    assertThat(response.statusCode()).isEqualTo(422);
    List<Map<String, Object>> problems = JsonPath.parse(response.body()).read("$.problems");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.get("line")).isEqualTo(2);
              assertThat((String) p.get("message")).contains("NUL byte");
            });
  }

  @Test
  void aFileOfTwoCaseStudiesIsRefused() {
    HttpResponse<String> response =
        client.send(
            "POST", PATH, CITY, "text/csv", CaseStudyFiles.csvOfTwo("alpha-study", "beta-study"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(JsonPath.parse(response.body()).read("$.detail", String.class))
        .contains("one case study", "2 graphs");
    assertThat(store.graphNames()).doesNotContain(graph("alpha-study"), graph("beta-study"));
  }

  @Test
  void anUnsupportedContentTypeAnswers415NamingTheFormatsAccepted() {
    HttpResponse<String> plain = client.send("POST", PATH, CITY, "text/plain", "hello");
    HttpResponse<String> latin1 =
        client.send(
            "POST",
            PATH,
            CITY,
            "text/turtle; charset=ISO-8859-1",
            CaseStudyFiles.turtle("alpha-study"));
    HttpResponse<String> unknownPart =
        client.send(
            "POST",
            PATH,
            CITY,
            CaseStudyFiles.multipartType(),
            CaseStudyFiles.multipart("notes.txt", "text/plain", "hello"));

    for (HttpResponse<String> response : List.of(plain, latin1, unknownPart)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
      assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
      assertThat(response.headers().firstValue("Accept-Post").orElseThrow())
          .contains("text/turtle", "application/yaml", "multipart/form-data");
      assertThat(JsonPath.parse(response.body()).read("$.accepted", List.class))
          .contains("text/csv");
    }
    assertThat(JsonPath.parse(latin1.body()).read("$.detail", String.class)).contains("UTF-8");
    assertThat(store.graphNames()).doesNotContain(graph("alpha-study"));
  }

  @Test
  void anUploadOverTheLimitAnswers413() {
    String large =
        CaseStudyFiles.turtle("alpha-study") + "# padding\n".repeat(UPLOAD_LIMIT / 10 + 1);

    HttpResponse<String> raw = client.send("POST", PATH, CITY, "text/turtle", large);
    HttpResponse<String> form =
        client.send(
            "POST",
            PATH,
            CITY,
            CaseStudyFiles.multipartType(),
            CaseStudyFiles.multipart("alpha.ttl", "text/turtle", large));

    for (HttpResponse<String> response : List.of(raw, form)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
      assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
      assertThat(JsonPath.parse(response.body()).read("$.detail", String.class))
          .contains("larger than the limit");
    }
    assertThat(store.graphNames()).doesNotContain(graph("alpha-study"));
  }

  @Test
  void jsonLdWithARemoteContextIsRefusedWithoutFetchingIt() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread accepting =
          new Thread(
              () -> {
                while (!listener.isClosed()) {
                  try (Socket socket = listener.accept()) {
                    connections.incrementAndGet();
                  } catch (IOException closed) {
                    return;
                  }
                }
              });
      accepting.setDaemon(true);
      accepting.start();
      String context = "http://127.0.0.1:" + listener.getLocalPort() + "/context.jsonld";
      String jsonLd =
          """
          {
            "@context": "%s",
            "@id": "https://w3id.org/hrcg/id/case-study/alpha-study",
            "@type": "https://w3id.org/hrcg/ontology#CaseStudy",
            "title": "Case study alpha-study"
          }
          """
              .formatted(context);

      HttpResponse<String> response =
          client.send("POST", PATH, CITY, "application/ld+json", jsonLd);

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(JsonPath.parse(response.body()).read("$.problems[*].message", List.class))
          .anySatisfy(message -> assertThat((String) message).contains(context));
    }
    assertThat(connections).hasValue(0);
    assertThat(store.graphNames()).doesNotContain(graph("alpha-study"));
  }

  @Test
  void onlyTheAdminMaySubmitACurationFile() {
    HttpResponse<String> contributor =
        client.send("POST", PATH, CITY, "application/yaml", CaseStudyFiles.curation());
    HttpResponse<String> admin =
        client.send("POST", PATH, ADMIN, "application/yaml", CaseStudyFiles.curation());

    assertThat(contributor.statusCode()).isEqualTo(403);
    assertThat(JsonPath.parse(contributor.body()).read("$.detail", String.class))
        .contains("curation");
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(201);
    assertThat(admin.headers().firstValue("Location")).contains("/graph/curation");
    assertThat(store.graphNames()).contains("https://w3id.org/hrcg/graph/curation");
  }

  @Test
  void aContributorWithdrawsTheirCaseStudy() {
    client.send("POST", PATH, CITY, "text/turtle", CaseStudyFiles.turtle("alpha-study"));
    client.send("POST", PATH, CITY, "text/turtle", CaseStudyFiles.turtle("beta-study"));
    long revision = store.revision();

    HttpResponse<String> response = client.send("DELETE", PATH + "/alpha-study", CITY, null, null);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    assertThat(store.graphNames())
        .doesNotContain(graph("alpha-study"))
        .contains(graph("beta-study"));
    assertThat(store.loadRecord(graph("alpha-study"))).isEmpty();
    assertThat(store.revision()).isGreaterThan(revision);
  }

  @Test
  void withdrawingNothingAnswers404() {
    HttpResponse<String> response = client.send("DELETE", PATH + "/alpha-study", CITY, null, null);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    assertThat(JsonPath.parse(response.body()).read("$.detail", String.class))
        .contains("no case study 'alpha-study'");
  }

  @Test
  void aContributorMayNotWithdrawAnotherContributorsCaseStudy() {
    client.send("POST", PATH, CITY, "text/turtle", CaseStudyFiles.turtle("alpha-study"));

    HttpResponse<String> response = client.send("DELETE", PATH + "/alpha-study", OTHER, null, null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(JsonPath.parse(response.body()).read("$.detail", String.class))
        .contains("may not withdraw case study 'alpha-study'");
    assertThat(store.graphNames()).contains(graph("alpha-study"));
  }

  @Test
  void theAdminWithdrawsAnyCaseStudy() {
    client.send("POST", PATH, OTHER, "text/turtle", CaseStudyFiles.turtle("gamma-study"));

    HttpResponse<String> response = client.send("DELETE", PATH + "/gamma-study", ADMIN, null, null);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(store.graphNames()).doesNotContain(graph("gamma-study"));
  }

  @Test
  void reservedGraphsAndNonSlugsCannotBeWithdrawn() {
    String before = export();
    for (String slug : List.of("meta", "curation", "ontology", "schemes", "default")) {
      HttpResponse<String> response = client.send("DELETE", PATH + "/" + slug, ADMIN, null, null);

      assertThat(response.statusCode()).as(slug).isEqualTo(400);
      DocumentContext problem = JsonPath.parse(response.body());
      assertThat(problem.read("$.parameter", String.class)).isEqualTo("slug");
      assertThat(problem.read("$.detail", String.class)).contains("reserved graph");
    }
    HttpResponse<String> notASlug = client.send("DELETE", PATH + "/Not_A_Slug", ADMIN, null, null);
    assertThat(notASlug.statusCode()).isEqualTo(400);
    assertThat(JsonPath.parse(notASlug.body()).read("$.parameter", String.class)).isEqualTo("slug");
    assertThat(export()).isEqualTo(before);
  }

  @Test
  void otherMethodsAnswer405WithTheMethodsAllowed() {
    HttpResponse<String> put =
        client.send("PUT", PATH, ADMIN, "text/turtle", CaseStudyFiles.turtle("alpha-study"));
    HttpResponse<String> post =
        client.send("POST", PATH + "/alpha-study", ADMIN, "text/turtle", "x");

    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).contains("POST");
    assertThat(contentType(put)).isEqualTo(PROBLEM_JSON);
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow")).contains("DELETE");
  }

  @Test
  void aProblemBodyHasTheMembersOfRfc9457() {
    HttpResponse<String> response =
        client.send(
            "GET", "/api/no-such-thing", Credentials.NONE, null, null, "Accept", "text/html");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(contentType(response)).isEqualTo(PROBLEM_JSON);
    DocumentContext problem = JsonPath.parse(response.body());
    assertThat(problem.read("$.type", String.class)).isEqualTo("about:blank");
    assertThat(problem.read("$.title", String.class)).isEqualTo("Not Found");
    assertThat(problem.read("$.status", Integer.class)).isEqualTo(404);
    assertThat(problem.read("$.detail", String.class)).contains("/api/no-such-thing");
    assertThat(problem.read("$.instance", String.class)).isEqualTo("/api/no-such-thing");
    assertThat(response.body()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void theOpenApiDescriptionListsTheCaseStudyEndpoints() {
    HttpResponse<String> response = client.get("/v3/api-docs", "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    DocumentContext api = JsonPath.parse(response.body());
    assertThat(api.read("$.openapi", String.class)).startsWith("3.");
    Map<String, Object> paths = api.read("$.paths");
    assertThat(paths.keySet()).allSatisfy(path -> assertThat(path).startsWith("/api/"));
    assertThat(paths).containsKeys("/api/case-studies", "/api/case-studies/{slug}");
    Map<String, Object> post = api.read("$.paths['/api/case-studies'].post");
    assertThat(post).containsKey("requestBody");
    assertThat(api.read("$.paths['/api/case-studies'].post.requestBody.content", Map.class))
        .containsKeys("text/turtle", "application/yaml", "multipart/form-data");
    assertThat(api.read("$.paths['/api/case-studies'].post.responses", Map.class))
        .containsKeys("201", "200", "401", "403", "413", "415", "422", "503", "507");
    assertThat(api.read("$.paths['/api/case-studies/{slug}'].delete.responses", Map.class))
        .containsKeys("204", "400", "403", "404", "503", "507");
    assertThat(api.read("$.components.securitySchemes.basic.scheme", String.class))
        .isEqualTo("basic");
  }

  private long storedTriples(String slug) {
    return store.read(dataset -> dataset.getNamedModel(graph(slug)).size());
  }

  private String export() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out, Lang.NQUADS, ExportScope.ALL);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
  }
}
