package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.vocabulary.RDF;
import org.hrcg.model.store.GraphStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The W3C SPARQL 1.1 conformance manifests, run against the service over real HTTP: the Protocol
 * tests, the Graph Store Protocol tests with indirect graph identification (the only way hrcg names
 * graphs on {@code /data}), and the Service Description tests. One test per manifest entry, named
 * by its {@code mf:name}. Each subclass runs them on one kind of store: {@link W3cConformanceIT} on
 * the embedded TDB2 store, {@link RemoteW3cConformanceIT} on a standalone Fuseki server.
 *
 * <p>How the manifests' requests reach the service: {@code /sparql/} paths go to {@code /sparql}
 * for queries and to {@code /update} for updates (decided per request, from its media type, its
 * parameters or, failing those, which language its body parses as); {@code /gsp} paths go to {@code
 * /data}. Updates and Graph Store writes carry the admin's credentials, so that a refusal is the
 * protocol's answer, not the security layer's. Before each test the store's data is dropped ({@code
 * DROP ALL}, which keeps the graphs the store maintains) and the entry's {@code ut:graphData} files
 * are put into their named graphs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class W3cConformance {

  static final String ADMIN_PASSWORD = "w3c-admin-secret";
  private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** The settings every run shares: no data loaded at startup, and the admin's password. */
  static void commonSettings(DynamicPropertyRegistry registry, Path directory) {
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.admin-password", () -> ADMIN_PASSWORD);
  }

  @LocalServerPort int port;
  @Autowired GraphStore store;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** The graphs left after {@code DROP ALL}: those the store maintains itself. */
  private Set<String> keptGraphs = Set.of();

  @TestFactory
  Stream<DynamicTest> protocol() {
    return tests(W3cManifest.read(W3cSuite.manifest("protocol/manifest.ttl")), this::runExchanges);
  }

  @TestFactory
  Stream<DynamicTest> graphStoreProtocol() {
    W3cManifest manifest =
        W3cManifest.read(W3cSuite.manifest("graph-store-protocol/manifest-indirect.ttl"));
    for (W3cManifest.Entry entry : manifest.entries()) {
      assertThat(entry.requires())
          .as("features %s requires", entry.name())
          .isSubsetOf("IndirectGraphIdentification", "POSTGraphCreation");
    }
    return tests(manifest, this::runExchanges);
  }

  @TestFactory
  Stream<DynamicTest> serviceDescription() {
    W3cManifest manifest = W3cManifest.read(W3cSuite.manifest("service-description/manifest.ttl"));
    return tests(manifest, this::runServiceDescriptionTest);
  }

  private interface Runner {
    void run(W3cManifest.Entry entry) throws Exception;
  }

  private static Stream<DynamicTest> tests(W3cManifest manifest, Runner runner) {
    assertThat(manifest.entries()).as(manifest.label()).isNotEmpty();
    return manifest.entries().stream()
        .map(
            entry -> {
              Executable test = () -> runner.run(entry);
              return DynamicTest.dynamicTest(entry.name(), URI.create(entry.iri()), test);
            });
  }

  // ---- Protocol and Graph Store Protocol: the manifest's requests, in order

  private void runExchanges(W3cManifest.Entry entry) {
    assertThat(entry.exchanges()).as("requests of %s", entry.localName()).isNotEmpty();
    resetStore();
    for (W3cManifest.GraphData data : entry.graphData()) {
      putGraph(data);
    }
    Map<String, String> variables = new HashMap<>();
    int step = 0;
    for (W3cManifest.Exchange exchange : entry.exchanges()) {
      step++;
      perform(entry.localName() + " request " + step, exchange, variables);
    }
  }

  private void perform(String label, W3cManifest.Exchange exchange, Map<String, String> variables) {
    Route route = route(exchange, variables);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(route.pathAndQuery())))
            .timeout(TIMEOUT)
            .method(
                exchange.method(),
                exchange
                    .body()
                    .map(b -> BodyPublishers.ofByteArray(substitute(b, variables)))
                    .orElse(BodyPublishers.noBody()));
    for (W3cManifest.Header header : exchange.headers()) {
      request.header(header.name(), header.value());
    }
    if (route.admin()) {
      request.header("Authorization", adminAuthorization());
    }
    HttpResponse<byte[]> response = send(request.build());
    String what =
        label
            + ": "
            + exchange.method()
            + " "
            + route.pathAndQuery()
            + " answered "
            + response.statusCode()
            + " "
            + abbreviate(response.body());
    W3cManifest.ExpectedResponse expected = exchange.expected();

    assertThat(expected.allows(response.statusCode()))
        .as("%s; expected one of %s", what, expected.statuses())
        .isTrue();
    expected.format().ifPresent(format -> checkFormat(what, format, response, expected));
    expected
        .locationVariable()
        .ifPresent(
            variable -> {
              Optional<String> location = response.headers().firstValue("Location");
              assertThat(location).as("%s: the Location header", what).isPresent();
              variables.put(variable, location.orElseThrow());
            });
    for (W3cManifest.Header header : expected.headers()) {
      checkHeader(what, header, response);
    }
    expected.body().ifPresent(body -> checkGraph(what, route, body, expected, response));
  }

  private void checkFormat(
      String what,
      String format,
      HttpResponse<byte[]> response,
      W3cManifest.ExpectedResponse expected) {
    ContentType contentType = contentType(what, response);
    switch (format) {
      case "boolean", "tabular" -> {
        Lang lang = WebContent.contentTypeToLangResultSet(contentType.getContentTypeStr());
        assertThat(lang).as("%s: a SPARQL results media type", what).isNotNull();
        SPARQLResult result =
            ResultsReader.create()
                .lang(lang)
                .build()
                .readAny(new ByteArrayInputStream(response.body()));
        if (format.equals("boolean")) {
          assertThat(result.isBoolean()).as("%s: a boolean result", what).isTrue();
          expected
              .booleanResult()
              .ifPresent(
                  b ->
                      assertThat(result.getBooleanResult())
                          .as("%s: the answer", what)
                          .isEqualTo(b));
        } else {
          assertThat(result.isResultSet()).as("%s: a table of results", what).isTrue();
          assertThat(lang)
              .as("%s: tabular results as XML, JSON, CSV or TSV", what)
              .isIn(
                  ResultSetLang.RS_XML,
                  ResultSetLang.RS_JSON,
                  ResultSetLang.RS_CSV,
                  ResultSetLang.RS_TSV);
        }
      }
      case "RDF" -> parseRdf(what, response, null);
      default -> fail("%s: the runner does not know the result format \"%s\"", what, format);
    }
  }

  private static void checkHeader(
      String what, W3cManifest.Header header, HttpResponse<byte[]> response) {
    Optional<String> actual = response.headers().firstValue(header.name());
    assertThat(actual).as("%s: header %s", what, header.name()).isPresent();
    if (header.name().equalsIgnoreCase("Content-Type")) {
      ContentType wanted = ContentType.create(header.value());
      ContentType got = ContentType.create(actual.orElseThrow());
      assertThat(got.getContentTypeStr())
          .as("%s: media type", what)
          .isEqualToIgnoringCase(wanted.getContentTypeStr());
      if (wanted.getCharset() != null) {
        assertThat(got.getCharset())
            .as("%s: charset", what)
            .isEqualToIgnoringCase(wanted.getCharset());
      }
    } else {
      assertThat(actual.orElseThrow().trim())
          .as("%s: header %s", what, header.name())
          .isEqualTo(header.value().trim());
    }
  }

  /**
   * The response's graph must be isomorphic with the manifest's. One reading: hrcg's default graph
   * is by design the union of the named graphs, and the graphs the store maintains (ontology,
   * concept schemes, load records) are always among them; a {@code ?default} read is therefore
   * compared with the manifest's graph together with those graphs as they are at that moment.
   */
  private void checkGraph(
      String what,
      Route route,
      W3cManifest.Body body,
      W3cManifest.ExpectedResponse expected,
      HttpResponse<byte[]> response) {
    String expectedType = expected.header("Content-Type").orElse(WebContent.contentTypeTurtle);
    Lang expectedLang =
        RDFLanguages.contentTypeToLang(ContentType.create(expectedType).getContentTypeStr());
    assertThat(expectedLang).as("%s: the manifest's body type %s", what, expectedType).isNotNull();
    Graph wanted = GraphFactory.createDefaultGraph();
    RDFParser.fromString(body.chars(), expectedLang).base(url(route.pathAndQuery())).parse(wanted);
    if (route.defaultGraphRead()) {
      keptGraphsNow().find().forEachRemaining(wanted::add);
    }
    Graph got = parseRdf(what, response, url(route.pathAndQuery()));
    assertThat(got.isIsomorphicWith(wanted))
        .as(
            "%s: the graph is isomorphic with the manifest's (%d triples, expected %d)",
            what, got.size(), wanted.size())
        .isTrue();
  }

  /** The triples of the kept graphs, read in one response so that blank nodes stay shared. */
  private Graph keptGraphsNow() {
    HttpResponse<byte[]> all =
        send(
            HttpRequest.newBuilder(URI.create(url(SparqlEndpoints.DATA)))
                .timeout(TIMEOUT)
                .header("Accept", WebContent.contentTypeNQuads)
                .GET()
                .build());
    assertThat(all.statusCode()).as("GET /data").isEqualTo(200);
    DatasetGraph dataset =
        RDFParser.source(new ByteArrayInputStream(all.body())).lang(Lang.NQUADS).toDatasetGraph();
    Graph kept = GraphFactory.createDefaultGraph();
    for (String name : keptGraphs) {
      dataset.getGraph(NodeFactory.createURI(name)).find().forEachRemaining(kept::add);
    }
    return kept;
  }

  private Graph parseRdf(String what, HttpResponse<byte[]> response, String base) {
    ContentType contentType = contentType(what, response);
    Lang lang = RDFLanguages.contentTypeToLang(contentType.getContentTypeStr());
    assertThat(lang).as("%s: an RDF media type", what).isNotNull();
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.source(new ByteArrayInputStream(response.body()))
        .lang(lang)
        .base(base == null ? url(SparqlEndpoints.QUERY) : base)
        .parse(graph);
    return graph;
  }

  private static ContentType contentType(String what, HttpResponse<byte[]> response) {
    Optional<String> header = response.headers().firstValue("Content-Type");
    assertThat(header).as("%s: Content-Type", what).isPresent();
    return ContentType.create(header.orElseThrow());
  }

  /** Where a manifest request goes on this service, and whether it carries the admin's name. */
  private record Route(String pathAndQuery, boolean admin, boolean defaultGraphRead) {}

  private Route route(W3cManifest.Exchange exchange, Map<String, String> variables) {
    String path = substitute(exchange.absolutePath(), variables);
    if (path.startsWith("/sparql/")) {
      String query = path.substring("/sparql/".length());
      boolean update = isUpdate(exchange, query);
      String endpoint = update ? SparqlEndpoints.UPDATE : SparqlEndpoints.QUERY;
      return new Route(endpoint + query, update, false);
    }
    if (path.startsWith("/gsp")) {
      String query = path.substring("/gsp".length());
      assertThat(query).as("indirect graph identification: %s", path).matches("(\\?.*)?");
      boolean write = !Set.of("GET", "HEAD", "OPTIONS").contains(exchange.method());
      boolean defaultRead = !write && query.equals("?default");
      return new Route(SparqlEndpoints.DATA + query, write, defaultRead);
    }
    throw new IllegalStateException("the runner has no route for " + path);
  }

  /**
   * Whether a {@code /sparql/} request of the protocol manifest is an update: by its media type,
   * else by the protocol parameters it names, else by the language its body parses as.
   */
  static boolean isUpdate(W3cManifest.Exchange exchange, String queryString) {
    Optional<String> mediaType =
        exchange.header("Content-Type").map(v -> ContentType.create(v).getContentTypeStr());
    if (mediaType.filter(WebContent.contentTypeSPARQLUpdate::equals).isPresent()) {
      return true;
    }
    if (mediaType.filter(WebContent.contentTypeSPARQLQuery::equals).isPresent()) {
      return false;
    }
    Set<String> names = new HashSet<>(parameterNames(queryString));
    exchange.body().ifPresent(b -> names.addAll(parameterNames(b.chars())));
    if (names.contains("update")
        || names.contains("using-graph-uri")
        || names.contains("using-named-graph-uri")) {
      return true;
    }
    if (names.contains("query")) {
      return false;
    }
    String body = exchange.body().map(W3cManifest.Body::chars).orElse("");
    return !parsesAsQuery(body) && parsesAsUpdate(body);
  }

  private static List<String> parameterNames(String text) {
    String query = text.startsWith("?") ? text.substring(1) : text;
    List<String> names = new ArrayList<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        names.add(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8));
      }
    }
    return names;
  }

  private static boolean parsesAsQuery(String text) {
    try {
      QueryFactory.create(text);
      return true;
    } catch (QueryParseException e) {
      return false;
    }
  }

  private static boolean parsesAsUpdate(String text) {
    try {
      UpdateFactory.create(text);
      return true;
    } catch (QueryParseException e) {
      return false;
    }
  }

  private static String substitute(String text, Map<String, String> variables) {
    String result = text;
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      result = result.replace(variable.getKey(), variable.getValue());
    }
    return result;
  }

  private static byte[] substitute(W3cManifest.Body body, Map<String, String> variables) {
    return new W3cManifest.Body(substitute(body.chars(), variables), body.encoding()).bytes();
  }

  // ---- Service Description: the three conformance criteria of SPARQL 1.1 Service Description

  private static final List<String> RDF_TYPES =
      List.of(
          WebContent.contentTypeTurtle,
          WebContent.contentTypeRDFXML,
          WebContent.contentTypeJSONLD,
          WebContent.contentTypeNTriples);

  private void runServiceDescriptionTest(W3cManifest.Entry entry) {
    switch (entry.localName()) {
      case "returns-rdf" -> {
        for (String accept : RDF_TYPES) {
          Graph description = serviceDescription(accept);
          assertThat(description.isEmpty()).as("description as %s", accept).isFalse();
        }
        assertThat(serviceDescription(null).isEmpty()).as("description, no Accept").isFalse();
      }
      case "has-endpoint-triple" -> {
        String endpoint = url(SparqlEndpoints.QUERY);
        for (String accept : RDF_TYPES) {
          Model description = ModelFactory.createModelForGraph(serviceDescription(accept));
          assertThat(
                  description.contains(null, sd("endpoint"), description.createResource(endpoint)))
              .as("?service sd:endpoint <%s> in the description as %s", endpoint, accept)
              .isTrue();
        }
      }
      case "conforms-to-schema" -> {
        Model description =
            ModelFactory.createModelForGraph(serviceDescription(WebContent.contentTypeTurtle));
        conformsToSchema(description);
      }
      default -> fail("the runner has no check for the service-description test %s", entry.iri());
    }
  }

  /**
   * The use of the vocabulary that can be checked by machine: every named graph has its name, and
   * every node in the place of a service, dataset or graph is typed as one, with a SPARQL language
   * that the recommendation defines and a dataset that has graphs.
   */
  private static void conformsToSchema(Model description) {
    assertTyped(
        description,
        "Service",
        List.of(
            "endpoint",
            "feature",
            "defaultEntailmentRegime",
            "supportedLanguage",
            "defaultDataset",
            "resultFormat",
            "inputFormat",
            "extensionFunction",
            "languageExtension"),
        List.of());
    assertTyped(
        description, "Dataset", List.of("defaultGraph", "namedGraph"), List.of("defaultDataset"));
    assertTyped(description, "NamedGraph", List.of("name", "graph"), List.of("namedGraph"));
    assertTyped(description, "Graph", List.of(), List.of("defaultGraph", "graph"));
    description
        .listSubjectsWithProperty(RDF.type, description.createResource(SD + "NamedGraph"))
        .forEachRemaining(
            graph -> assertThat(graph.hasProperty(sd("name"))).as("sd:name of %s", graph).isTrue());
    Set<String> languages = new HashSet<>();
    description
        .listObjectsOfProperty(sd("supportedLanguage"))
        .forEachRemaining(l -> languages.add(l.asResource().getURI()));
    assertThat(languages)
        .as("sd:supportedLanguage")
        .isNotEmpty()
        .allMatch(l -> l.matches(SD.replace(".", "\\.") + "SPARQL(10Query|11Query|11Update)"));
    description
        .listObjectsOfProperty(sd("defaultDataset"))
        .forEachRemaining(
            dataset ->
                assertThat(
                        dataset.asResource().hasProperty(sd("defaultGraph"))
                            || dataset.asResource().hasProperty(sd("namedGraph")))
                    .as("the dataset %s has a default or a named graph", dataset)
                    .isTrue());
  }

  private static void assertTyped(
      Model description, String type, List<String> domainOf, List<String> rangeOf) {
    Set<RDFNode> candidates = new HashSet<>();
    for (String property : domainOf) {
      description.listSubjectsWithProperty(sd(property)).forEachRemaining(candidates::add);
    }
    for (String property : rangeOf) {
      description.listObjectsOfProperty(sd(property)).forEachRemaining(candidates::add);
    }
    Resource sdType = description.createResource(SD + type);
    for (RDFNode candidate : candidates) {
      assertThat(candidate.isResource() && candidate.asResource().hasProperty(RDF.type, sdType))
          .as("%s is typed sd:%s", candidate, type)
          .isTrue();
    }
  }

  private static Property sd(String localName) {
    return ModelFactory.createDefaultModel().createProperty(SD + localName);
  }

  private Graph serviceDescription(String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(SparqlEndpoints.QUERY))).timeout(TIMEOUT).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    HttpResponse<byte[]> response = send(request.build());
    String what = "GET /sparql (Accept: " + accept + ") answered " + response.statusCode();
    assertThat(response.statusCode()).as(what).isEqualTo(200);
    if (accept != null) {
      assertThat(contentType(what, response).getContentTypeStr()).as(what).isEqualTo(accept);
    }
    return parseRdf(what, response, url(SparqlEndpoints.QUERY));
  }

  // ---- The store between tests

  /** Drops the data as the admin would, and remembers which graphs the store keeps. */
  private void resetStore() {
    HttpResponse<byte[]> drop =
        send(
            HttpRequest.newBuilder(URI.create(url(SparqlEndpoints.UPDATE)))
                .timeout(TIMEOUT)
                .header("Content-Type", WebContent.contentTypeSPARQLUpdate)
                .header("Authorization", adminAuthorization())
                .POST(BodyPublishers.ofString("DROP ALL"))
                .build());
    assertThat(drop.statusCode())
        .as("DROP ALL answered %s", abbreviate(drop.body()))
        .isBetween(200, 299);
    keptGraphs = Set.copyOf(store.graphNames());
  }

  private void putGraph(W3cManifest.GraphData data) {
    byte[] content;
    try {
      content = Files.readAllBytes(data.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Lang lang = RDFLanguages.filenameToLang(data.file().getFileName().toString(), Lang.NTRIPLES);
    HttpResponse<byte[]> put =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        url(SparqlEndpoints.DATA)
                            + "?graph="
                            + URLEncoder.encode(data.graphName(), StandardCharsets.UTF_8)))
                .timeout(TIMEOUT)
                .header("Content-Type", lang.getHeaderString())
                .header("Authorization", adminAuthorization())
                .PUT(BodyPublishers.ofByteArray(content))
                .build());
    assertThat(put.statusCode())
        .as(
            "loading %s into <%s>: %s",
            data.file().getFileName(), data.graphName(), abbreviate(put.body()))
        .isBetween(200, 299);
  }

  // ---- HTTP

  private String url(String pathAndQuery) {
    return "http://localhost:" + port + pathAndQuery;
  }

  private static String adminAuthorization() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return http.send(request, BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
