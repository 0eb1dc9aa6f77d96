package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.service.TestGraphs.HRC;
import static org.hrcg.service.TestGraphs.caseStudy;
import static org.hrcg.service.TestGraphs.graph;
import static org.hrcg.service.TestGraphs.practice;
import static org.hrcg.service.TestGraphs.territory;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.vocabulary.RDF;
import org.hrcg.model.store.GraphLoad;
import org.hrcg.model.store.LoadRecord;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** SPARQL 1.1 Query and Graph Store Protocol reads over real HTTP, on a TDB2 store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SparqlProtocolIT {

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.admin-password", () -> "admin-secret");
  }

  private static final String PRACTICES =
      "PREFIX hrc: <" + HRC + "> SELECT ?practice WHERE { ?practice a hrc:Practice }";

  @LocalServerPort int port;
  @Autowired TdbStore store;
  ServiceClient client;

  @BeforeEach
  void twoCaseStudies() {
    client = new ServiceClient(port);
    store.replaceGraphs(
        Map.of(
            graph("alpha-study"), load(caseStudy("alpha-study", "alpha")),
            graph("beta-study"), load(caseStudy("beta-study", "beta"))));
  }

  private static GraphLoad load(Model model) {
    return new GraphLoad(model, LoadRecord.now("test", null));
  }

  static Stream<Arguments> selectFormatsAndSendModes() {
    List<String> formats =
        List.of(
            "application/sparql-results+json",
            "application/sparql-results+xml",
            "text/csv",
            "text/tab-separated-values");
    List<QuerySendMode> modes =
        List.of(QuerySendMode.asGetAlways, QuerySendMode.asPostForm, QuerySendMode.asPost);
    return formats.stream().flatMap(f -> modes.stream().map(m -> Arguments.of(f, m)));
  }

  @ParameterizedTest(name = "{0} by {1}")
  @MethodSource("selectFormatsAndSendModes")
  void answersSelectInEveryResultFormatByGetAndPost(String format, QuerySendMode mode) {
    Set<String> practices;
    try (QueryExecutionHTTP execution =
        QueryExecutionHTTP.service(client.url("/sparql"))
            .query(PRACTICES)
            .sendMode(mode)
            .acceptHeader(format)
            .build()) {
      practices = uris(execution.execSelect(), "practice");
    }
    assertThat(practices).containsExactlyInAnyOrder(practice("alpha-care"), practice("beta-care"));
  }

  @Test
  void sendsEachResultFormatWithItsMediaType() {
    for (Lang lang :
        List.of(
            ResultSetLang.RS_JSON,
            ResultSetLang.RS_XML,
            ResultSetLang.RS_CSV,
            ResultSetLang.RS_TSV)) {
      String mediaType = lang.getHeaderString();
      HttpResponse<String> response =
          client.get("/sparql?" + ServiceClient.form("query", PRACTICES), mediaType);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith(mediaType));
      ResultSet results =
          ResultSetMgr.read(
              new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
      assertThat(ResultSetFormatter.consume(results)).as(mediaType).isEqualTo(2);
    }
  }

  @Test
  void acceptsQueriesThatSpanSeveralLines() {
    String query =
        "PREFIX hrc: <" + HRC + ">\nSELECT ?practice\nWHERE {\n ?practice a hrc:Practice\n}";
    HttpResponse<String> response =
        client.get("/sparql?" + ServiceClient.form("query", query), "text/csv");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains(practice("alpha-care"), practice("beta-care"));
  }

  static Stream<Lang> graphFormats() {
    return Stream.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML, Lang.TRIG, Lang.NQUADS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graphFormats")
  void answersConstructInEveryGraphFormat(Lang lang) {
    String construct =
        "PREFIX hrc: <"
            + HRC
            + "> CONSTRUCT { ?p hrc:territory ?t } WHERE { ?p a hrc:Practice ; hrc:territory ?t }";
    HttpResponse<String> response =
        client.get("/sparql?" + ServiceClient.form("query", construct), lang.getHeaderString());
    assertThat(response.statusCode()).isEqualTo(200);
    Lang sent = contentLang(response);
    assertThat(sent).isEqualTo(lang);
    DatasetGraph parsed = RDFParser.fromString(response.body(), sent).toDatasetGraph();
    // A CONSTRUCT makes triples: quad formats carry them in the default graph.
    Graph triples = parsed.getDefaultGraph();
    assertThat(triples.size()).isEqualTo(2);
    assertThat(
            triples.contains(
                uri(practice("alpha-care")), uri(HRC + "territory"), uri(territory("alpha"))))
        .isTrue();
  }

  @Test
  void queriesTheUnionOfTheNamedGraphsAsTheDefaultGraph() {
    try (RDFConnection connection = RDFConnection.queryConnect(client.url("/sparql"))) {
      Query query =
          QueryFactory.create(
              "PREFIX hrc: <"
                  + HRC
                  + "> SELECT ?practice ?g WHERE { ?practice a hrc:Practice"
                  + " GRAPH ?g { ?practice a hrc:Practice } }");
      List<String> graphs = new ArrayList<>();
      connection.querySelect(query, row -> graphs.add(row.getResource("g").getURI()));
      assertThat(graphs).containsExactlyInAnyOrder(graph("alpha-study"), graph("beta-study"));
    }
  }

  @Test
  void graphStoreGetReturnsOneNamedGraph() {
    HttpResponse<String> response =
        client.get("/data?graph=" + graph("alpha-study"), "text/turtle");
    assertThat(response.statusCode()).isEqualTo(200);
    Graph parsed = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
    assertThat(parsed.isIsomorphicWith(caseStudy("alpha-study", "alpha").getGraph())).isTrue();
  }

  @Test
  void graphStoreGetOfTheDefaultGraphReturnsTheUnion() {
    HttpResponse<String> response = client.get("/data?default", "application/n-triples");
    assertThat(response.statusCode()).isEqualTo(200);
    Graph parsed = RDFParser.fromString(response.body(), Lang.NTRIPLES).toGraph();
    assertThat(
            parsed.contains(uri(practice("alpha-care")), RDF.type.asNode(), uri(HRC + "Practice")))
        .isTrue();
    assertThat(
            parsed.contains(uri(practice("beta-care")), RDF.type.asNode(), uri(HRC + "Practice")))
        .isTrue();
    // The vocabulary graphs are named graphs too, so the union holds the ontology.
    assertThat(parsed.contains(uri(HRC + "Practice"), Node.ANY, Node.ANY)).isTrue();
  }

  @Test
  void graphStoreGetWithoutParametersReturnsEveryGraphAsQuads() {
    HttpResponse<String> response = client.get("/data", "application/n-quads");
    assertThat(response.statusCode()).isEqualTo(200);
    DatasetGraph parsed = RDFParser.fromString(response.body(), Lang.NQUADS).toDatasetGraph();
    Set<String> names =
        Iter.toList(parsed.listGraphNodes()).stream().map(Node::getURI).collect(Collectors.toSet());
    assertThat(names)
        .contains(graph("alpha-study"), graph("beta-study"), graph("ontology"), graph("meta"));
    assertThat(parsed.getDefaultGraph().isEmpty()).isTrue();
  }

  @Test
  void graphStoreGetOfAMissingGraphIsNotFound() {
    assertThat(client.get("/data?graph=" + graph("no-such-study"), "text/turtle").statusCode())
        .isEqualTo(404);
  }

  @Test
  void theDatasetMountIsNotServedDirectly() {
    String ask = ServiceClient.form("query", "ASK {}");
    assertThat(client.get("/hrcg/sparql?" + ask, "application/sparql-results+json").statusCode())
        .isEqualTo(404);
    assertThat(client.get("/hrcg?" + ask, "application/sparql-results+json").statusCode())
        .isEqualTo(404);
  }

  private static Lang contentLang(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElseThrow();
    return RDFLanguages.contentTypeToLang(type.split(";")[0].trim());
  }

  private static Set<String> uris(ResultSet results, String variable) {
    Set<String> values = new HashSet<>();
    // CSV carries no term types: an IRI comes back as a plain string.
    results.forEachRemaining(
        row -> {
          var value = row.get(variable);
          values.add(
              value.isResource()
                  ? value.asResource().getURI()
                  : value.asLiteral().getLexicalForm());
        });
    return values;
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
