package org.hrcg.ingest.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.model.vocab.HRC;
import org.hrcg.model.vocab.HrcgPrefixes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RdfCaseStudyReaderTest {

  private static final String ID = "https://w3id.org/hrcg/id/";
  private static final String GRAPH = "https://w3id.org/hrcg/graph/sample-care-2025";
  private static final Resource CASE_STUDY =
      ResourceFactory.createResource(ID + "case-study/sample-care-2025");
  private static final Resource PRACTICE =
      ResourceFactory.createResource(ID + "practice/sample-city-care-network");
  private static final Resource TERRITORY =
      ResourceFactory.createResource(ID + "territory/sample-city");

  private static final String PREFIXES =
      """
      @prefix hrc: <https://w3id.org/hrcg/ontology#> .
      @prefix dcterms: <http://purl.org/dc/terms/> .
      """;

  private final RdfCaseStudyReader reader = new RdfCaseStudyReader();

  // ---- each syntax loads the same case study

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // file, line of the case study, line of the territory, line of the practice
    "sample-care.ttl, 8, 13, 17",
    "sample-care.trig, 8, 14, 18",
    "sample-care.nt, 1, 5, 9",
    "sample-care.nq, 1, 5, 9",
    "sample-care.jsonld, 8, 15, 21",
    "sample-care.rdf, 7, 12, 17",
    "sample-care.owl, 13, 18, 23"
  })
  void readsTheSampleCaseStudyInEverySyntax(
      String file, int caseStudyLine, int territoryLine, int practiceLine) {
    ReadOutcome outcome = reader.read(fixture(file));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.graphs()).hasSize(1);
    SourceGraph graph = outcome.graphs().get(0);
    assertThat(graph.graphIri()).isEqualTo(GRAPH);
    Model model = graph.content();
    assertThat(model.size()).isEqualTo(14);
    assertThat(model.contains(CASE_STUDY, RDF.type, HRC.CaseStudy)).isTrue();
    assertThat(model.contains(PRACTICE, HRC.theme, model.createResource(ID + "theme/care")))
        .isTrue();
    assertThat(
            model.contains(
                PRACTICE, RDFS.label, model.createLiteral("Sample City care network", "en")))
        .isTrue();
    assertThat(
            model.contains(
                CASE_STUDY,
                DCTerms.issued,
                model.createTypedLiteral(
                    "2025-03-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)))
        .isTrue();
    assertThat(lineOf(graph, CASE_STUDY)).isEqualTo(caseStudyLine);
    assertThat(lineOf(graph, TERRITORY)).isEqualTo(territoryLine);
    assertThat(lineOf(graph, PRACTICE)).isEqualTo(practiceLine);
  }

  @Test
  void keepsTheStatementsExactlyAsTheFileGivesThem() {
    Model expected = RDFParser.source(path("sample-care.ttl")).lang(Lang.TURTLE).toModel();

    Model read = reader.read(fixture("sample-care.jsonld")).graphs().get(0).content();

    assertThat(read.isIsomorphicWith(expected)).isTrue();
  }

  @Test
  void locatesEachPropertyAtItsOwnLine() {
    SourceGraph graph = reader.read(fixture("sample-care.ttl")).graphs().get(0);

    assertThat(graph.locations().find(PRACTICE.asNode(), HRC.territory.asNode()))
        .map(Position::line)
        .contains(20);
  }

  // ---- the one case study

  @Test
  void rejectsAFileWithoutACaseStudy() {
    ReadOutcome outcome =
        read("none.ttl", PREFIXES + "<https://w3id.org/hrcg/id/territory/x> a hrc:Territory .\n");

    assertThat(outcome.graphs()).isEmpty();
    assertThat(messages(outcome))
        .containsExactly(
            "none.ttl:1: error: no hrc:CaseStudy: an RDF file must describe exactly one case"
                + " study, its source");
  }

  @Test
  void rejectsAFileWithTwoCaseStudiesNamingBoth() {
    ReadOutcome outcome =
        read(
            "two.ttl",
            PREFIXES
                + """
                <https://w3id.org/hrcg/id/case-study/first> a hrc:CaseStudy .
                <https://w3id.org/hrcg/id/case-study/second> a hrc:CaseStudy .
                """);

    assertThat(outcome.graphs()).isEmpty();
    assertThat(outcome.problems()).hasSize(1);
    Problem problem = outcome.problems().get(0);
    assertThat(problem.position().line()).isEqualTo(4);
    assertThat(problem.message())
        .contains("<https://w3id.org/hrcg/id/case-study/first>")
        .contains("<https://w3id.org/hrcg/id/case-study/second>")
        .endsWith("an RDF file must describe exactly one case study, its source");
  }

  @Test
  void rejectsACaseStudyWhoseIriIsNotACaseStudyIri() {
    ReadOutcome outcome =
        read("other.ttl", PREFIXES + "<https://example.org/studies/1> a hrc:CaseStudy .\n");

    assertThat(outcome.graphs()).isEmpty();
    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("other.ttl:3:")
        .contains("hrc:CaseStudy <https://example.org/studies/1> is not a case-study IRI")
        .contains("<https://w3id.org/hrcg/id/case-study/{slug}>");
  }

  @Test
  void rejectsACaseStudyAsABlankNode() {
    ReadOutcome outcome = read("blank.ttl", PREFIXES + "[] a hrc:CaseStudy .\n");

    assertThat(outcome.graphs()).isEmpty();
    assertThat(outcome.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("hrc:CaseStudy a blank node is not a case-study IRI");
  }

  @Test
  void rejectsACaseStudyWhoseSlugNamesAReservedGraph() {
    ReadOutcome outcome =
        read(
            "meta.ttl",
            PREFIXES + "<https://w3id.org/hrcg/id/case-study/meta> a hrc:CaseStudy .\n");

    assertThat(outcome.graphs()).isEmpty();
    assertThat(outcome.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("slug 'meta' names a reserved graph");
  }

  @Test
  void findsTheCaseStudyInsideItsOwnNamedGraph() {
    ReadOutcome outcome =
        read(
            "inside.trig",
            PREFIXES
                + """
                <https://w3id.org/hrcg/graph/inside> {
                  <https://w3id.org/hrcg/id/case-study/inside> a hrc:CaseStudy ;
                    dcterms:title "Inside" .
                }
                """);

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.graphs())
        .singleElement()
        .extracting(SourceGraph::graphIri)
        .isEqualTo("https://w3id.org/hrcg/graph/inside");
    assertThat(outcome.graphs().get(0).content().size()).isEqualTo(2);
  }

  // ---- quads naming graphs

  @Test
  void rejectsTriGThatWritesIntoAnotherGraph() {
    ReadOutcome outcome =
        read(
            "elsewhere.trig",
            PREFIXES
                + """
                <https://w3id.org/hrcg/id/case-study/mine> a hrc:CaseStudy .
                <https://w3id.org/hrcg/graph/curation> {
                  <https://w3id.org/hrcg/id/territory/x> dcterms:title "x" .
                }
                """);

    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isTrue();
              assertThat(problem.position().line()).isEqualTo(5);
              assertThat(problem.message())
                  .startsWith("graph <https://w3id.org/hrcg/graph/curation>:")
                  .contains("<https://w3id.org/hrcg/graph/mine>");
            });
    assertThat(outcome.graphs().get(0).content().size()).isEqualTo(1);
  }

  @Test
  void rejectsNQuadsInAnotherGraphAtTheirLine() {
    ReadOutcome outcome =
        read(
            "elsewhere.nq",
            """
            <https://w3id.org/hrcg/id/case-study/mine> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/hrcg/ontology#CaseStudy> .
            <https://w3id.org/hrcg/id/territory/x> <http://www.w3.org/2000/01/rdf-schema#label> "x" <https://w3id.org/hrcg/graph/mine> .
            <https://w3id.org/hrcg/id/territory/x> <http://www.w3.org/2000/01/rdf-schema#label> "y" <http://example.org/g> .
            """);

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("elsewhere.nq:3:1: error: graph <http://example.org/g>:");
  }

  // ---- syntax errors

  @Test
  void reportsATurtleSyntaxErrorWithLineAndColumn() {
    ReadOutcome outcome =
        read(
            "broken.ttl",
            PREFIXES
                + """
                <https://w3id.org/hrcg/id/case-study/x> a hrc:CaseStudy ;
                  dcterms:title "a" "b" .
                """);

    assertThat(outcome.graphs()).isEmpty();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.position().line()).isEqualTo(4);
              assertThat(problem.position().column()).isPositive();
              assertThat(problem.message()).startsWith("Turtle syntax error: ");
            });
  }

  @Test
  void reportsAnUndefinedPrefixAtItsLine() {
    ReadOutcome outcome = read("prefix.ttl", PREFIXES + "\n\nnope:x a hrc:CaseStudy .\n");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("prefix.ttl:5:1: error: Turtle syntax error: ")
        .contains("nope");
  }

  @Test
  void reportsAJsonLdSyntaxErrorWithItsLine() {
    ReadOutcome outcome = read("broken.jsonld", "{\n  \"@id\": \"urn:example:y\",\n  \"a\" 1\n}\n");

    assertThat(outcome.graphs()).isEmpty();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.position().line()).isEqualTo(3);
              assertThat(problem.message()).startsWith("JSON-LD syntax error: ");
            });
  }

  @Test
  void reportsAnRdfXmlSyntaxErrorWithItsLine() {
    ReadOutcome outcome =
        read(
            "broken.rdf",
            """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="urn:example:y">
              </rdf:Descr>
            </rdf:RDF>
            """);

    assertThat(outcome.graphs()).isEmpty();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.position().line()).isEqualTo(4);
              assertThat(problem.message()).startsWith("RDF/XML syntax error: ");
            });
  }

  @Test
  void reportsAnNTriplesSyntaxErrorWithItsLine() {
    ReadOutcome outcome =
        read(
            "broken.nt",
            "<urn:example:a> <urn:example:p> \"x\" .\n<urn:example:a> <urn:example:p> \"y\"\n<urn:example:a> <urn:example:p> \"z\" .\n");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("broken.nt:3:1: error: N-Triples syntax error: ");
  }

  @Test
  void rejectsAnExtensionItDoesNotRead() {
    ReadOutcome outcome = read("notes.txt", "hello");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .contains("not an RDF file: extension '.txt'");
  }

  // ---- IRIs

  @Test
  void rejectsRelativeIrisInTurtleNamingThemAtTheirLine() {
    ReadOutcome outcome =
        read(
            "relative.ttl",
            PREFIXES
                + """
                <https://w3id.org/hrcg/id/case-study/x> a hrc:CaseStudy .
                <practice/y> hrc:territory <//elsewhere.example/z> .
                """);

    assertThat(messages(outcome))
        .containsExactly(
            "relative.ttl:4:28: error: relative IRI <practice/y>: IRIs must be absolute, or the"
                + " file must declare its own base",
            "relative.ttl:4:28: error: relative IRI <//elsewhere.example/z>: IRIs must be"
                + " absolute, or the file must declare its own base");
  }

  @Test
  void rejectsARelativeDatatypeIri() {
    ReadOutcome outcome =
        read(
            "datatype.ttl",
            PREFIXES
                + "<https://w3id.org/hrcg/id/case-study/x> a hrc:CaseStudy ;\n"
                + "  dcterms:issued \"2025\"^^<year> .\n");

    assertThat(messages(outcome)).singleElement().asString().contains("relative IRI <year>");
  }

  @Test
  void rejectsRelativeIrisInNTriples() {
    ReadOutcome outcome =
        read(
            "relative.nt",
            "<https://w3id.org/hrcg/id/case-study/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/hrcg/ontology#CaseStudy> .\n"
                + "<a> <urn:example:p> \"x\" .\n");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("relative.nt:2:1: error: relative IRI <a>:");
  }

  @Test
  void rejectsRelativeIrisInRdfXml() {
    ReadOutcome outcome =
        read(
            "relative.rdf",
            """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                     xmlns:hrc="https://w3id.org/hrcg/ontology#">
              <hrc:CaseStudy rdf:about="https://w3id.org/hrcg/id/case-study/x"/>
              <hrc:Territory rdf:about="territory/y"/>
            </rdf:RDF>
            """);

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("relative.rdf:5:")
        .contains("relative IRI <territory/y>");
  }

  @Test
  void rejectsRelativeIrisInJsonLdAtTheLineThatWritesThem() {
    ReadOutcome outcome =
        read(
            "relative.jsonld",
            """
            {
              "@context": {"hrc": "https://w3id.org/hrcg/ontology#"},
              "@graph": [
                {"@id": "https://w3id.org/hrcg/id/case-study/x", "@type": "hrc:CaseStudy"},
                {"@id": "territory/y", "@type": "hrc:Territory"}
              ]
            }
            """);

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("relative.jsonld:5:")
        .contains("relative IRI <territory/y>");
  }

  @Test
  void acceptsRelativeIrisAgainstABaseTheFileDeclares() {
    ReadOutcome outcome =
        read(
            "based.ttl",
            PREFIXES
                + """
                @base <https://w3id.org/hrcg/id/> .
                <case-study/based> a hrc:CaseStudy ; dcterms:title "Based" .
                """);

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.graphs().get(0).graphIri()).isEqualTo("https://w3id.org/hrcg/graph/based");
  }

  @Test
  void rejectsIrisWithSchemesOtherThanTheWebOnes() {
    ReadOutcome outcome =
        read(
            "schemes.ttl",
            PREFIXES
                + """
                <https://w3id.org/hrcg/id/case-study/x> a hrc:CaseStudy ;
                  dcterms:source <javascript:alert(1)> ;
                  dcterms:relation <file:///etc/passwd> ;
                  dcterms:creator <mailto:someone@example.org> ;
                  dcterms:identifier <urn:isbn:9780000000000> .
                """);

    assertThat(messages(outcome))
        .containsExactly(
            "schemes.ttl:4:18: error: IRI <javascript:alert(1)>: scheme 'javascript' is not"
                + " accepted; IRIs must use one of http, https, urn, mailto, tag",
            "schemes.ttl:5:20: error: IRI <file:///etc/passwd>: scheme 'file' is not accepted;"
                + " IRIs must use one of http, https, urn, mailto, tag");
  }

  @Test
  void rejectsAnIriWithASpaceInTurtle() {
    ReadOutcome outcome =
        read(
            "space.ttl",
            PREFIXES
                + "<https://w3id.org/hrcg/id/case-study/x> a hrc:CaseStudy ;\n"
                + "  dcterms:source <https://example.org/a b> .\n");

    assertThat(outcome.problems()).isNotEmpty().allMatch(Problem::isError);
    assertThat(outcome.problems().get(0).position().line()).isEqualTo(4);
    assertThat(outcome.problems().get(0).message()).contains("space");
  }

  @Test
  void rejectsAnIriWithASpaceInJsonLd() {
    ReadOutcome outcome =
        read(
            "space.jsonld",
            """
            {
              "@id": "https://w3id.org/hrcg/id/case-study/x",
              "@type": "https://w3id.org/hrcg/ontology#CaseStudy",
              "http://purl.org/dc/terms/source": {"@id": "https://example.org/a b"}
            }
            """);

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("space.jsonld:4:")
        .contains("IRI <https://example.org/a b> is not valid: it holds a space");
  }

  // ---- JSON-LD contexts

  @Test
  void refusesARemoteJsonLdContextNamingItWithoutFetchingIt() {
    ReadOutcome outcome =
        read(
            "remote.jsonld",
            """
            {
              "@context": "https://example.org/context.jsonld",
              "@id": "https://w3id.org/hrcg/id/case-study/x"
            }
            """);

    assertThat(outcome.graphs()).isEmpty();
    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("remote.jsonld:2:")
        .contains("JSON-LD context <https://example.org/context.jsonld> is not fetched");
  }

  @Test
  void refusesARelativeJsonLdContext() {
    ReadOutcome outcome =
        read(
            "relative-context.jsonld",
            "{\"@context\": \"context.jsonld\", \"@id\": \"https://w3id.org/hrcg/id/case-study/x\"}");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .contains("JSON-LD context <context.jsonld> is not fetched");
  }

  @Test
  void bundledContextDeclaresExactlyTheHrcgPrefixes() throws IOException {
    Map<String, String> declared = new HashMap<>();
    try (InputStream in = JsonLdContexts.open(JsonLdContexts.HRCG_CONTEXT)) {
      JsonObject context = JSON.parse(in).get("@context").getAsObject();
      context.keys().forEach(key -> declared.put(key, context.get(key).getAsString().value()));
    }

    assertThat(declared).isEqualTo(HrcgPrefixes.asMap());
  }

  // ---- RDF/XML entities

  @Test
  void rejectsRdfXmlWithAnExternalEntityBeforeParsing() {
    ReadOutcome outcome =
        read(
            "entity.rdf",
            """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [
              <!ENTITY secret SYSTEM "file:///etc/passwd">
            ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="urn:example:y"><rdf:value>&secret;</rdf:value></rdf:Description>
            </rdf:RDF>
            """);

    assertThat(outcome.graphs()).isEmpty();
    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("entity.rdf:3:")
        .contains("external entity 'secret' (SYSTEM \"file:///etc/passwd\")");
  }

  @Test
  void rejectsRdfXmlWithAnExternalDtd() {
    ReadOutcome outcome =
        read(
            "dtd.rdf",
            """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF SYSTEM "https://example.org/rdf.dtd">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>
            """);

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("dtd.rdf:2:")
        .contains("external DTD (SYSTEM \"https://example.org/rdf.dtd\")");
  }

  @Test
  void stopsRdfXmlWhoseInternalEntitiesExpandWithoutLimit() {
    StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      entities
          .append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    ReadOutcome outcome =
        read(
            "laughs.rdf",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n"
                + entities
                + "]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"urn:example:a\">"
                + "<rdf:value>&lol9;</rdf:value></rdf:Description>\n"
                + "</rdf:RDF>\n");

    assertThat(outcome.graphs()).isEmpty();
    assertThat(outcome.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .startsWith("RDF/XML syntax error: ")
        .contains("entity expansions");
  }

  // ---- helpers

  private ReadOutcome read(String name, String text) {
    return reader.read(new SourceFile(Path.of(name), text));
  }

  private static List<String> messages(ReadOutcome outcome) {
    return outcome.problems().stream().map(Problem::toString).toList();
  }

  private static int lineOf(SourceGraph graph, Resource subject) {
    Node node = NodeFactory.createURI(subject.getURI());
    return graph.locations().find(node, null).orElseThrow().line();
  }

  private static SourceFile fixture(String name) {
    SourceFile.Result result = SourceFile.read(path(name), SourceFile.DEFAULT_MAX_BYTES);
    assertThat(result).isInstanceOf(SourceFile.Read.class);
    return ((SourceFile.Read) result).file();
  }

  private static Path path(String name) {
    try {
      return Path.of(RdfCaseStudyReaderTest.class.getResource("/rdf/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
