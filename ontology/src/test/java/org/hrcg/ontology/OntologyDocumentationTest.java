package org.hrcg.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OntologyDocumentationTest {

  private static final String VANN = "http://purl.org/vocab/vann/";
  private static final Resource ONTOLOGY_IRI =
      ModelFactory.createDefaultModel().createResource(HrcgResources.ONTOLOGY_IRI);
  private static final List<Resource> KINDS =
      List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty);

  private static Model ontology;

  @BeforeAll
  static void load() {
    ontology = HrcgResources.ontology();
  }

  @Test
  void parsesWithoutErrorsOrWarnings() {
    assertThatCode(
            () -> {
              try (InputStream in = HrcgResources.open(HrcgResources.ONTOLOGY)) {
                RDFParser.source(in)
                    .lang(Lang.TURTLE)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(ModelFactory.createDefaultModel());
              }
            })
        .doesNotThrowAnyException();
  }

  @Test
  void everyTermHasOneEnglishLabelAndOneEnglishDefinition() {
    List<String> problems = new ArrayList<>();
    for (Resource term : terms()) {
      int labels = englishLiterals(term, RDFS.label).size();
      if (labels != 1) {
        problems.add(term.getLocalName() + " has " + labels + " English rdfs:label");
      }
      List<String> definitions = englishLiterals(term, SKOS.definition);
      if (definitions.size() != 1) {
        problems.add(term.getLocalName() + " has " + definitions.size() + " English definitions");
      } else if (!isOneSentence(definitions.get(0))) {
        problems.add(term.getLocalName() + "'s definition is not one sentence");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyLabelAndNoteIsLanguageTagged() {
    List<String> untagged = new ArrayList<>();
    for (Property property :
        List.of(RDFS.label, SKOS.definition, SKOS.scopeNote, SKOS.example, SKOS.changeNote)) {
      for (Statement statement : ontology.listStatements(null, property, (RDFNode) null).toList()) {
        if (!statement.getObject().isLiteral() || statement.getLiteral().getLanguage().isEmpty()) {
          untagged.add(statement.toString());
        }
      }
    }
    assertThat(untagged).isEmpty();
  }

  @Test
  void everyTermIsDefinedByTheOntology() {
    assertThat(terms())
        .allSatisfy(
            term ->
                assertThat(ontology.listObjectsOfProperty(term, RDFS.isDefinedBy).toList())
                    .as("rdfs:isDefinedBy of %s", term.getLocalName())
                    .containsExactly(ONTOLOGY_IRI));
  }

  @Test
  void everyPropertyHasOneDomainAndOneRange() {
    List<String> problems = new ArrayList<>();
    for (Resource term : terms()) {
      if (term.hasProperty(RDF.type, OWL2.Class)) {
        continue;
      }
      for (Property axis : List.of(RDFS.domain, RDFS.range)) {
        int count = ontology.listObjectsOfProperty(term, axis).toList().size();
        if (count != 1) {
          problems.add(term.getLocalName() + " has " + count + " " + axis.getLocalName());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTermOfTheNamespaceIsDeclaredWithOneKind() {
    Set<String> undeclared = new TreeSet<>();
    ontology
        .listStatements()
        .forEachRemaining(
            statement -> {
              for (RDFNode node :
                  List.of(
                      statement.getSubject(), statement.getPredicate(), statement.getObject())) {
                if (isOwn(node) && kindCount(node.asResource()) != 1) {
                  undeclared.add(node.asResource().getLocalName());
                }
              }
            });
    assertThat(undeclared)
        .as("hrc: IRIs used without exactly one of owl:Class/ObjectProperty/DatatypeProperty")
        .isEmpty();
  }

  @Test
  void headerHasEveryFieldOfTheHouseStyle() {
    Resource header = ontology.getResource(HrcgResources.ONTOLOGY_IRI);
    assertThat(header.hasProperty(RDF.type, OWL2.Ontology)).isTrue();
    String version = header.getRequiredProperty(OWL2.versionInfo).getString();
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(header.getRequiredProperty(OWL2.versionIRI).getResource().getURI())
        .isEqualTo(HrcgResources.ONTOLOGY_IRI + "/" + version);
    assertThat(englishLiterals(header, RDFS.label)).hasSize(1);
    assertThat(englishLiterals(header, DCTerms.description)).hasSize(1);
    assertThat(header.hasProperty(DCTerms.creator)).isTrue();
    assertThat(header.getRequiredProperty(DCTerms.license).getResource().getURI())
        .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    List<Statement> modified = header.listProperties(DCTerms.modified).toList();
    assertThat(modified).hasSize(1);
    assertThat(modified.get(0).getLiteral().getDatatypeURI())
        .isEqualTo(XSDDatatype.XSDdate.getURI());
    assertThat(header.getRequiredProperty(vann("preferredNamespacePrefix")).getString())
        .isEqualTo("hrc");
    assertThat(header.getRequiredProperty(vann("preferredNamespaceUri")).getString())
        .isEqualTo(HrcgResources.ONTOLOGY_NS);
  }

  @Test
  void importsNothingSoThatItLoadsOffline() {
    assertThat(ontology.listObjectsOfProperty(OWL2.imports).toList()).isEmpty();
  }

  @Test
  void termsAreInTheirSectionAndAlphabeticalWithinIt() throws IOException {
    Map<String, List<String>> sections = sections();
    assertThat(sections).containsOnlyKeys("Classes", "Object properties", "Datatype properties");
    Map<String, Resource> kindOfSection =
        Map.of(
            "Classes", OWL2.Class,
            "Object properties", OWL2.ObjectProperty,
            "Datatype properties", OWL2.DatatypeProperty);
    for (Map.Entry<String, List<String>> section : sections.entrySet()) {
      assertThat(section.getValue())
          .as("terms under # %s", section.getKey())
          .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
          .allSatisfy(
              name ->
                  assertThat(
                          ontology
                              .getResource(HrcgResources.ONTOLOGY_NS + name)
                              .hasProperty(RDF.type, kindOfSection.get(section.getKey())))
                      .as("%s is a %s", name, section.getKey())
                      .isTrue());
    }
    List<String> described = new ArrayList<>();
    sections.values().forEach(described::addAll);
    assertThat(described)
        .containsExactlyInAnyOrderElementsOf(terms().stream().map(Resource::getLocalName).toList());
  }

  /** Subject lines ({@code hrc:Name} at the start of a line) under each section banner. */
  private static Map<String, List<String>> sections() throws IOException {
    Pattern banner = Pattern.compile("^# (Classes|Object properties|Datatype properties)\\s*$");
    Pattern subject = Pattern.compile("^hrc:([A-Za-z0-9_]+)\\b");
    Map<String, List<String>> sections = new LinkedHashMap<>();
    String current = null;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                HrcgResources.open(HrcgResources.ONTOLOGY), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        Matcher bannerMatch = banner.matcher(line);
        if (bannerMatch.matches()) {
          current = bannerMatch.group(1);
          sections.put(current, new ArrayList<>());
          continue;
        }
        Matcher subjectMatch = subject.matcher(line);
        if (subjectMatch.find()) {
          sections
              .computeIfAbsent(
                  current == null ? "(before any section)" : current, k -> new ArrayList<>())
              .add(subjectMatch.group(1));
        }
      }
    }
    return sections;
  }

  private static List<Resource> terms() {
    Set<Resource> terms = new LinkedHashSet<>();
    for (Resource kind : KINDS) {
      ontology
          .listSubjectsWithProperty(RDF.type, kind)
          .filterKeep(OntologyDocumentationTest::isOwn)
          .forEachRemaining(terms::add);
    }
    assertThat(terms).as("terms of the hrc: namespace").isNotEmpty();
    return new ArrayList<>(terms);
  }

  private static List<String> englishLiterals(Resource subject, Property property) {
    return ontology.listObjectsOfProperty(subject, property).toList().stream()
        .filter(RDFNode::isLiteral)
        .map(RDFNode::asLiteral)
        .filter(literal -> literal.getLanguage().equalsIgnoreCase("en"))
        .map(Literal::getString)
        .toList();
  }

  /** A capitalised text that ends with a full stop and has no sentence break inside. */
  private static boolean isOneSentence(String text) {
    return !text.isBlank()
        && Character.isUpperCase(text.charAt(0))
        && text.endsWith(".")
        && !text.substring(0, text.length() - 1).matches("(?s).*[.!?]\\s+\\p{Lu}.*");
  }

  private static long kindCount(Resource term) {
    return KINDS.stream().filter(kind -> ontology.contains(term, RDF.type, kind)).count();
  }

  private static boolean isOwn(RDFNode node) {
    return node.isURIResource() && node.asResource().getURI().startsWith(HrcgResources.ONTOLOGY_NS);
  }

  private static Property vann(String localName) {
    return ontology.createProperty(VANN + localName);
  }
}
