package org.hrcg.ingest.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.ingest.concepts.ConceptIndex;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.vocab.HRC;
import org.hrcg.model.vocab.PROV;
import org.hrcg.model.vocab.WGS84;
import org.junit.jupiter.api.Test;

class YamlCaseStudyReaderTest {

  private static final String ID = "https://w3id.org/hrcg/id/";

  private final YamlCaseStudyReader reader = new YamlCaseStudyReader();

  @Test
  void mapsACompleteCaseStudyToExactlyTheExpectedGraph() {
    ReadOutcome outcome = reader.read(resource("geneva-excerpt.yaml"));
    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.graphs()).hasSize(1);
    SourceGraph graph = outcome.graphs().get(0);
    assertThat(graph.graphIri()).isEqualTo("https://w3id.org/hrcg/graph/geneva-dialogue-2025");
    assertThat(graph.file()).isEqualTo(Path.of("geneva-excerpt.yaml"));
    Model expected = turtle("geneva-excerpt.ttl");
    assertThat(difference(graph.content(), expected)).as("triples not expected").isEmpty();
    assertThat(difference(expected, graph.content())).as("triples missing").isEmpty();
    assertThat(graph.content().isIsomorphicWith(expected)).isTrue();
  }

  @Test
  void locatesEachResourceAtItsSlugAndEachPropertyAtItsField() {
    SourceGraph graph = reader.read(resource("geneva-excerpt.yaml")).graphs().get(0);
    Node practice = iri("practice/barcelona-human-rights-procurement");
    assertThat(graph.locations().find(practice, null)).contains(new Position(65, 3));
    assertThat(graph.locations().find(practice, HRC.theme.asNode())).contains(new Position(71, 5));
    assertThat(graph.locations().find(practice, DCTerms.description.asNode()))
        .contains(new Position(67, 5));
    // A property the file does not give falls back to the resource's slug.
    assertThat(graph.locations().find(practice, HRC.targetGroup.asNode()))
        .contains(new Position(65, 3));
    assertThat(graph.locations().find(iri("case-study/geneva-dialogue-2025"), null))
        .contains(new Position(7, 3));
    assertThat(graph.locations().find(iri("territory/barcelona"), WGS84.lat.asNode()))
        .contains(new Position(23, 5));
  }

  @Test
  void locatesRoleMembershipsAndVenuesAtTheirOwnLines() {
    SourceGraph graph = reader.read(resource("geneva-excerpt.yaml")).graphs().get(0);
    assertThat(graph.locations().find(iri("membership/philippe-rio-co-president"), null))
        .contains(new Position(62, 9));
    assertThat(graph.locations().find(iri("actor/philippe-rio"), HRC.role.asNode()))
        .contains(new Position(59, 5));
    assertThat(
            graph
                .locations()
                .find(NodeFactory.createURI(ID + "event/high-level-dialogue#venue"), null))
        .contains(new Position(102, 5));
  }

  @Test
  void plainTextIsInTheCaseStudysLanguageAndEnglishByDefault() {
    Model spanish =
        graphOf(
            """
            hrcg-case-study: 1
            case-study: {slug: informe, title: Gobiernos locales, language: es}
            territories:
              rosario: {label: Rosario}
            """);
    assertThat(label(spanish, "territory/rosario")).isEqualTo("Rosario@es");
    assertThat(
            spanish
                .getResource(ID + "case-study/informe")
                .getProperty(DCTerms.language)
                .getString())
        .isEqualTo("es");
    Model english =
        graphOf(
            """
            hrcg-case-study: 1
            case-study: {slug: report, title: Local governments}
            territories:
              rosario: {label: Rosario}
            """);
    assertThat(label(english, "territory/rosario")).isEqualTo("Rosario@en");
    // The language is not stated, so none is recorded.
    assertThat(english.getResource(ID + "case-study/report").hasProperty(DCTerms.language))
        .isFalse();
  }

  @Test
  void everyLanguageOfASingleValuedTextReachesTheGraph() {
    Model model =
        graphOf(
            """
            hrcg-case-study: 1
            case-study:
              slug: report
              title: {en: Local governments, fr: Gouvernements locaux}
            statements:
              call:
                label: A call
                quote: {en: Boldness, fr: Audace}
            """);
    Resource caseStudy = model.getResource(ID + "case-study/report");
    assertThat(texts(caseStudy, DCTerms.title))
        .containsExactlyInAnyOrder("Local governments@en", "Gouvernements locaux@fr");
    assertThat(texts(caseStudy, RDFS.label))
        .containsExactlyInAnyOrder("Local governments@en", "Gouvernements locaux@fr");
    assertThat(texts(model.getResource(ID + "statement/call"), HRC.quote))
        .containsExactlyInAnyOrder("Boldness@en", "Audace@fr");
  }

  @Test
  void aRoleWithoutOrganizationIsStillARole() {
    Model model =
        graphOf(
            """
            hrcg-case-study: 1
            case-study: {slug: report, title: Report}
            actors:
              olivier-de-schutter:
                label: Olivier De Schutter
                type: person
                roles: [{role: special-rapporteur}]
            """);
    Resource membership =
        model.getResource(ID + "membership/olivier-de-schutter-special-rapporteur");
    assertThat(membership.getPropertyResourceValue(ORG.role).getURI())
        .isEqualTo(ID + "role/special-rapporteur");
    assertThat(membership.hasProperty(ORG.organization)).isFalse();
  }

  @Test
  void anEmptySectionOrAnEmptyFieldIsLeftOut() {
    ReadOutcome outcome =
        read(
            """
            hrcg-case-study: 1
            case-study: {slug: report, title: Report, description: }
            territories:
            practices: {}
            """);
    assertThat(outcome.problems()).isEmpty();
    Model model = outcome.graphs().get(0).content();
    assertThat(model.getResource(ID + "case-study/report").hasProperty(DCTerms.description))
        .isFalse();
  }

  @Test
  void aFileWithErrorsStillYieldsItsGraphWithoutTheWrongValues() {
    ReadOutcome outcome =
        read(
            """
            hrcg-case-study: 1
            case-study: {slug: report, title: Report}
            territories:
              barcelona: {label: Barcelona, type: city}
            practices:
              procurement:
                label: Procurement criteria
                territory: barcelona
                themes: [procurment, care]
            """);
    assertThat(outcome.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "inline.yaml:9:14: error: themes: unknown theme 'procurment' (did you mean"
                + " 'procurement'?)");
    Resource practice = outcome.graphs().get(0).content().getResource(ID + "practice/procurement");
    assertThat(practice.listProperties(HRC.theme).toList())
        .extracting(statement -> statement.getResource().getURI())
        .containsExactly(ID + "theme/care");
  }

  @Test
  void aFileWhoseCaseStudyIsUnusableYieldsNoGraphButAllItsProblems() {
    ReadOutcome outcome =
        read(
            """
            hrcg-case-study: 1
            case-study: {slug: Report 1, title: Report}
            territories:
              barcelona: {label: Barcelona, type: town}
            """);
    assertThat(outcome.graphs()).isEmpty();
    assertThat(outcome.problems())
        .extracting(problem -> problem.position().line())
        .containsExactly(2, 4);
  }

  @Test
  void mintsIrisUnderTheConfiguredBase() {
    YamlCaseStudyReader local =
        new YamlCaseStudyReader(new IriMinter("http://localhost:8080/"), ConceptIndex.defaults());
    ReadOutcome outcome =
        local.read(
            new SourceFile(
                Path.of("inline.yaml"),
                """
                hrcg-case-study: 1
                case-study: {slug: report, title: Report}
                """));
    assertThat(outcome.graphs().get(0).graphIri()).isEqualTo("http://localhost:8080/graph/report");
    assertThat(
            outcome
                .graphs()
                .get(0)
                .content()
                .containsResource(
                    ResourceFactory.createResource("http://localhost:8080/id/case-study/report")))
        .isTrue();
  }

  @Test
  void mapsACurationFileToTheCurationGraph() {
    ReadOutcome outcome = reader.read(resource("curation.yaml"));
    assertThat(outcome.problems()).isEmpty();
    SourceGraph graph = outcome.graphs().get(0);
    String curation = "https://w3id.org/hrcg/graph/curation";
    assertThat(graph.graphIri()).isEqualTo(curation);
    Model model = graph.content();
    Resource barcelona = model.getResource(ID + "territory/barcelona");
    assertThat(barcelona.getPropertyResourceValue(OWL.sameAs).getURI())
        .isEqualTo("http://www.wikidata.org/entity/Q1492");
    Literal lat = barcelona.getProperty(WGS84.lat).getLiteral();
    assertThat(lat.getLexicalForm()).isEqualTo("41.3874");
    assertThat(lat.getDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#decimal");
    Resource quota = model.getResource(ID + "practice/sao-paulo-black-employment-quota");
    assertThat(quota.listProperties(HRC.addressesRight).toList())
        .extracting(statement -> statement.getResource().getURI())
        .containsExactlyInAnyOrder(
            ID + "right/work", ID + "right/freedom-from-racial-discrimination");
    assertThat(quota.listProperties(HRC.servesGoal).toList())
        .extracting(statement -> statement.getResource().getURI())
        .containsExactlyInAnyOrder(
            "http://metadata.un.org/sdg/8.5", "http://metadata.un.org/sdg/10.3");
    Resource entity = model.getResource(curation);
    assertThat(entity.hasProperty(RDF.type, PROV.Entity)).isTrue();
    assertThat(entity.getProperty(DCTerms.modified).getLiteral().getLexicalForm())
        .isEqualTo("2026-11-26");
    Resource agent = entity.getPropertyResourceValue(PROV.wasAttributedTo);
    assertThat(agent.hasProperty(RDF.type, PROV.Agent)).isTrue();
    assertThat(agent.getProperty(RDFS.label).getString()).isEqualTo("hrcg curators");
    assertThat(entity.hasProperty(SKOS.editorialNote)).isTrue();
    // Curation states no source's facts: nothing in it is derived from a case study.
    assertThat(model.listSubjectsWithProperty(PROV.wasDerivedFrom).toList()).isEmpty();
    assertThat(graph.locations().find(quota.asNode(), HRC.servesGoal.asNode()))
        .contains(new Position(14, 5));
  }

  @Test
  void sdgTargetsWrittenAsNumbersKeepTheirDigits() {
    ReadOutcome outcome =
        read(
            """
            hrcg-curation: 1
            curation: {attributed-to: curators, date: 2026-01-01}
            practices:
              quota: {sdg: [8.10, 11]}
            """);
    assertThat(outcome.problems()).isEmpty();
    assertThat(
            outcome
                .graphs()
                .get(0)
                .content()
                .getResource(ID + "practice/quota")
                .listProperties(HRC.servesGoal)
                .toList())
        .extracting(statement -> statement.getResource().getURI())
        .containsExactlyInAnyOrder(
            "http://metadata.un.org/sdg/8.10", "http://metadata.un.org/sdg/11");
  }

  @Test
  void rejectsAFileLongerThanTheLimit() {
    YamlCaseStudyReader small =
        new YamlCaseStudyReader(
            IriMinter.defaults(), ConceptIndex.defaults(), new YamlLoader.Limits(50, 40, 100));
    ReadOutcome outcome =
        small.read(
            new SourceFile(
                Path.of("long.yaml"),
                "hrcg-case-study: 1\ncase-study:\n  description: " + "x".repeat(200) + "\n"));
    assertThat(outcome.graphs()).isEmpty();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("longer than 100 characters"));
  }

  @Test
  void reportsAControlCharacterWhereItIs() {
    ReadOutcome outcome = read("hrcg-case-study: 1\ncase-study:\n  title: a\u0007b\n");
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.position().line()).isEqualTo(3);
              assertThat(problem.message()).contains("U+0007");
            });
  }

  @Test
  void readsTheSameFileToTheSameTriplesEveryTime() {
    Model first = reader.read(resource("geneva-excerpt.yaml")).graphs().get(0).content();
    Model second = reader.read(resource("geneva-excerpt.yaml")).graphs().get(0).content();
    assertThat(first.listStatements().toSet()).isEqualTo(second.listStatements().toSet());
  }

  // Fixture helpers

  private ReadOutcome read(String yaml) {
    return reader.read(new SourceFile(Path.of("inline.yaml"), yaml));
  }

  private Model graphOf(String yaml) {
    ReadOutcome outcome = read(yaml);
    assertThat(outcome.problems()).isEmpty();
    return outcome.graphs().get(0).content();
  }

  private static String label(Model model, String path) {
    return texts(model.getResource(ID + path), RDFS.label).get(0);
  }

  private static List<String> texts(Resource subject, Property property) {
    return subject.listProperties(property).toList().stream()
        .map(statement -> statement.getString() + "@" + statement.getLanguage())
        .toList();
  }

  private static Node iri(String path) {
    return NodeFactory.createURI(ID + path);
  }

  static SourceFile resource(String name) {
    try (InputStream in = YamlCaseStudyReaderTest.class.getResourceAsStream("/yaml/" + name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new SourceFile(Path.of(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Model turtle(String name) {
    Model model = ModelFactory.createDefaultModel();
    try (InputStream in = YamlCaseStudyReaderTest.class.getResourceAsStream("/yaml/" + name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      RDFDataMgr.read(model, in, Lang.TURTLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return model;
  }

  private static List<String> difference(Model left, Model right) {
    return left.difference(right).listStatements().toList().stream()
        .map(Object::toString)
        .sorted()
        .toList();
  }
}
