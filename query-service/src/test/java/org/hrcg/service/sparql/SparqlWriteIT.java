package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.service.TestGraphs.DEFAULT_GRAPH;
import static org.hrcg.service.TestGraphs.HRC;
import static org.hrcg.service.TestGraphs.ONTOLOGY_GRAPH;
import static org.hrcg.service.TestGraphs.caseStudy;
import static org.hrcg.service.TestGraphs.caseStudyTurtle;
import static org.hrcg.service.TestGraphs.graph;
import static org.hrcg.service.TestGraphs.practice;
import static org.hrcg.service.TestGraphs.practiceWithoutTerritory;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.hrcg.model.store.GraphLoad;
import org.hrcg.model.store.LoadRecord;
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
 * Writes through SPARQL Update and the Graph Store Protocol over real HTTP: who may write, where
 * writes go, what is refused, and that a refused write changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SparqlWriteIT {

  static final Credentials ADMIN = new Credentials("admin", "admin-secret");
  static final Credentials CONTRIBUTOR = new Credentials("city-network", "contributor-secret");

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) throws Exception {
    Path contributors = directory.resolve("contributors.txt");
    String hash = new BCryptPasswordEncoder(4).encode(CONTRIBUTOR.password());
    Files.writeString(contributors, CONTRIBUTOR.user() + ":" + hash + ":alpha-study\n");
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.admin-password", ADMIN::password);
    registry.add("hrcg.contributors", contributors::toString);
  }

  @LocalServerPort int port;
  @Autowired TdbStore store;
  ServiceClient client;

  @BeforeEach
  void oneCaseStudy() {
    client = new ServiceClient(port);
    store.update("DROP SILENT GRAPH <" + DEFAULT_GRAPH + ">");
    store.replaceGraphs(
        Map.of(
            graph("alpha-study"),
            new GraphLoad(caseStudy("alpha-study", "alpha"), LoadRecord.now("test", null))));
  }

  /** Every way to write, and the paths that must not be a way in. */
  static Stream<Arguments> writeRequests() {
    String insert = "INSERT DATA { <urn:example:s> <urn:example:p> <urn:example:o> }";
    String turtle = "<urn:example:s> <urn:example:p> <urn:example:o> .";
    String trig = "<urn:example:g> { <urn:example:s> <urn:example:p> <urn:example:o> }";
    String graphParameter = "?graph=" + graph("alpha-study");
    return Stream.of(
        Arguments.of("POST", "/update", "application/sparql-update", insert),
        Arguments.of(
            "POST",
            "/update",
            "application/x-www-form-urlencoded",
            ServiceClient.form("update", insert)),
        Arguments.of("GET", "/update?" + ServiceClient.form("update", insert), null, null),
        Arguments.of("PUT", "/data" + graphParameter, "text/turtle", turtle),
        Arguments.of("POST", "/data" + graphParameter, "text/turtle", turtle),
        Arguments.of("DELETE", "/data" + graphParameter, null, null),
        Arguments.of("PUT", "/data?default", "text/turtle", turtle),
        Arguments.of("PUT", "/data", "application/trig", trig),
        Arguments.of("POST", "/data", "application/trig", trig),
        Arguments.of("PATCH", "/data" + graphParameter, "text/turtle", turtle),
        Arguments.of("DELETE", "/sparql", null, null),
        Arguments.of("PUT", "/sparql", "text/turtle", turtle),
        Arguments.of("POST", "/hrcg", "application/sparql-update", insert),
        Arguments.of("POST", "/hrcg/update", "application/sparql-update", insert),
        Arguments.of("PUT", "/hrcg/data" + graphParameter, "text/turtle", turtle),
        Arguments.of(
            "POST",
            "/patch",
            "application/rdf-patch",
            "A <urn:example:s> <urn:example:p> <urn:example:o> ."),
        Arguments.of(
            "POST",
            "/hrcg/patch",
            "application/rdf-patch",
            "A <urn:example:s> <urn:example:p> <urn:example:o> ."),
        Arguments.of("POST", "/upload", "text/turtle", turtle),
        Arguments.of(
            "POST", "/$/datasets", "application/x-www-form-urlencoded", "dbName=x&dbType=mem"),
        Arguments.of("DELETE", "/$/datasets/hrcg", null, null));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("writeRequests")
  void refusesEveryWriteWithoutCredentials(
      String method, String path, String contentType, String body) {
    long revision = store.revision();
    HttpResponse<String> response = client.send(method, path, Credentials.NONE, contentType, body);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"hrcg\"");
    assertThat(response.body()).contains("needs credentials");
    assertThat(store.revision()).isEqualTo(revision);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("writeRequests")
  void refusesEveryWriteWithAContributorsCredentials(
      String method, String path, String contentType, String body) {
    long revision = store.revision();
    HttpResponse<String> response = client.send(method, path, CONTRIBUTOR, contentType, body);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("city-network");
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void refusesAWrongPassword() {
    HttpResponse<String> response =
        client.update(new Credentials("admin", "not-the-password"), "CLEAR ALL");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("user name or password is wrong");
    assertThat(store.graphNames()).contains(graph("alpha-study"));
  }

  @Test
  void runsAnAdminsUpdateByBodyAndByForm() {
    assertThat(
            client.update(ADMIN, "INSERT DATA { <urn:example:a> <urn:example:p> 1 }").statusCode())
        .isEqualTo(204);
    HttpResponse<String> form =
        client.send(
            "POST",
            "/update",
            ADMIN,
            "application/x-www-form-urlencoded",
            ServiceClient.form("update", "INSERT DATA { <urn:example:b> <urn:example:p> 2 }"));
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(
            store.ask(
                "ASK { <urn:example:a> <urn:example:p> 1 . <urn:example:b> <urn:example:p> 2 }"))
        .isTrue();
  }

  @Test
  void insertDataWithoutAGraphLandsInTheDefaultGraphsNamedGraph() {
    assertThat(
            client
                .update(ADMIN, "INSERT DATA { <urn:example:a> <urn:example:p> <urn:example:o> }")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            store.ask(
                "ASK { GRAPH <"
                    + DEFAULT_GRAPH
                    + "> { <urn:example:a> <urn:example:p> <urn:example:o> } }"))
        .isTrue();
    HttpResponse<String> union =
        client.get(
            "/sparql?"
                + ServiceClient.form(
                    "query", "ASK { <urn:example:a> <urn:example:p> <urn:example:o> }"),
            "application/sparql-results+json");
    assertThat(union.body()).contains("true");
  }

  @Test
  void graphStorePutPostAndDeleteWorkForTheAdmin() {
    String slug = "gamma-study";
    HttpResponse<String> put =
        client.send(
            "PUT",
            "/data?graph=" + graph(slug),
            ADMIN,
            "text/turtle",
            caseStudyTurtle(slug, "gamma"));
    assertThat(put.statusCode()).isEqualTo(201);
    assertThat(graphOf(slug).isIsomorphicWith(caseStudy(slug, "gamma").getGraph())).isTrue();

    String note = "<urn:example:note> <http://www.w3.org/2000/01/rdf-schema#comment> \"more\" .";
    HttpResponse<String> post =
        client.send("POST", "/data?graph=" + graph(slug), ADMIN, "text/turtle", note);
    assertThat(post.statusCode()).isEqualTo(200);
    assertThat(graphOf(slug).size()).isEqualTo(caseStudy(slug, "gamma").size() + 1);

    HttpResponse<String> delete =
        client.send("DELETE", "/data?graph=" + graph(slug), ADMIN, null, null);
    assertThat(delete.statusCode()).isEqualTo(204);
    assertThat(store.graphNames()).doesNotContain(graph(slug));
  }

  @Test
  void graphStoreDeleteOfAMissingGraphIsNotFoundAndChangesNothing() {
    long revision = store.revision();
    HttpResponse<String> delete =
        client.send("DELETE", "/data?graph=" + graph("no-such-study"), ADMIN, null, null);
    assertThat(delete.statusCode()).isEqualTo(404);
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void graphStorePutToTheDefaultGraphReplacesOnlyItsNamedGraph() {
    String turtle = "<urn:example:a> <urn:example:p> <urn:example:o> .";
    HttpResponse<String> put = client.send("PUT", "/data?default", ADMIN, "text/turtle", turtle);
    assertThat(put.statusCode()).isBetween(200, 204);
    assertThat(
            store.ask(
                "ASK { GRAPH <"
                    + DEFAULT_GRAPH
                    + "> { <urn:example:a> <urn:example:p> <urn:example:o> } }"))
        .isTrue();
    assertThat(store.graphNames()).contains(graph("alpha-study"), ONTOLOGY_GRAPH);
  }

  @Test
  void theRevisionGrowsByOnePerWrite() {
    long before = store.revision();
    client.update(ADMIN, "INSERT DATA { <urn:example:a> <urn:example:p> 1 }");
    client.update(ADMIN, "INSERT DATA { <urn:example:a> <urn:example:p> 2 ; <urn:example:p> 3 }");
    client.send(
        "POST", "/data?default", ADMIN, "text/turtle", "<urn:example:a> <urn:example:p> 4 .");
    assertThat(store.revision()).isEqualTo(before + 3);
  }

  static Stream<Arguments> writesToTheOntologyGraph() {
    String triple = "<urn:example:s> <urn:example:p> <urn:example:o>";
    return Stream.of(
        Arguments.of(
            "POST",
            "/update",
            "application/sparql-update",
            "INSERT DATA { GRAPH <" + ONTOLOGY_GRAPH + "> { " + triple + " } }"),
        Arguments.of(
            "POST", "/update", "application/sparql-update", "DROP GRAPH <" + ONTOLOGY_GRAPH + ">"),
        Arguments.of(
            "POST",
            "/update",
            "application/sparql-update",
            "DELETE WHERE { GRAPH ?g { ?s a <http://www.w3.org/2002/07/owl#Class> } }"),
        Arguments.of("PUT", "/data?graph=" + ONTOLOGY_GRAPH, "text/turtle", triple + " ."),
        Arguments.of("POST", "/data?graph=" + ONTOLOGY_GRAPH, "text/turtle", ""),
        Arguments.of("DELETE", "/data?graph=" + graph("schemes"), null, null),
        Arguments.of("DELETE", "/data?graph=" + graph("meta"), null, null),
        Arguments.of(
            "POST", "/data", "application/trig", "<" + ONTOLOGY_GRAPH + "> { " + triple + " }"));
  }

  @ParameterizedTest(name = "{0} {1} {3}")
  @MethodSource("writesToTheOntologyGraph")
  void refusesWritesToTheVocabularyAndMetaGraphsAndChangesNothing(
      String method, String path, String contentType, String body) {
    long revision = store.revision();
    long ontologySize = graphSize(ONTOLOGY_GRAPH);
    HttpResponse<String> response = client.send(method, path, ADMIN, contentType, body);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("maintained by the store");
    assertThat(store.revision()).isEqualTo(revision);
    assertThat(graphSize(ONTOLOGY_GRAPH)).isEqualTo(ontologySize);
    assertThat(store.graphNames()).contains(graph("schemes"), graph("meta"));
  }

  @Test
  void clearAllClearsTheDataAndKeepsTheVocabulary() {
    long ontologySize = graphSize(ONTOLOGY_GRAPH);
    assertThat(client.update(ADMIN, "CLEAR ALL").statusCode()).isEqualTo(204);
    assertThat(store.graphNames())
        .doesNotContain(graph("alpha-study"))
        .contains(ONTOLOGY_GRAPH, graph("schemes"), graph("meta"));
    assertThat(graphSize(ONTOLOGY_GRAPH)).isEqualTo(ontologySize);
  }

  @Test
  void refusesAnUpdateThatBreaksTheShapesWithTheReport() {
    long revision = store.revision();
    HttpResponse<String> response =
        client.send(
            "POST",
            "/update",
            ADMIN,
            "application/sparql-update",
            practiceWithoutTerritory("alpha-study", "homeless"),
            "Accept",
            "text/turtle");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/turtle"));
    List<ReportEntry> violations = violations(response.body(), Lang.TURTLE);
    assertThat(violations)
        .extracting(e -> e.resultPath().toString())
        .contains("<" + HRC + "territory>");
    assertThat(violations)
        .allSatisfy(e -> assertThat(e.focusNode().getURI()).isEqualTo(practice("homeless")));
    assertThat(store.revision()).isEqualTo(revision);
    assertThat(store.ask("ASK { <" + practice("homeless") + "> ?p ?o }")).isFalse();
    assertThat(
            graphOf("alpha-study").isIsomorphicWith(caseStudy("alpha-study", "alpha").getGraph()))
        .isTrue();
  }

  @Test
  void refusesAGraphStorePutThatBreaksTheShapesWithAJsonReport() {
    long revision = store.revision();
    String broken =
        caseStudyTurtle("alpha-study", "alpha")
            .replace("hrc:territory <https://w3id.org/hrcg/id/territory/alpha> ;", "");
    HttpResponse<String> response =
        client.send(
            "PUT",
            "/data?graph=" + graph("alpha-study"),
            ADMIN,
            "text/turtle",
            broken,
            "Accept",
            "application/json");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/ld+json"));
    assertThat(violations(response.body(), Lang.JSONLD))
        .extracting(e -> e.focusNode().getURI())
        .containsOnly(practice("alpha-care"));
    assertThat(store.revision()).isEqualTo(revision);
    assertThat(
            graphOf("alpha-study").isIsomorphicWith(caseStudy("alpha-study", "alpha").getGraph()))
        .isTrue();
  }

  @Test
  void aQueryEndpointDoesNotRunUpdates() {
    long revision = store.revision();
    HttpResponse<String> response =
        client.send(
            "POST",
            "/sparql",
            Credentials.NONE,
            "application/x-www-form-urlencoded",
            ServiceClient.form("query", "CLEAR ALL"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void answersACorsPreflightForQueriesWithoutCredentials() {
    HttpResponse<String> preflight =
        client.send(
            "OPTIONS",
            "/sparql",
            Credentials.NONE,
            null,
            null,
            "Origin",
            "https://yasgui.example.org",
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "content-type");
    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
        .contains("POST");
    HttpResponse<String> query =
        client.send(
            "GET",
            "/sparql?" + ServiceClient.form("query", "ASK {}"),
            Credentials.NONE,
            null,
            null,
            "Origin",
            "https://yasgui.example.org");
    assertThat(query.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(query.headers().firstValue("Access-Control-Expose-Headers"))
        .hasValueSatisfying(
            exposed -> assertThat(exposed).contains("Hrcg-Result-Truncated", "Retry-After"));
  }

  @Test
  void doesNotOpenWritesToOtherOrigins() {
    HttpResponse<String> preflight =
        client.send(
            "OPTIONS",
            "/update",
            Credentials.NONE,
            null,
            null,
            "Origin",
            "https://elsewhere.example.org",
            "Access-Control-Request-Method",
            "POST");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> putPreflight =
        client.send(
            "OPTIONS",
            "/data",
            Credentials.NONE,
            null,
            null,
            "Origin",
            "https://elsewhere.example.org",
            "Access-Control-Request-Method",
            "PUT");
    assertThat(putPreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private Graph graphOf(String slug) {
    return store.read(
        dataset -> {
          Graph copy = GraphFactory.createDefaultGraph();
          dataset.getNamedModel(graph(slug)).getGraph().find().forEachRemaining(copy::add);
          return copy;
        });
  }

  private long graphSize(String graphIri) {
    return store.read(dataset -> dataset.getNamedModel(graphIri).size());
  }

  private static List<ReportEntry> violations(String body, Lang lang) {
    Graph graph = RDFParser.fromString(body, lang).toGraph();
    ValidationReport report = ValidationReport.fromGraph(graph);
    return report.getEntries().stream()
        .filter(e -> Severity.Violation.equals(e.severity()))
        .toList();
  }
}
