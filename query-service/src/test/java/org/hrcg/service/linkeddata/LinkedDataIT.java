package org.hrcg.service.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.LoadRecord;
import org.hrcg.ontology.HrcgResources;
import org.hrcg.service.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Linked data over real HTTP: the service started on an empty TDB2 store, which it loads with the
 * repository's bundled data, as {@code ./hrcg serve} does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LinkedDataIT {

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", LinkedDataIT::bundledData);
  }

  /** The repository's data folder, from the module's folder, where the build runs. */
  static String bundledData() {
    return Path.of("..", "data").toAbsolutePath().normalize().toString();
  }

  static final String BASE = "https://w3id.org/hrcg/";
  static final String HRC = HrcgResources.ONTOLOGY_NS;
  static final String HAGUE = BASE + "id/territory/the-hague";
  static final String CASE_STUDY = BASE + "id/case-study/geneva-dialogue-2025";
  static final String GENEVA_GRAPH = BASE + "graph/geneva-dialogue-2025";
  static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  static final String HOSTILE_SLUG = "hostile-test";
  static final String HOSTILE = BASE + "id/practice/hostile";
  static final String HOSTILE_LABEL = "<script>alert(1)</script>";
  static final String HOSTILE_DESCRIPTION = "\"onerror=alert(2) x=\"";
  static final String HOSTILE_IRI = "javascript:alert(3)";

  @LocalServerPort int port;
  @Autowired GraphStore store;
  ServiceClient client;

  @BeforeEach
  void hostileGraph() {
    client = new ServiceClient(port);
    String turtle =
        """
        PREFIX hrc: <https://w3id.org/hrcg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        <https://w3id.org/hrcg/id/case-study/hostile-test> a hrc:CaseStudy ;
          rdfs:label "<b>Hostile</b> study"@en ;
          dcterms:title "<b>Hostile</b> study"@en .
        <https://w3id.org/hrcg/id/practice/hostile> a hrc:Practice ;
          rdfs:label "%s"@en ;
          dcterms:description "%s"@en ;
          owl:sameAs <%s> ;
          hrc:theme <https://w3id.org/hrcg/id/theme/care> .
        <https://w3id.org/hrcg/id/practice/hostile-neighbour> a hrc:Practice ;
          rdfs:label "<img src=x onerror=alert(4)>"@en ;
          hrc:inspired <https://w3id.org/hrcg/id/practice/hostile> .
        """
            .formatted(HOSTILE_LABEL, HOSTILE_DESCRIPTION.replace("\"", "\\\""), HOSTILE_IRI);
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(turtle, Lang.TURTLE).parse(model);
    store.replaceGraph(BASE + "graph/" + HOSTILE_SLUG, model, LoadRecord.now("test", null));
  }

  // ---- /id/{kind}/{slug}

  @ParameterizedTest
  @EnumSource(
      value = Variant.class,
      names = {"TURTLE", "JSONLD", "NTRIPLES", "RDFXML", "TRIG", "NQUADS"})
  void servesAResourceInEachRdfSyntaxByAccept(Variant variant) {
    HttpResponse<String> response = client.get("/id/territory/the-hague", variant.mediaType());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(variant.mediaType()));
    assertThat(response.headers().allValues("Vary"))
        .anySatisfy(v -> assertThat(v).contains("Accept"));
    Model model = union(response.body(), variant.lang());
    Resource hague = model.getResource(HAGUE);
    assertThat(hague.hasProperty(RDFS.label, model.createLiteral("The Hague", "en"))).isTrue();
    assertThat(hague.hasProperty(RDFS.label, model.createLiteral("Den Haag", "nl"))).isTrue();
    assertThat(hague.hasProperty(RDF.type, model.getResource(HRC + "City"))).isTrue();
    // Across graphs: the source says it is a city, the curators give its Wikidata item.
    assertThat(
            hague.hasProperty(
                OWL.sameAs, model.getResource("http://www.wikidata.org/entity/Q36600")))
        .isTrue();
    // What links to it.
    assertThat(model.contains(null, model.getProperty(HRC + "territory"), hague)).isTrue();
  }

  @Test
  void keepsEachStatementInItsGraphInQuadSyntaxes() {
    DatasetGraph dataset =
        RDFParser.fromString(
                client.get("/id/territory/the-hague?format=nq", "*/*").body(), Lang.NQUADS)
            .toDatasetGraph();
    assertThat(dataset.listGraphNodes())
        .toIterable()
        .extracting(n -> n.getURI())
        .containsExactlyInAnyOrder(GENEVA_GRAPH, BASE + "graph/curation");
  }

  @Test
  void letsTheFormatParameterOverrideAccept() {
    HttpResponse<String> response = client.get("/id/territory/the-hague?format=jsonld", BROWSER);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/ld+json");
    assertThat(
            union(response.body(), Lang.JSONLD)
                .containsResource(ResourceFactory.createResource(HAGUE)))
        .isTrue();
    assertThat(client.get("/id/territory/the-hague?format=csv", "*/*").statusCode()).isEqualTo(400);
    assertThat(client.get("/id/territory/the-hague", "image/png").statusCode()).isEqualTo(406);
  }

  @Test
  void servesConceptsSchemesAndMemberships() {
    Model care = union(client.get("/id/theme/care", "text/turtle").body(), Lang.TURTLE);
    assertThat(
            care.contains(
                care.getResource(BASE + "id/theme/care"),
                SKOS.prefLabel,
                care.createLiteral("Care", "en")))
        .isTrue();
    Model theme = union(client.get("/id/theme", "text/turtle").body(), Lang.TURTLE);
    assertThat(theme.contains(theme.getResource(BASE + "id/theme"), RDF.type, SKOS.ConceptScheme))
        .isTrue();
    String membership =
        store
            .select("SELECT ?m WHERE { ?p <" + HRC + "role> ?m } ORDER BY ?m LIMIT 1")
            .next()
            .getResource("m")
            .getURI();
    assertThat(membership).startsWith(BASE + "id/membership/");
    HttpResponse<String> response =
        client.get("/" + membership.substring(BASE.length()), "application/n-triples");
    assertThat(response.statusCode()).isEqualTo(200);
    Model model = union(response.body(), Lang.NTRIPLES);
    assertThat(
            model.contains(
                model.getResource(membership),
                RDF.type,
                model.getResource("http://www.w3.org/ns/org#Membership")))
        .isTrue();
  }

  @Test
  void servesBrowsersAPageWithLinksSourcesAndWhatLinksHere() {
    HttpResponse<String> response = client.get("/id/territory/the-hague", BROWSER);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(response.headers().allValues("Vary"))
        .anySatisfy(v -> assertThat(v).contains("Accept"));
    String html = response.body();
    assertThat(html).contains("<h1 lang=\"en\">The Hague</h1>");
    // Our IRIs link to our pages, others are external links.
    assertThat(html)
        .contains("href=\"/ontology#City\"", "href=\"/id/case-study/geneva-dialogue-2025\"");
    assertThat(html)
        .contains(
            "class=\"external\" rel=\"noopener\" href=\"http://www.wikidata.org/entity/Q36600\"");
    // Its sources, with the case study's title, and what links to it.
    assertThat(html).contains("href=\"/graph/geneva-dialogue-2025\"", "href=\"/graph/curation\"");
    assertThat(html).contains("Local Governments for Human Rights: Strengthening Inclusive");
    assertThat(html)
        .contains(
            "What links here", "href=\"/id/practice/the-hague-pioneering-human-rights-policies\"");
    assertThat(html).contains("href=\"/id/territory/the-hague?format=ttl\"");
  }

  @Test
  void namesTheResourceInTheVisitorsLanguageWhereTheDataHasIt() {
    assertThat(page("/id/territory/the-hague", "Accept-Language", "es, en;q=0.5"))
        .contains("<h1 lang=\"es\">La Haya</h1>");
    assertThat(page("/id/territory/the-hague?lang=nl", "Accept-Language", "es"))
        .contains("<h1 lang=\"nl\">Den Haag</h1>");
    assertThat(page("/id/territory/the-hague", "Accept-Language", "de"))
        .contains("<h1 lang=\"en\">The Hague</h1>");
  }

  @Test
  void answersNotFoundForAnUnknownIri() {
    HttpResponse<String> rdf = client.get("/id/territory/atlantis", "text/turtle");
    assertThat(rdf.statusCode()).isEqualTo(404);
    assertThat(rdf.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(rdf.body()).contains("\"status\":404", "atlantis");
    HttpResponse<String> html = client.get("/id/territory/atlantis", BROWSER);
    assertThat(html.statusCode()).isEqualTo(404);
    assertThat(html.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(html.body()).contains("No such resource", BASE + "id/territory/atlantis");
    assertThat(client.get("/id/territory/%3Cscript%3E", BROWSER).statusCode()).isEqualTo(404);
  }

  @Test
  void escapesEveryValueFromDataAndNeverLinksAJavascriptIri() {
    String html = page("/id/practice/hostile");
    assertThat(html).doesNotContain(HOSTILE_LABEL, HOSTILE_DESCRIPTION, "<img src=x");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;onerror=alert(2)");
    assertThat(html).contains("&lt;img src=x onerror=alert(4)&gt;");
    assertThat(html.toLowerCase()).doesNotContain("href=\"javascript:");
    assertThat(html).contains(HOSTILE_IRI);
    assertNoInlineScriptOrStyle(html);
    String graph = page("/graph/" + HOSTILE_SLUG);
    assertThat(graph).doesNotContain(HOSTILE_LABEL, "<b>Hostile</b>", "<img src=x");
    assertThat(graph)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Hostile&lt;/b&gt; study");
    String dataset = page("/.well-known/void");
    assertThat(dataset)
        .doesNotContain("<b>Hostile</b>")
        .contains("&lt;b&gt;Hostile&lt;/b&gt; study");
    String badLanguage = page("/id/practice/hostile?lang=%22%3E%3Cscript%3Ealert(5)%3C/script%3E");
    assertThat(badLanguage).doesNotContain("alert(5)");
  }

  // ---- /graph/{slug}

  @ParameterizedTest
  @EnumSource(
      value = Variant.class,
      names = {"TURTLE", "TRIG", "NQUADS", "NTRIPLES", "JSONLD", "RDFXML"})
  void servesASourceGraphInEachSyntax(Variant variant) {
    HttpResponse<String> response = client.get("/graph/geneva-dialogue-2025", variant.mediaType());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(variant.mediaType()));
    Model model = union(response.body(), variant.lang());
    assertThat(model.size()).isEqualTo(graphSize(GENEVA_GRAPH));
    assertThat(
            model.contains(
                model.getResource(CASE_STUDY), RDF.type, model.getResource(HRC + "CaseStudy")))
        .isTrue();
  }

  @Test
  void showsAGraphsProvenanceToBrowsers() {
    String html = page("/graph/geneva-dialogue-2025");
    assertThat(html).contains("Local Governments for Human Rights: Strengthening Inclusive");
    assertThat(html).contains("hrcg serve", "geneva-dialogue-2025.yaml", "Store revision");
    assertThat(html).contains("<dd>" + graphSize(GENEVA_GRAPH) + "</dd>");
    assertThat(html)
        .contains(
            "href=\"/id/territory/the-hague\"", "href=\"/id/case-study/geneva-dialogue-2025\"");
    assertThat(html).contains("dcterms:issued", "2025-07-24");
    assertNoInlineScriptOrStyle(html);
  }

  @Test
  void answersNotFoundForAnUnknownGraph() {
    assertThat(client.get("/graph/no-such-graph", "text/turtle").statusCode()).isEqualTo(404);
    assertThat(client.get("/graph/no-such-graph", BROWSER).body()).contains("No such graph");
  }

  // ---- /ontology

  @Test
  void servesTheOntologyAsTurtleAndEveryOtherSyntax() {
    Model bundled = HrcgResources.ontology();
    for (Variant variant : OntologyController.ONTOLOGY_VARIANTS) {
      if (variant == Variant.HTML) {
        continue;
      }
      HttpResponse<String> response = client.get("/ontology", variant.mediaType());
      assertThat(response.statusCode()).as(variant.title()).isEqualTo(200);
      assertThat(union(response.body(), variant.lang()).isIsomorphicWith(bundled))
          .as(variant.title())
          .isTrue();
    }
    assertThat(client.get("/ontology", "*/*").body()).contains("@prefix hrc:");
    Model shapes = union(client.get("/ontology/shapes", "text/turtle").body(), Lang.TURTLE);
    assertThat(shapes.isIsomorphicWith(HrcgResources.shapes())).isTrue();
    assertThat(client.get("/ontology/1.0.0", "text/turtle").statusCode()).isEqualTo(200);
    assertThat(client.get("/ontology/9.9.9", "text/turtle").statusCode()).isEqualTo(404);
  }

  @Test
  void documentsEveryTermAndSchemeWithAnchorsAndTheDiagram() {
    String html = page("/ontology");
    for (String term :
        List.of("Practice", "Territory", "CaseStudy", "theme", "inspired", "quote")) {
      assertThat(html).contains("id=\"" + term + "\"");
    }
    assertThat(html).contains("Domain", "Range", "Specialises", "prov:influenced");
    for (String scheme : HrcgResources.SCHEMES) {
      assertThat(html).contains("id=\"scheme-" + scheme + "\"");
    }
    assertThat(html).contains("href=\"/id/theme/care\"", "Policies that recognise, support");
    assertThat(html).contains("<pre class=\"mermaid\">classDiagram");
    assertThat(page("/ontology", "Accept-Language", "es"))
        .contains("<span lang=\"es\">Práctica</span>");
    assertNoInlineScriptOrStyle(html);
  }

  // ---- /.well-known/void and /dump

  @ParameterizedTest
  @EnumSource(
      value = Variant.class,
      names = {"TURTLE", "JSONLD", "NTRIPLES", "RDFXML"})
  void describesTheDatasetInVoidAndDcat(Variant variant) {
    HttpResponse<String> response = client.get("/.well-known/void", variant.mediaType());
    assertThat(response.statusCode()).isEqualTo(200);
    Model model = union(response.body(), variant.lang());
    Resource dataset = model.getResource(BASE + "void#dataset");
    assertThat(dataset.hasProperty(RDF.type, voidTerm(model, "Dataset"))).isTrue();
    assertThat(dataset.hasProperty(RDF.type, DCAT.Dataset)).isTrue();
    assertThat(
            dataset.hasProperty(
                DCTerms.license, model.getResource("https://creativecommons.org/licenses/by/4.0/")))
        .isTrue();
    assertThat(dataset.getProperty(DCTerms.title).getString())
        .isEqualTo("Human Rights Cities Graph");
    assertThat(count(dataset, voidProperty(model, "triples"))).isEqualTo(unionSize());
    assertThat(dataset.getPropertyResourceValue(voidProperty(model, "sparqlEndpoint")).getURI())
        .isEqualTo(client.url("/sparql"));
    assertThat(dataset.getPropertyResourceValue(voidProperty(model, "dataDump")).getURI())
        .isEqualTo(client.url("/dump"));
    assertThat(dataset.getProperty(voidProperty(model, "uriSpace")).getString())
        .isEqualTo(BASE + "id/");
    assertThat(model.listObjectsOfProperty(dataset, voidProperty(model, "vocabulary")).toList())
        .extracting(n -> n.asResource().getURI())
        .contains(HRC, "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/ns/prov#");
    // Classes, with partitions.
    assertThat(count(dataset, voidProperty(model, "classes"))).isPositive();
    assertThat(model.listObjectsOfProperty(dataset, voidProperty(model, "classPartition")).toList())
        .anySatisfy(
            p -> {
              Resource partition = p.asResource();
              assertThat(partition.getPropertyResourceValue(voidProperty(model, "class")).getURI())
                  .isEqualTo(HRC + "Practice");
              assertThat(count(partition, voidProperty(model, "entities")))
                  .isEqualTo(
                      store
                          .select(
                              "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <"
                                  + HRC
                                  + "Practice> }")
                          .next()
                          .getLiteral("n")
                          .getLong());
            });
    // Each named graph a subset, with its triples.
    for (String graph : store.graphNames()) {
      Resource subset = model.getResource(graph);
      assertThat(model.contains(dataset, voidProperty(model, "subset"), subset)).as(graph).isTrue();
      assertThat(count(subset, voidProperty(model, "triples")))
          .as(graph)
          .isEqualTo(graphSize(graph));
    }
    // The endpoint as a DCAT data service.
    assertThat(model.contains(null, DCAT.endpointURL, model.getResource(client.url("/sparql"))))
        .isTrue();
    // The dump as a DCAT distribution.
    assertThat(model.listObjectsOfProperty(dataset, DCAT.distribution).toList())
        .anySatisfy(
            d -> {
              Resource distribution = d.asResource();
              assertThat(
                      distribution.hasProperty(
                          DCAT.downloadURL, model.getResource(client.url("/dump"))))
                  .isTrue();
              assertThat(
                      distribution.hasProperty(
                          DCAT.mediaType,
                          model.getResource(
                              "https://www.iana.org/assignments/media-types/application/n-quads")))
                  .isTrue();
            });
  }

  @Test
  void dumpsEveryGraphAsGzippedNQuads() throws IOException {
    HttpResponse<byte[]> response = bytes("/dump", Map.of());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/n-quads");
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("filename=\"hrcg.nq.gz\""));
    DatasetGraph dump;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      dump = RDFParser.source(in).lang(Lang.NQUADS).toDatasetGraph();
    }
    assertThat(quads(dump)).isEqualTo(storeQuads());
    assertThat(dump.listGraphNodes())
        .toIterable()
        .extracting(n -> n.getURI())
        .containsExactlyInAnyOrderElementsOf(store.graphNames());
  }

  @Test
  void dumpIsReadableByJenaAndByClientsThatRefuseGzip() {
    Dataset read = DatasetFactory.create();
    RDFDataMgr.read(read, client.url("/dump"));
    assertThat(quads(read.asDatasetGraph())).isEqualTo(storeQuads());
    HttpResponse<byte[]> plain = bytes("/dump", Map.of("Accept-Encoding", "identity"));
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    DatasetGraph dump =
        RDFParser.fromString(new String(plain.body(), StandardCharsets.UTF_8), Lang.NQUADS)
            .toDatasetGraph();
    assertThat(quads(dump)).isEqualTo(storeQuads());
  }

  // ---- w3id.org

  @Test
  void servesEveryPathThatTheW3idRulesRedirectTo() {
    W3idRules rules = W3idRules.read(W3idRulesTest.HTACCESS);
    W3idRulesTest.EXAMPLES.forEach(
        (iri, path) -> {
          String location = rules.apply(iri).orElseThrow().location();
          String local = location.substring(W3idRules.PLACEHOLDER.length());
          assertThat(client.get(local, "text/turtle").statusCode()).as(iri).isEqualTo(200);
          assertThat(client.get(local, BROWSER).statusCode()).as(iri).isEqualTo(200);
        });
  }

  // ---- helpers

  private String page(String path, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Accept";
    all[1] = BROWSER;
    System.arraycopy(headers, 0, all, 2, headers.length);
    HttpResponse<String> response =
        client.send("GET", path, ServiceClient.Credentials.NONE, null, null, all);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(path)
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    return response.body();
  }

  private HttpResponse<byte[]> bytes(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.url(path)));
    headers.forEach(request::header);
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What the Content-Security-Policy forbids: no script at all, no style element or attribute. */
  static void assertNoInlineScriptOrStyle(String html) {
    assertThat(html.toLowerCase()).doesNotContain("<script", "<style", " style=");
  }

  /** Parses RDF; a dataset syntax gives the union of its graphs. */
  static Model union(String body, Lang lang) {
    if (RDFLanguages.isQuads(lang)) {
      Dataset dataset = DatasetFactory.create();
      RDFParser.fromString(body, lang).parse(dataset);
      Model union = ModelFactory.createDefaultModel();
      union.add(dataset.getDefaultModel());
      dataset.listNames().forEachRemaining(name -> union.add(dataset.getNamedModel(name)));
      return union;
    }
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(body)).lang(lang).parse(model);
    return model;
  }

  private long graphSize(String graph) {
    return store
        .select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }")
        .next()
        .getLiteral("n")
        .getLong();
  }

  private long unionSize() {
    return store
        .select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        .next()
        .getLiteral("n")
        .getLong();
  }

  private long storeQuads() {
    return store
        .select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        .next()
        .getLiteral("n")
        .getLong();
  }

  private static long quads(DatasetGraph dataset) {
    long[] count = {0};
    dataset.find().forEachRemaining(q -> count[0]++);
    return count[0];
  }

  private static Property voidProperty(Model model, String local) {
    return model.createProperty(DatasetDescription.VOID + local);
  }

  private static Resource voidTerm(Model model, String local) {
    return model.createResource(DatasetDescription.VOID + local);
  }

  private static long count(Resource subject, Property property) {
    Literal literal = subject.getProperty(property).getLiteral();
    return Long.parseLong(literal.getLexicalForm());
  }
}
