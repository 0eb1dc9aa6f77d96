package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetOps;
import org.apache.jena.system.Txn;
import org.hrcg.ingest.testing.LoopbackListener;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.AfterAll;
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

/**
 * No client can make the server fetch a URL: SERVICE, LOAD, FROM, a remote JSON-LD context and an
 * XML external entity all reach for a listener on the loopback address, and the listener counts
 * every connection. One endpoint of the listener is on the SERVICE allowlist: calling it shows that
 * the counter counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RemoteFetchIT {

  static final Credentials ADMIN = new Credentials("admin", "admin-secret");
  static final String GRAPH = "https://w3id.org/hrcg/graph/remote-fetch";

  @TempDir static Path directory;
  static LoopbackListener listener;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.admin-password", ADMIN::password);
    registry.add("hrcg.limits.service-allowlist", () -> listener().url("/allowed"));
  }

  static synchronized LoopbackListener listener() {
    if (listener == null) {
      try {
        listener = new LoopbackListener();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return listener;
  }

  @AfterAll
  static void stopListener() throws IOException {
    listener().close();
  }

  @LocalServerPort int port;
  @Autowired TdbStore store;
  ServiceClient client;
  int before;

  @BeforeEach
  void noWritesYetAndConnectionsSoFar() {
    client = new ServiceClient(port);
    store.update("DROP SILENT GRAPH <" + GRAPH + ">");
    before = listener().connections();
  }

  private int newConnections() {
    return listener().connections() - before;
  }

  private HttpResponse<String> query(String query) {
    return client.send(
        "POST",
        "/sparql",
        Credentials.NONE,
        "application/sparql-query",
        query,
        "Accept",
        "application/sparql-results+json");
  }

  @Test
  void anAllowedServiceEndpointIsCalledSoTheListenerSeesConnections() {
    HttpResponse<String> response =
        query("SELECT ?remote { SERVICE <" + listener().url("/allowed") + "> { ?s ?p ?remote } }");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("from the listener");
    assertThat(newConnections()).isPositive();
    assertThat(listener().requestLines()).anyMatch(line -> line.contains("/allowed"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * { SERVICE <%s> { ?s ?p ?o } }",
        "SELECT * { SERVICE SILENT <%s> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <%s> { ?s ?p ?o } } } LIMIT 1",
        "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <%s> { ?s ?p ?o } } } LIMIT 1",
        "SELECT ?x { BIND(EXISTS { SERVICE <%s> { ?s ?p ?o } } AS ?x) }",
        "SELECT * { { SELECT ?s { SERVICE <%s> { ?s ?p ?o } } LIMIT 1 } }",
        "SELECT * { OPTIONAL { SERVICE <%s> { ?s ?p ?o } } }",
        "ASK { SERVICE <%s> { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <%s> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <%s> { ?s ?p ?o } }) LIMIT 1"
      })
  void serviceToAnEndpointNotAllowedIsRefusedWithoutAConnection(String template) {
    HttpResponse<String> response = query(template.formatted(listener().url("/sparql")));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(problem(response).getString("reason")).isEqualTo("service");
    assertThat(problem(response).getString("detail")).contains("SERVICE", "allowlist");
    assertThat(newConnections()).isZero();
  }

  @Test
  void serviceIsRefusedWhicheverWayTheQueryIsSent() {
    String query = "SELECT * { SERVICE <" + listener().url("/sparql") + "> { ?s ?p ?o } }";

    HttpResponse<String> get =
        client.get("/sparql?" + ServiceClient.form("query", query), "application/json");
    HttpResponse<String> form =
        client.send(
            "POST",
            "/sparql",
            Credentials.NONE,
            "application/x-www-form-urlencoded",
            ServiceClient.form("query", query));

    assertThat(get.statusCode()).isEqualTo(403);
    assertThat(form.statusCode()).isEqualTo(403);
    assertThat(newConnections()).isZero();
  }

  @Test
  void serviceWithAVariableEndpointIsRefused() {
    HttpResponse<String> response =
        query(
            "SELECT * { VALUES ?e { <"
                + listener().url("/allowed")
                + "> } SERVICE ?e { ?s ?p ?o } }");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(problem(response).getString("detail")).contains("variable");
    assertThat(newConnections()).isZero();
  }

  @Test
  void fromAndDefaultGraphUriNameStoredGraphsAndFetchNothing() {
    HttpResponse<String> from =
        query("SELECT * FROM <" + listener().url("/from.ttl") + "> { ?s ?p ?o }");
    HttpResponse<String> parameter =
        client.get(
            "/sparql?"
                + ServiceClient.form(
                    "query",
                    "SELECT * { ?s ?p ?o }",
                    "default-graph-uri",
                    listener().url("/default.ttl")),
            "application/json");

    assertThat(from.statusCode()).isEqualTo(200);
    assertThat(parameter.statusCode()).isEqualTo(200);
    assertThat(newConnections()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LOAD <%s>",
        "LOAD SILENT <%s>",
        "LOAD <%s> INTO GRAPH <https://w3id.org/hrcg/graph/loaded>",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> } ; LOAD <%s>"
      })
  void loadIsRefusedEvenForTheAdminWithoutAConnection(String template) {
    HttpResponse<String> response =
        client.update(ADMIN, template.formatted(listener().url("/data.ttl")));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(problem(response).getString("reason")).isEqualTo("load");
    assertThat(problem(response).getString("detail")).contains("LOAD", "/data.ttl");
    assertThat(newConnections()).isZero();
    assertThat(askStored("<urn:a> <urn:b> <urn:c>")).isFalse();
  }

  @Test
  void loadInAnUpdateFormIsRefused() {
    HttpResponse<String> response =
        client.send(
            "POST",
            "/update",
            ADMIN,
            "application/x-www-form-urlencoded",
            ServiceClient.form("update", "LOAD <" + listener().url("/form.ttl") + ">"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(newConnections()).isZero();
  }

  @Test
  void serviceInTheWhereClauseOfAnUpdateIsRefused() {
    HttpResponse<String> response =
        client.update(
            ADMIN,
            "INSERT { GRAPH <"
                + GRAPH
                + "> { ?s ?p ?o } } WHERE { SERVICE <"
                + listener().url("/sparql")
                + "> { ?s ?p ?o } }");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(problem(response).getString("reason")).isEqualTo("service");
    assertThat(newConnections()).isZero();
  }

  @Test
  void jsonLdWithARemoteContextIsRefusedWithoutAFetch() {
    String jsonLd =
        """
        { "@context": "%s",
          "@id": "urn:example:thing", "label": "remote context" }
        """
            .formatted(listener().url("/context.jsonld"));

    HttpResponse<String> response =
        client.send("PUT", "/data?graph=" + GRAPH, ADMIN, "application/ld+json", jsonLd);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("refused", "/context.jsonld");
    assertThat(newConnections()).isZero();
    assertThat(askStored("<urn:example:thing> ?p ?o")).isFalse();
  }

  @Test
  void jsonLdWithARemoteImportInsideAnInlineContextIsRefusedWithoutAFetch() {
    String jsonLd =
        """
        { "@context": { "@version": 1.1, "@import": "%s" },
          "@id": "urn:example:imported", "label": "imported context" }
        """
            .formatted(listener().url("/import.jsonld"));

    HttpResponse<String> response =
        client.send("POST", "/data?graph=" + GRAPH, ADMIN, "application/ld+json", jsonLd);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(newConnections()).isZero();
  }

  @Test
  void jsonLdNamingTheBundledContextIsReadFromTheBundledCopy() {
    String jsonLd =
        """
        { "@context": "https://w3id.org/hrcg/context.jsonld",
          "@id": "urn:example:bundled", "rdfs:label": "bundled context" }
        """;

    HttpResponse<String> response =
        client.send("PUT", "/data?graph=" + GRAPH, ADMIN, "application/ld+json", jsonLd);

    assertThat(response.statusCode()).isBetween(200, 204);
    assertThat(
            askStored(
                "<urn:example:bundled> <http://www.w3.org/2000/01/rdf-schema#label> \"bundled"
                    + " context\""))
        .isTrue();
    assertThat(newConnections()).isZero();
  }

  @Test
  void jsonLdNestedThousandsDeepIsRefusedBeforeItIsParsed() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String jsonLd =
        "{\"@context\": {}, \"@id\": \"urn:example:deep\", \"urn:example:p\": " + deep + "}";

    HttpResponse<String> store =
        client.send("PUT", "/data?graph=" + GRAPH, ADMIN, "application/ld+json", jsonLd);
    assertThat(store.statusCode()).as(store.body()).isEqualTo(400);
    assertThat(problem(store).getString("reason")).isEqualTo("too-deep");

    HttpResponse<String> upload =
        client.send("POST", "/api/case-studies", ADMIN, "application/ld+json", jsonLd);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(422);
    assertThat(upload.body()).contains("JSON nests deeper than 64 levels");

    HttpResponse<String> shallow =
        client.send(
            "PUT",
            "/data?graph=" + GRAPH,
            ADMIN,
            "application/ld+json",
            "{\"@id\": \"urn:example:shallow\", \"urn:example:p\": [[[\"x\"]]]}");
    assertThat(shallow.statusCode()).as(shallow.body()).isBetween(200, 204);
  }

  private static String rdfXml(String doctype) {
    return """
        <?xml version="1.0"?>
        %s
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
          <rdf:Description rdf:about="urn:example:xml">
            <rdfs:label>&value;</rdfs:label>
          </rdf:Description>
        </rdf:RDF>
        """
        .formatted(doctype);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!DOCTYPE rdf:RDF [ <!ENTITY value SYSTEM \"%s\"> ]>",
        "<!DOCTYPE rdf:RDF [ <!ENTITY value PUBLIC \"-//x//y\" \"%s\"> ]>",
        "<!DOCTYPE rdf:RDF [ <!ENTITY %% remote SYSTEM \"%s\"> %%remote; ]>",
        "<!DOCTYPE rdf:RDF SYSTEM \"%s\">"
      })
  void rdfXmlWithAnExternalEntityOrDtdIsRefusedWithoutAFetch(String doctype) {
    String body = rdfXml(doctype.formatted(listener().url("/entity")));

    HttpResponse<String> response =
        client.send("PUT", "/data?graph=" + GRAPH, ADMIN, "application/rdf+xml", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem(response).getString("reason")).isEqualTo("xml-entity");
    assertThat(problem(response).getString("detail")).contains("/entity");
    assertThat(newConnections()).isZero();
    assertThat(askStored("<urn:example:xml> ?p ?o")).isFalse();
  }

  @Test
  void rdfXmlWithInternalEntitiesOnlyIsRead() {
    String body = rdfXml("<!DOCTYPE rdf:RDF [ <!ENTITY value \"internal value\"> ]>");

    HttpResponse<String> response =
        client.send("PUT", "/data?graph=" + GRAPH, ADMIN, "application/rdf+xml", body);

    assertThat(response.statusCode()).isBetween(200, 204);
    assertThat(askStored("<urn:example:xml> ?p \"internal value\"")).isTrue();
  }

  @Test
  void rdfXmlWithAnExternalEntityInAMultipartUploadFetchesNothing() {
    String boundary = "hrcg-boundary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.rdf\""
            + "\r\nContent-Type: application/rdf+xml\r\n\r\n"
            + rdfXml(
                "<!DOCTYPE rdf:RDF [ <!ENTITY value SYSTEM \""
                    + listener().url("/multipart")
                    + "\"> ]>")
            + "\r\n--"
            + boundary
            + "--\r\n";

    client.send(
        "POST", "/data?graph=" + GRAPH, ADMIN, "multipart/form-data; boundary=" + boundary, body);

    assertThat(newConnections()).isZero();
    assertThat(askStored("?s ?p ?o FILTER(CONTAINS(STR(?o), \"from the listener\"))")).isFalse();
  }

  @Test
  void theStoresOwnQueryContextRefusesEndpointsNotAllowedToo() {
    String query = "SELECT * { SERVICE <" + listener().url("/sparql") + "> { ?s ?p ?o } }";

    assertThrows(
        QueryDeniedException.class,
        () ->
            Txn.executeRead(
                store.datasetGraph(),
                () ->
                    RowSetOps.count(
                        QueryExec.dataset(store.datasetGraph()).query(query).select())));
    assertThat(newConnections()).isZero();
  }

  @Test
  void refusalsAreCountedByReason() {
    query("SELECT * { SERVICE <" + listener().url("/sparql") + "> { ?s ?p ?o } }");
    client.update(ADMIN, "LOAD <" + listener().url("/data.ttl") + ">");
    client.send(
        "PUT",
        "/data?graph=" + GRAPH,
        ADMIN,
        "application/rdf+xml",
        rdfXml("<!DOCTYPE rdf:RDF SYSTEM \"" + listener().url("/dtd") + "\">"));

    String metrics = client.get("/actuator/prometheus", "text/plain").body();

    assertThat(metrics)
        .containsPattern("hrcg_sparql_rejections_total\\{[^}]*reason=\"service\"[^}]*\\} [1-9]")
        .containsPattern("hrcg_sparql_rejections_total\\{[^}]*reason=\"load\"[^}]*\\} [1-9]")
        .containsPattern("hrcg_sparql_rejections_total\\{[^}]*reason=\"xml-entity\"[^}]*\\} [1-9]");
  }

  private boolean askStored(String pattern) {
    return Txn.calculateRead(
        store.datasetGraph(),
        () ->
            QueryExec.dataset(store.datasetGraph())
                .query("ASK { GRAPH ?g { " + pattern + " } }")
                .ask());
  }

  private static JsonObject problem(HttpResponse<String> response) {
    return JSON.parse(response.body());
  }
}
