package org.hrcg.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.hrcg.ingest.Locations;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.ontology.HrcgResources;
import org.junit.jupiter.api.Test;

class ShapeValidationTest {

  private static final Path FILE = Path.of("cases", "alpha.ttl");
  private static final String ID = "https://w3id.org/hrcg/id/";
  private static final Node PRACTICE = uri(ID + "practice/alpha-care");
  private static final Node HRC_THEME = uri(HrcgResources.ONTOLOGY_NS + "theme");

  private final ShapeValidation validation = ShapeValidation.standard();

  @Test
  void conformingGraphHasNoProblems() {
    assertThat(validation.validate(source(Fixtures.turtle("alpha"), new Locations()))).isEmpty();
  }

  @Test
  void violationIsAnErrorAtTheFocusNodesLineNamingFieldShapeMessageAndNode() {
    Locations locations = new Locations();
    locations.subject(PRACTICE, new Position(25, 1));

    List<Problem> problems =
        validation.validate(source(Fixtures.turtleWithoutTerritory("alpha"), locations));

    assertThat(problems).hasSize(1);
    Problem problem = problems.get(0);
    assertThat(problem.isError()).isTrue();
    assertThat(problem.file()).isEqualTo(FILE);
    assertThat(problem.position()).isEqualTo(new Position(25, 1));
    assertThat(problem.message())
        .isEqualTo(
            "hrc:territory of practice 'alpha-care': "
                + "A practice needs at least one territory (hrc:territory).");
  }

  @Test
  void resultIsReportedAtThePropertysOwnLineAndNamesTheOffendingValue() {
    String text = Fixtures.turtle("alpha").replace(ID + "theme/care", ID + "right/work");
    Locations locations = new Locations();
    locations.subject(PRACTICE, new Position(25, 1));
    locations.property(PRACTICE, HRC_THEME, new Position(28, 5));

    List<Problem> problems = validation.validate(source(text, locations));

    assertThat(problems)
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isTrue();
              assertThat(problem.position()).isEqualTo(new Position(28, 5));
              assertThat(problem.message())
                  .startsWith("hrc:theme of practice 'alpha-care': ")
                  .contains("A practice's theme must be a concept of the theme scheme.")
                  .endsWith("(value: <" + ID + "right/work>)");
            });
  }

  @Test
  void shWarningIsAWarning() {
    List<Problem> problems =
        validation.validate(source(Fixtures.turtleWithWarning("alpha"), new Locations()));

    assertThat(problems)
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(problem.message())
                  .startsWith("dcterms:description of case-study 'alpha': ");
            });
  }

  @Test
  void withoutAKnownPositionTheProblemIsOnLineOne() {
    List<Problem> problems =
        validation.validate(source(Fixtures.turtleWithoutTerritory("alpha"), new Locations()));

    assertThat(problems).extracting(Problem::position).containsExactly(Position.START);
  }

  @Test
  void resultsAboutTheVocabularysOwnResourcesAreIgnored() {
    // A vocabulary that itself holds a practice without a label: not the contributor's to fix.
    Model vocabulary = HrcgResources.ontology();
    vocabulary.add(HrcgResources.schemes());
    vocabulary.add(
        parse(
            "<"
                + ID
                + "practice/vocabulary-only> a <"
                + HrcgResources.ONTOLOGY_NS
                + "Practice> ."));
    ShapeValidation custom =
        ShapeValidation.of(HrcgResources.shapes(), vocabulary, IriMinter.defaults());

    assertThat(custom.validate(source(Fixtures.turtle("alpha"), new Locations()))).isEmpty();
    assertThat(custom.validate(source(Fixtures.turtleWithoutTerritory("alpha"), new Locations())))
        .extracting(Problem::message)
        .allMatch(message -> message.contains("alpha-care"))
        .hasSize(1);
  }

  @Test
  void contentIsValidatedWithTheOntologySoSubclassesMeetClassConstraints() {
    // The territory is an hrc:City only; sh:class hrc:Territory holds through rdfs:subClassOf.
    assertThat(Fixtures.turtle("alpha")).contains("a hrc:City");
    assertThat(validation.validate(source(Fixtures.turtle("alpha"), new Locations())))
        .noneMatch(problem -> problem.message().contains("should be an hrc:Territory"));
  }

  private static SourceGraph source(String turtle, Locations locations) {
    return new SourceGraph("https://w3id.org/hrcg/graph/alpha", parse(turtle), FILE, locations);
  }

  private static Model parse(String turtle) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(turtle, Lang.TURTLE).parse(model);
    return model;
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
