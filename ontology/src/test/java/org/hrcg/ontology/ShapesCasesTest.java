package org.hrcg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case in {@code shapes-cases/}: one Turtle file holding the data and the validation
 * report expected for it. The data is validated together with the ontology and the concept schemes,
 * so that the engine sees subclasses and scheme membership, and the report must match exactly:
 * whether it conforms, and each result's focus node, path, severity, message and value.
 */
class ShapesCasesTest {

  private static final String CASES = "shapes-cases";

  private static Shapes shapes;
  private static Model vocabulary;

  @BeforeAll
  static void loadShapesAndVocabulary() {
    shapes = Shapes.parse(HrcgResources.shapes().getGraph());
    vocabulary = HrcgResources.ontology().add(HrcgResources.schemes());
  }

  static Stream<String> cases() {
    try (Stream<Path> files = Files.list(casesDirectory())) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".ttl"))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void validationReportIsTheExpectedOne(String caseFile) {
    Model file = ModelFactory.createDefaultModel();
    RDFParser.source(casesDirectory().resolve(caseFile)).parse(file);
    Resource expected = expectedReport(file, caseFile);
    Model data = withoutReport(file, expected);
    assertThat(data.isEmpty()).as("data of %s", caseFile).isFalse();

    Model dataGraph = ModelFactory.createDefaultModel().add(data).add(vocabulary);
    ValidationReport report = ShaclValidator.get().validate(shapes, dataGraph.getGraph());
    Resource actual = report.getResource();

    assertThat(results(actual))
        .as("results of %s", caseFile)
        .containsExactlyInAnyOrderElementsOf(results(expected));
    assertThat(actual.getRequiredProperty(SHACLM.conforms).getBoolean())
        .as("sh:conforms of %s", caseFile)
        .isEqualTo(expected.getRequiredProperty(SHACLM.conforms).getBoolean())
        .isEqualTo(report.conforms());
  }

  @Test
  void casesCoverConformingDataViolationsAndWarnings() {
    Set<String> severities = new HashSet<>();
    Set<Boolean> conforms = new HashSet<>();
    for (String caseFile : cases().toList()) {
      Model file = ModelFactory.createDefaultModel();
      RDFParser.source(casesDirectory().resolve(caseFile)).parse(file);
      Resource report = expectedReport(file, caseFile);
      conforms.add(report.getRequiredProperty(SHACLM.conforms).getBoolean());
      results(report).forEach(result -> severities.add(result.severity().getURI()));
    }

    assertThat(conforms).containsExactlyInAnyOrder(true, false);
    assertThat(severities)
        .containsExactlyInAnyOrder(SHACLM.Violation.getURI(), SHACLM.Warning.getURI());
  }

  /** One validation result as compared: the path in SPARQL syntax, a missing value as null. */
  record Result(Node focus, String path, Node severity, Set<Node> messages, Node value) {
    Result {
      Objects.requireNonNull(focus, "focus");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(severity, "severity");
      messages = Set.copyOf(messages);
    }
  }

  /** The results of a report given as RDF, the engine's report and the expected one alike. */
  private static Set<Result> results(Resource report) {
    Graph graph = report.getModel().getGraph();
    return report.listProperties(SHACLM.result).toList().stream()
        .map(Statement::getResource)
        .map(
            result ->
                new Result(
                    result.getRequiredProperty(SHACLM.focusNode).getObject().asNode(),
                    ShaclPaths.pathToString(
                        ShaclPaths.parsePath(
                            graph,
                            result.getRequiredProperty(SHACLM.resultPath).getObject().asNode())),
                    result.getRequiredProperty(SHACLM.resultSeverity).getObject().asNode(),
                    result.listProperties(SHACLM.resultMessage).toList().stream()
                        .map(message -> message.getObject().asNode())
                        .collect(Collectors.toSet()),
                    result.hasProperty(SHACLM.value)
                        ? result.getProperty(SHACLM.value).getObject().asNode()
                        : null))
        .collect(Collectors.toSet());
  }

  private static Resource expectedReport(Model file, String caseFile) {
    List<Resource> reports =
        file.listSubjectsWithProperty(RDF.type, SHACLM.ValidationReport).toList();
    assertThat(reports).as("one sh:ValidationReport in %s", caseFile).hasSize(1);
    return reports.get(0);
  }

  /** The case's data: every triple except those of the report and the blank nodes it reaches. */
  private static Model withoutReport(Model file, Resource report) {
    Set<Resource> reportNodes = new HashSet<>();
    Deque<Resource> todo = new ArrayDeque<>(List.of(report));
    while (!todo.isEmpty()) {
      Resource next = todo.pop();
      if (reportNodes.add(next)) {
        for (Statement statement : next.listProperties().toList()) {
          RDFNode object = statement.getObject();
          if (object.isAnon()) {
            todo.push(object.asResource());
          }
        }
      }
    }
    Model data = ModelFactory.createDefaultModel().add(file);
    reportNodes.forEach(node -> data.removeAll(node, null, null));
    return data;
  }

  private static Path casesDirectory() {
    URL url = ShapesCasesTest.class.getClassLoader().getResource(CASES);
    assertThat(url).as("classpath directory %s", CASES).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
