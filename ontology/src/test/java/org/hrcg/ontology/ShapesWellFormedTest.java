package org.hrcg.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes file as a shapes graph: it parses, it is valid SHACL, it uses only terms that SHACL
 * defines, and it follows the house rules (documented property shapes, violations only where the
 * design requires them).
 */
class ShapesWellFormedTest {

  private static final String HRC = HrcgResources.ONTOLOGY_NS;
  private static final String HRCSH = HrcgResources.SHAPES_NS;

  /** W3C's SHACL vocabulary and SHACL-SHACL, both bundled in the jena-shacl jar. */
  private static final String SHACL_VOCABULARY = "std/shacl.ttl";

  private static final String SHACL_SHACL = "std/shacl-shacl.ttl";

  private static Model shapes;

  @BeforeAll
  static void loadShapes() {
    shapes = HrcgResources.shapes();
  }

  @Test
  void shapesFileParsesIntoNodeShapesAndPropertyShapes() {
    assertThat(shapes.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList())
        .hasSizeGreaterThanOrEqualTo(10);
    assertThat(propertyShapes()).hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void jenaParsesTheShapesWithEveryNodeShapeDeclared() {
    Shapes parsed = assertDoesNotThrow(() -> Shapes.parse(shapes.getGraph()));

    Set<String> declared =
        shapes.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList().stream()
            .map(Resource::getURI)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> seenByJena = new TreeSet<>();
    parsed.getShapeMap().keySet().forEach(node -> seenByJena.add(node.toString()));
    assertThat(seenByJena).containsAll(declared);
    Set<String> targeted = new TreeSet<>();
    parsed.getTargetShapes().forEach(shape -> targeted.add(shape.getShapeNode().getURI()));
    assertThat(targeted)
        .contains(HRCSH + "PracticeShape", HRCSH + "TerritoryShape", HRCSH + "MembershipShape");
  }

  @Test
  void shapesConformToShaclShacl() {
    Shapes shaclShacl = Shapes.parse(classpathModel(SHACL_SHACL).getGraph());

    ValidationReport report = ShaclValidator.get().validate(shaclShacl, shapes.getGraph());

    assertThat(report.getEntries()).isEmpty();
    assertThat(report.conforms()).isTrue();
  }

  @Test
  void shaclShaclRejectsAMalformedShape() {
    Model broken = ModelFactory.createDefaultModel();
    broken
        .createResource(HRCSH + "Broken")
        .addProperty(RDF.type, SHACLM.PropertyShape)
        .addLiteral(SHACLM.minCount, "one");
    Shapes shaclShacl = Shapes.parse(classpathModel(SHACL_SHACL).getGraph());

    ValidationReport report = ShaclValidator.get().validate(shaclShacl, broken.getGraph());

    assertThat(report.conforms()).isFalse();
  }

  @Test
  void everyShaclTermUsedIsDeclaredInTheShaclVocabulary() {
    assertThat(undeclaredShaclTerms(shapes)).isEmpty();
  }

  @Test
  void vocabularyCheckCatchesATermThatShaclDoesNotDefine() {
    Model withShShape = ModelFactory.createDefaultModel();
    withShShape
        .createResource(HRCSH + "Example")
        .addProperty(
            withShShape.createProperty(SHACLM.NS, "shape"), withShShape.createResource(HRCSH));

    assertThat(undeclaredShaclTerms(withShShape)).containsExactly(SHACLM.NS + "shape");
  }

  @Test
  void everyShapeIsNamedWithAnIriInTheShapesNamespace() {
    List<Resource> named = new ArrayList<>(propertyShapes());
    named.addAll(shapes.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList());

    assertThat(named)
        .allSatisfy(
            shape -> {
              assertThat(shape.isURIResource()).as("%s is an IRI", shape).isTrue();
              assertThat(shape.getURI()).startsWith(HRCSH);
            });
  }

  @Test
  void everyPropertyShapeHasNameDescriptionMessageAndOneSeverity() {
    assertThat(propertyShapes())
        .allSatisfy(
            shape -> {
              assertThat(shape.hasProperty(SHACLM.name)).as("sh:name of %s", shape).isTrue();
              assertThat(shape.hasProperty(SHACLM.description))
                  .as("sh:description of %s", shape)
                  .isTrue();
              assertThat(shape.hasProperty(SHACLM.message)).as("sh:message of %s", shape).isTrue();
              assertThat(shape.listProperties(SHACLM.severity).toList())
                  .as("sh:severity of %s", shape)
                  .hasSize(1);
              assertThat(shape.hasProperty(RDF.type, SHACLM.PropertyShape))
                  .as("%s is typed sh:PropertyShape", shape)
                  .isTrue();
            });
  }

  @Test
  void cardinalityOfOnePathAndSeverityIsInOneShape() {
    Map<String, List<String>> counted = new HashMap<>();
    for (Resource nodeShape :
        shapes.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList()) {
      for (Statement link : nodeShape.listProperties(SHACLM.property).toList()) {
        Resource shape = link.getResource();
        if (shape.hasProperty(SHACLM.minCount) || shape.hasProperty(SHACLM.maxCount)) {
          String key =
              nodeShape.getURI()
                  + " "
                  + pathKey(shape.getProperty(SHACLM.path).getObject())
                  + " "
                  + shape.getPropertyResourceValue(SHACLM.severity).getURI();
          counted.computeIfAbsent(key, k -> new ArrayList<>()).add(shape.getURI());
        }
      }
    }

    assertThat(counted).isNotEmpty();
    assertThat(counted.values()).allSatisfy(list -> assertThat(list).hasSize(1));
  }

  @Test
  void violationsAreExactlyTheDesignsMinimum() {
    Set<String> violations =
        propertyShapes().stream()
            .filter(shape -> shape.hasProperty(SHACLM.severity, SHACLM.Violation))
            .map(Resource::getLocalName)
            .collect(Collectors.toCollection(TreeSet::new));

    Set<String> expected = new TreeSet<>();
    for (String drawn :
        List.of("Actor", "Campaign", "Document", "Event", "Practice", "Statement", "Territory")) {
      expected.add(drawn + "-label");
      expected.add(drawn + "-source");
    }
    expected.addAll(
        List.of(
            "Practice-theme",
            "Practice-theme-scheme",
            "ThemeConcept-inScheme",
            "Practice-territory",
            "CaseStudy-label",
            "CaseStudy-title"));
    assertThat(violations).isEqualTo(expected);
  }

  @Test
  void everySeverityIsViolationOrWarning() {
    assertThat(shapes.listObjectsOfProperty(SHACLM.severity).toList())
        .allSatisfy(severity -> assertThat(severity).isIn(SHACLM.Violation, SHACLM.Warning));
  }

  @Test
  void targetsAreHrcClassesAndTheObjectsOfHrcRoleOnly() {
    Set<String> targetClasses =
        shapes.listObjectsOfProperty(SHACLM.targetClass).toList().stream()
            .map(node -> node.asResource().getURI())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> drawnClasses =
        Set.of(
                "Actor",
                "Campaign",
                "CaseStudy",
                "Document",
                "Event",
                "LocalGovernment",
                "Person",
                "Practice",
                "Statement",
                "Territory")
            .stream()
            .map(local -> HRC + local)
            .collect(Collectors.toSet());

    assertThat(targetClasses).isEqualTo(drawnClasses);
    assertThat(shapes.listObjectsOfProperty(SHACLM.targetObjectsOf).toList())
        .containsExactly(shapes.createResource(HRC + "role"));
    assertThat(shapes.listSubjectsWithProperty(SHACLM.targetNode).toList()).isEmpty();
    assertThat(shapes.listSubjectsWithProperty(SHACLM.targetSubjectsOf).toList()).isEmpty();
  }

  @Test
  void headerDeclaresVersionLicenceAndImportsTheOntology() {
    Resource header = shapes.getResource(HRCSH.substring(0, HRCSH.length() - 1));

    assertThat(header.hasProperty(RDF.type, OWL.Ontology)).isTrue();
    assertThat(header.hasProperty(OWL.imports, shapes.getResource(HrcgResources.ONTOLOGY_IRI)))
        .isTrue();
    assertThat(
            header.hasProperty(
                DCTerms.license,
                shapes.getResource("https://creativecommons.org/licenses/by/4.0/")))
        .isTrue();
    assertThat(header.getProperty(OWL.versionInfo).getString()).isEqualTo("1.0.0");
    assertThat(header.hasProperty(RDFS.label)).isTrue();
    assertThat(header.hasProperty(DCTerms.description)).isTrue();
  }

  private static List<Resource> propertyShapes() {
    return shapes.listSubjectsWithProperty(SHACLM.path).toList();
  }

  /**
   * SHACL IRIs used anywhere in a model (subject, predicate or object) that SHACL does not define.
   */
  private static Set<String> undeclaredShaclTerms(Model model) {
    Model vocabulary = classpathModel(SHACL_VOCABULARY);
    Resource shaclOntology = vocabulary.getResource(SHACLM.NS);
    Set<String> declared =
        vocabulary.listSubjectsWithProperty(RDFS.isDefinedBy, shaclOntology).toList().stream()
            .map(Resource::getURI)
            .collect(Collectors.toSet());

    Set<String> used = new TreeSet<>();
    for (Statement statement : model.listStatements().toList()) {
      addIfShacl(used, statement.getSubject());
      addIfShacl(used, statement.getPredicate());
      addIfShacl(used, statement.getObject());
    }
    used.removeAll(declared);
    return used;
  }

  private static void addIfShacl(Set<String> used, RDFNode node) {
    if (node.isURIResource() && node.asResource().getURI().startsWith(SHACLM.NS)) {
      used.add(node.asResource().getURI());
    }
  }

  private static String pathKey(RDFNode path) {
    return ShaclPaths.pathToString(ShaclPaths.parsePath(shapes.getGraph(), path.asNode()));
  }

  private static Model classpathModel(String location) {
    try (InputStream in =
        ShapesWellFormedTest.class.getClassLoader().getResourceAsStream(location)) {
      assertThat(in).as("classpath resource %s", location).isNotNull();
      Model model = ModelFactory.createDefaultModel();
      RDFParser.source(in).lang(Lang.TURTLE).parse(model);
      return model;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
