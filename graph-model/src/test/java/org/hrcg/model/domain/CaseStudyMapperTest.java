package org.hrcg.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.model.domain.LangString.en;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.ResourceId;
import org.hrcg.model.vocab.HRC;
import org.hrcg.model.vocab.PROV;
import org.hrcg.model.vocab.SCHEMA;
import org.hrcg.model.vocab.WGS84;
import org.hrcg.ontology.HrcgResources;
import org.junit.jupiter.api.Test;

class CaseStudyMapperTest {

  private static final String SOURCE = "https://w3id.org/hrcg/id/case-study/geneva-dialogue-2025";

  private final CaseStudyMapper mapper = new CaseStudyMapper(IriMinter.defaults());

  @Test
  void mapsTheFixtureToExactlyTheExpectedGraph() {
    Model actual = mapper.toModel(Fixtures.content());
    Model expected = expected("geneva-fixture.ttl");
    assertThat(difference(actual, expected)).as("triples the mapper adds").isEmpty();
    assertThat(difference(expected, actual)).as("triples the mapper leaves out").isEmpty();
    assertThat(actual.isIsomorphicWith(expected)).isTrue();
  }

  @Test
  void everyResourceDrawnFromTheSourcePointsToTheCaseStudy() {
    Model model = mapper.toModel(Fixtures.content());
    Resource source = model.createResource(SOURCE);
    Set<Resource> subjects = model.listSubjects().toSet();
    subjects.remove(source);
    assertThat(subjects).hasSize(12);
    assertThat(subjects).allMatch(subject -> subject.hasProperty(PROV.wasDerivedFrom, source));
    assertThat(source.hasProperty(RDF.type, HRC.CaseStudy)).isTrue();
  }

  @Test
  void mappingTheSameContentTwiceGivesTheSameTriplesAndNoBlankNodes() {
    Model first = mapper.toModel(Fixtures.content());
    Model second = mapper.toModel(Fixtures.content());
    assertThat(first.listStatements().toSet()).isEqualTo(second.listStatements().toSet());
    assertThat(first.listSubjects().toList()).noneMatch(RDFNode::isAnon);
    assertThat(first.listObjects().toList()).noneMatch(RDFNode::isAnon);
  }

  @Test
  void theMayorHoldsTheRoleInTheLocalGovernmentThatGovernsTheCity() {
    Model model = mapper.toModel(Fixtures.content());
    String query =
        """
        PREFIX hrc: <https://w3id.org/hrcg/ontology#>
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?city WHERE {
          ?person rdfs:label "Philippe Rio"@en ;
                  hrc:role [ org:role <https://w3id.org/hrcg/id/role/mayor> ;
                             org:organization [ hrc:governs ?place ] ] .
          ?place rdfs:label ?city .
        }
        """;
    try (QueryExecution execution = QueryExecution.model(model).query(query).build()) {
      List<String> cities = new ArrayList<>();
      execution
          .execSelect()
          .forEachRemaining(row -> cities.add(row.getLiteral("city").getString()));
      assertThat(cities).containsExactly("Grigny");
    }
  }

  @Test
  void writesAPairingBothWaysOnlyWhenBothPracticesAreDescribedHere() {
    Practice paired =
        Practice.builder("a-practice")
            .label(en("A practice"))
            .pairedWith("described-practice", "practice-of-another-source")
            .build();
    Practice described = Practice.builder("described-practice").label(en("Described")).build();
    Model model =
        mapper.toModel(
            CaseStudyContent.builder(Fixtures.genevaDialogue())
                .practice(paired)
                .practice(described)
                .build());
    Resource a = practice(model, "a-practice");
    assertThat(a.hasProperty(HRC.pairedWith, practice(model, "described-practice"))).isTrue();
    assertThat(practice(model, "described-practice").hasProperty(HRC.pairedWith, a)).isTrue();
    assertThat(a.hasProperty(HRC.pairedWith, practice(model, "practice-of-another-source")))
        .isTrue();
    assertThat(
            model
                .listStatements(practice(model, "practice-of-another-source"), null, (RDFNode) null)
                .toList())
        .isEmpty();
  }

  @Test
  void writesInspiredByForTheTerritoriesAPracticeInspired() {
    Practice observatory =
        Practice.builder("seine-saint-denis-observatory")
            .label(en("Observatory on Violence Against Women"))
            .territory("seine-saint-denis")
            .themes("gender-based-violence")
            .instruments("observatory")
            .inspired(ResourceId.territory("palestine"), ResourceId.territory("cameroon"))
            .build();
    Model model =
        mapper.toModel(
            CaseStudyContent.builder(Fixtures.genevaDialogue())
                .practice(observatory)
                .territory(Territory.of("palestine", "Palestine", Territory.Type.TERRITORY))
                .build());
    Resource practice = practice(model, "seine-saint-denis-observatory");
    Resource palestine = model.createResource("https://w3id.org/hrcg/id/territory/palestine");
    Resource cameroon = model.createResource("https://w3id.org/hrcg/id/territory/cameroon");
    assertThat(practice.hasProperty(HRC.inspired, palestine)).isTrue();
    assertThat(practice.hasProperty(HRC.inspired, cameroon)).isTrue();
    assertThat(palestine.hasProperty(HRC.inspiredBy, practice)).isTrue();
    assertThat(cameroon.hasProperty(HRC.inspiredBy, practice)).isFalse();
  }

  @Test
  void aTerritoryWhoseKindIsOpenIsTypedAsATerritoryOnlyAndKeepsItsNote() {
    Territory santaFe =
        new Territory(
            "santa-fe",
            List.of(en("Santa Fe")),
            Territory.Type.TERRITORY,
            List.of(),
            null,
            new Coordinates(-31.6333, -60.7),
            en("The source does not say whether the city or the province is meant."));
    Model model =
        mapper.toModel(
            CaseStudyContent.builder(Fixtures.genevaDialogue()).territory(santaFe).build());
    Resource territory = model.createResource("https://w3id.org/hrcg/id/territory/santa-fe");
    assertThat(model.listObjectsOfProperty(territory, RDF.type).toList())
        .containsExactly(HRC.Territory);
    assertThat(territory.getProperty(WGS84.lat).getLiteral().getLexicalForm())
        .isEqualTo("-31.6333");
    assertThat(territory.getProperty(WGS84.lat).getLiteral().getDatatypeURI())
        .isEqualTo("http://www.w3.org/2001/XMLSchema#decimal");
    assertThat(territory.getProperty(WGS84.long_).getLiteral().getLexicalForm()).isEqualTo("-60.7");
    assertThat(territory.getProperty(SKOS.editorialNote).getString())
        .startsWith("The source does not say");
  }

  @Test
  void anEventWithoutAVenueIsLocatedInItsTerritory() {
    Event workshop =
        new Event(
            "nmirf-workshop",
            List.of(en("From local realities to global responsibility")),
            null,
            LocalDate.of(2025, 7, 23),
            null,
            "geneva",
            List.of(),
            List.of(),
            List.of("multilevel-cooperation"));
    Model model =
        mapper.toModel(CaseStudyContent.builder(Fixtures.genevaDialogue()).event(workshop).build());
    Resource event = model.createResource("https://w3id.org/hrcg/id/event/nmirf-workshop");
    assertThat(event.getPropertyResourceValue(SCHEMA.location).getURI())
        .isEqualTo("https://w3id.org/hrcg/id/territory/geneva");
    assertThat(event.getPropertyResourceValue(HRC.challenge).getURI())
        .isEqualTo("https://w3id.org/hrcg/id/challenge/multilevel-cooperation");
  }

  @Test
  void writesTheCaseStudyMetadataItIsGiven() {
    CaseStudy withSource =
        new CaseStudy(
            "example-report",
            en("An example report"),
            "uclg",
            LocalDate.of(2025, 1, 31),
            URI.create("https://example.org/report"),
            "es",
            en("A report used in tests."),
            null);
    Model model = mapper.toModel(CaseStudyContent.builder(withSource).build());
    Resource source = model.createResource("https://w3id.org/hrcg/id/case-study/example-report");
    assertThat(source.getPropertyResourceValue(DCTerms.publisher).getURI())
        .isEqualTo("https://w3id.org/hrcg/id/actor/uclg");
    assertThat(source.getPropertyResourceValue(DCTerms.source).getURI())
        .isEqualTo("https://example.org/report");
    assertThat(source.getProperty(DCTerms.language).getLiteral().getDatatypeURI())
        .isEqualTo("http://www.w3.org/2001/XMLSchema#language");
    assertThat(source.getProperty(DCTerms.issued).getLiteral().getLexicalForm())
        .isEqualTo("2025-01-31");
  }

  @Test
  void mintsResourcesUnderTheConfiguredBaseAndKeepsConceptsInTheVocabulary() {
    IriMinter local = new IriMinter("http://localhost:8080/");
    Model model = new CaseStudyMapper(local).toModel(Fixtures.content());
    Set<String> iris =
        model.listStatements().toList().stream()
            .flatMap(s -> Stream.of(s.getSubject(), s.getObject()))
            .filter(RDFNode::isURIResource)
            .map(node -> node.asResource().getURI())
            .filter(iri -> iri.contains("/id/"))
            .collect(Collectors.toSet());
    Set<String> concepts =
        iris.stream()
            .filter(iri -> iri.startsWith("https://w3id.org/hrcg/id/"))
            .collect(Collectors.toSet());
    assertThat(concepts)
        .isNotEmpty()
        .allMatch(iri -> iri.matches("https://w3id.org/hrcg/id/(theme|instrument|role|right)/.*"));
    assertThat(iris)
        .filteredOn(iri -> !concepts.contains(iri))
        .isNotEmpty()
        .allMatch(iri -> iri.startsWith("http://localhost:8080/id/"));
  }

  @Test
  void aRoleWhoseOrganizationTheSourceDoesNotNameHasNoOrganization() {
    Actor rapporteur =
        new Actor(
            "olivier-de-schutter",
            List.of(en("Olivier De Schutter")),
            Actor.Type.PERSON,
            null,
            List.of(),
            List.of(),
            List.of(new Membership("special-rapporteur", null)));
    Model model =
        mapper.toModel(
            CaseStudyContent.builder(Fixtures.genevaDialogue()).actor(rapporteur).build());
    Resource membership =
        model.createResource(
            "https://w3id.org/hrcg/id/membership/olivier-de-schutter-special-rapporteur");
    assertThat(membership.hasProperty(ORG.role)).isTrue();
    assertThat(membership.hasProperty(ORG.organization)).isFalse();
  }

  @Test
  void theMappedFixtureHasNoShapeViolations() {
    assertThat(violations(Fixtures.content())).isEmpty();
  }

  @Test
  void theShapeCheckSeesWhatTheMapperWrites() {
    // Guards the test above against passing because no shape reaches the mapped resources.
    CaseStudyContent themeless =
        CaseStudyContent.builder(Fixtures.genevaDialogue())
            .territory(Fixtures.barcelona())
            .practice(
                Practice.builder("untitled").label(en("Untitled")).territory("barcelona").build())
            .build();
    assertThat(violations(themeless))
        .extracting(entry -> entry.focusNode().getURI())
        .contains("https://w3id.org/hrcg/id/practice/untitled");
  }

  private List<ReportEntry> violations(CaseStudyContent content) {
    Model data = ModelFactory.createDefaultModel();
    data.add(mapper.toModel(content));
    // The shapes see classes and schemes through the ontology and schemes, as ingest validates.
    data.add(HrcgResources.ontology());
    data.add(HrcgResources.schemes());
    Shapes shapes = Shapes.parse(HrcgResources.shapes());
    ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
    return report.getEntries().stream()
        .filter(entry -> entry.severity() == Severity.Violation)
        .toList();
  }

  private static Resource practice(Model model, String slug) {
    return model.createResource("https://w3id.org/hrcg/id/practice/" + slug);
  }

  private static Model expected(String name) {
    Model model = ModelFactory.createDefaultModel();
    try (InputStream in = CaseStudyMapperTest.class.getResourceAsStream(name)) {
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
