package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.service.TestGraphs.caseStudyTurtle;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.WebContent;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.hrcg.service.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the W3C manifests do not check of the gaps closed beyond Fuseki, over real HTTP: the service
 * description's content and endpoint URL, the parameters real clients add to queries, {@code HEAD}
 * on queries, and graph creation by {@code POST}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProtocolConformanceIT {

  static final Credentials ADMIN = new Credentials("admin", "admin-secret");
  static final String SELECT = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1";
  static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1";

  /** The Accept header SPARQLWrapper sends for JSON results, beside format, output and results. */
  static final String SPARQLWRAPPER_JSON =
      "application/sparql-results+json,application/json,text/javascript,application/javascript";

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.admin-password", ADMIN::password);
  }

  @LocalServerPort int port;
  @Autowired TdbStore store;
  ServiceClient client;

  @BeforeEach
  void client() {
    client = new ServiceClient(port);
  }

  // ---- Service description

  @Test
  void describesBothEndpointsAndTheNamedGraphsAsTheyAreNow() {
    HttpResponse<String> response = client.get("/sparql", "text/turtle");
    assertThat(response.statusCode()).isEqualTo(200);
    Model description = turtle(response.body());
    assertThat(
            description.contains(
                null,
                sd(description, "endpoint"),
                description.createResource(client.url("/sparql"))))
        .isTrue();
    assertThat(
            description.contains(
                null,
                sd(description, "endpoint"),
                description.createResource(client.url("/update"))))
        .isTrue();
    List<String> names =
        description
            .listObjectsOfProperty(sd(description, "name"))
            .mapWith(n -> n.asResource().getURI())
            .toList();
    assertThat(names).containsExactlyInAnyOrderElementsOf(store.graphNames());
  }

  @Test
  void namesTheEndpointAtTheHostTheClientNamedAndNotAtForwardedHeaders() throws Exception {
    String request =
        "GET /sparql HTTP/1.1\r\n"
            + "Host: sparql.example.org:8443\r\n"
            + "Accept: application/n-triples\r\n"
            + "X-Forwarded-Host: attacker.example\r\n"
            + "X-Forwarded-Proto: https\r\n"
            + "Connection: close\r\n\r\n";
    String response;
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      try (InputStream in = socket.getInputStream()) {
        response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    assertThat(response).startsWith("HTTP/1.1 200");
    Graph description =
        RDFParser.fromString(response.substring(response.indexOf("\r\n\r\n") + 4), Lang.NTRIPLES)
            .toGraph();
    Model model = ModelFactory.createModelForGraph(description);
    assertThat(
            model.contains(
                null,
                sd(model, "endpoint"),
                model.createResource("http://sparql.example.org:8443/sparql")))
        .isTrue();
    assertThat(response).doesNotContain("attacker.example");
  }

  @Test
  void answersHeadOnTheEndpointWithTheDescriptionsHeaders() {
    HttpResponse<String> head =
        client.send(
            "HEAD", "/sparql", Credentials.NONE, null, null, "Accept", "application/ld+json");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
    assertThat(head.body()).isEmpty();
  }

  // ---- Queries as clients send them

  @Test
  void answersHeadOnAQueryAsGetWithoutTheBody() {
    String path = "/sparql?" + ServiceClient.form("query", SELECT);
    HttpResponse<String> get = client.get(path, "text/csv");
    HttpResponse<String> head =
        client.send("HEAD", path, Credentials.NONE, null, null, "Accept", "text/csv");
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Type"))
        .isEqualTo(get.headers().firstValue("Content-Type"));
    assertThat(head.body()).isEmpty();
  }

  @ParameterizedTest(name = "{0} with {1}, Accept {2}: {3}")
  @CsvSource({
    "SELECT, format=json&output=json&results=json, '"
        + SPARQLWRAPPER_JSON
        + "', application/sparql-results+json",
    "SELECT, format=json, , application/sparql-results+json",
    "SELECT, output=csv, 'text/html,application/xhtml+xml,*/*;q=0.8', text/csv",
    "SELECT, format=xml, */*, application/sparql-results+xml",
    "SELECT, format=json, application/sparql-results+xml, application/sparql-results+xml",
    "SELECT, format=no-such-format, application/sparql-results+json, application/sparql-results+json",
    "SELECT, timeout=20, application/sparql-results+json, application/sparql-results+json",
    "CONSTRUCT, format=json, , application/ld+json",
    "CONSTRUCT, format=csv, , text/turtle",
    "CONSTRUCT, output=ntriples, , application/n-triples",
  })
  void acceptsTheParametersClientsAdd(String form, String parameters, String accept, String sent) {
    String query = form.equals("SELECT") ? SELECT : CONSTRUCT;
    String path = "/sparql?" + ServiceClient.form("query", query) + "&" + parameters;
    HttpResponse<String> response =
        accept == null
            ? client.send("GET", path, Credentials.NONE, null, null)
            : client.get(path, accept);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(sent));
  }

  @Test
  void ignoresJsonpCallbacks() {
    String path = "/sparql?" + ServiceClient.form("query", SELECT, "callback", "steal");
    HttpResponse<String> response = client.get(path, WebContent.contentTypeResultsJSON);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("steal").startsWith("{");
  }

  // ---- Graph creation

  @Test
  void createsAGraphForTriplesPostedToTheGraphStoreAndSaysWhere() {
    String turtle = "<urn:example:s> <urn:example:p> \"created\" .";
    HttpResponse<String> first = client.send("POST", "/data", ADMIN, "text/turtle", turtle);
    HttpResponse<String> second = client.send("POST", "/data", ADMIN, "text/turtle", turtle);
    assertThat(first.statusCode()).isEqualTo(201);
    String location = first.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(TestGraphs.BASE + "graph/");
    assertThat(second.headers().firstValue("Location"))
        .isPresent()
        .isNotEqualTo(first.headers().firstValue("Location"));
    HttpResponse<String> graph =
        client.get("/data?" + ServiceClient.form("graph", location), "application/n-triples");
    assertThat(graph.statusCode()).isEqualTo(200);
    assertThat(
            RDFParser.fromString(graph.body(), Lang.NTRIPLES)
                .toGraph()
                .isIsomorphicWith(RDFParser.fromString(turtle, Lang.TURTLE).toGraph()))
        .isTrue();
  }

  @Test
  void createsNoGraphAndNamesNoneWhenThePostedTriplesBreakTheShapes() {
    List<String> before = store.graphNames();
    String practiceWithoutTerritory =
        "<"
            + TestGraphs.practice("nowhere")
            + "> a <"
            + TestGraphs.HRC
            + "Practice> ; <http://www.w3.org/2000/01/rdf-schema#label> \"Nowhere\"@en .";
    HttpResponse<String> response =
        client.send("POST", "/data", ADMIN, "text/turtle", practiceWithoutTerritory);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Location")).isEmpty();
    assertThat(store.graphNames()).isEqualTo(before);
  }

  @Test
  void stillAddsQuadsPostedToTheGraphStoreGraphByGraph() {
    String trig =
        "<"
            + TestGraphs.graph("posted-quads")
            + "> { "
            + caseStudyTurtle("posted-quads", "quadtown").replaceAll("PREFIX [^\n]*\n", "")
            + " }";
    HttpResponse<String> response =
        client.send(
            "POST",
            "/data",
            ADMIN,
            "application/trig",
            "PREFIX hrc: <https://w3id.org/hrcg/ontology#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
                + "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
                + trig);
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
    assertThat(response.headers().firstValue("Location")).isEmpty();
    assertThat(store.graphNames()).contains(TestGraphs.graph("posted-quads"));
  }

  private static Model turtle(String body) {
    return ModelFactory.createModelForGraph(RDFParser.fromString(body, Lang.TURTLE).toGraph());
  }

  private static org.apache.jena.rdf.model.Property sd(Model model, String localName) {
    return model.createProperty(ServiceDescription.SD + localName);
  }
}
