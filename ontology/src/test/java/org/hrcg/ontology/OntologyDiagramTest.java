package org.hrcg.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.junit.jupiter.api.Test;

class OntologyDiagramTest {

  private static final String UPDATE_PROPERTY = "hrcg.diagram.update";

  private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]*";

  /** Every line the generator may write; anything else would be a Mermaid syntax risk. */
  private static final List<Pattern> MERMAID_LINES =
      List.of(
          Pattern.compile("classDiagram"),
          Pattern.compile("  class " + IDENTIFIER),
          Pattern.compile("  class " + IDENTIFIER + " \\{"),
          Pattern.compile("    <<[a-z]+>>"),
          Pattern.compile("    \\+" + IDENTIFIER + "(\\|" + IDENTIFIER + ")* " + IDENTIFIER),
          Pattern.compile("  }"),
          Pattern.compile("  " + IDENTIFIER + " <\\|-- " + IDENTIFIER),
          Pattern.compile("  " + IDENTIFIER + " --> " + IDENTIFIER + " : " + IDENTIFIER));

  @Test
  void readmeShowsTheCurrentDiagram() throws IOException {
    Path readme = readme();
    String current = Files.readString(readme, StandardCharsets.UTF_8);
    String expected =
        OntologyDiagram.replaceBlock(current, OntologyDiagram.markdown(HrcgResources.ontology()));

    if (Boolean.getBoolean(UPDATE_PROPERTY) && !expected.equals(current)) {
      Files.writeString(readme, expected, StandardCharsets.UTF_8);
      current = Files.readString(readme, StandardCharsets.UTF_8);
    }

    assertThat(current)
        .as(
            "the ontology diagram in README.md is out of date with hrc.ttl; regenerate it with"
                + " `mvn -pl ontology test -Dtest=OntologyDiagramTest -D%s=true` and commit"
                + " README.md",
            UPDATE_PROPERTY)
        .isEqualTo(expected);
  }

  @Test
  void drawsSubclassesAssociationsAttributesAndSchemes() {
    String diagram = OntologyDiagram.mermaid();

    assertThat(diagram)
        .startsWith("classDiagram\n")
        .contains("  Territory <|-- City\n")
        .contains("  Actor <|-- LocalGovernment\n")
        .contains("  Practice --> Territory : territory\n")
        .contains("  Statement --> Territory : territory\n")
        .contains("  Practice --> Territory : inspired\n")
        .contains("  Territory --> Practice : inspiredBy\n")
        .contains("  Practice --> Theme : theme\n")
        .contains("  Practice --> TargetGroup : targetGroup\n")
        .contains("  Event --> Challenge : challenge\n")
        .contains("  Person --> Membership : role\n")
        .contains("    +langString quote\n")
        .contains("  class Theme {\n    <<scheme>>\n  }\n")
        .contains("  class Membership {\n    <<org>>\n  }\n")
        .doesNotContain("Territory <|-- Feature");
  }

  @Test
  void everyLineIsPlainMermaidWithIdentifiersWithoutSpaces() {
    List<String> odd = new ArrayList<>();
    for (String line : OntologyDiagram.mermaid().split("\n")) {
      if (MERMAID_LINES.stream().noneMatch(pattern -> pattern.matcher(line).matches())) {
        odd.add(line);
      }
    }
    assertThat(odd).isEmpty();
  }

  @Test
  void drawsTheSameTextWhateverTheOrderOfTheTriples() {
    Model ontology = HrcgResources.ontology();
    List<Statement> statements = ontology.listStatements().toList();
    Collections.reverse(statements);
    Model reversed = ModelFactory.createDefaultModel();
    reversed.setNsPrefixes(ontology.getNsPrefixMap());
    reversed.add(statements);

    assertThat(OntologyDiagram.mermaid(reversed)).isEqualTo(OntologyDiagram.mermaid(ontology));
  }

  @Test
  void leavesOutDeprecatedTerms() {
    Model ontology = HrcgResources.ontology();
    ontology.addLiteral(
        ontology.getResource(HrcgResources.ONTOLOGY_NS + "pairedWith"), OWL2.deprecated, true);

    assertThat(OntologyDiagram.mermaid()).contains(": pairedWith");
    assertThat(OntologyDiagram.mermaid(ontology)).doesNotContain(": pairedWith");
  }

  @Test
  void replacesOnlyTheTextBetweenTheMarkers() {
    String document =
        "intro\n"
            + OntologyDiagram.START_MARKER
            + "\nold\n"
            + OntologyDiagram.END_MARKER
            + "\noutro\n";

    assertThat(OntologyDiagram.replaceBlock(document, "new\n"))
        .isEqualTo(
            "intro\n"
                + OntologyDiagram.START_MARKER
                + "\nnew\n"
                + OntologyDiagram.END_MARKER
                + "\noutro\n");
  }

  @Test
  void refusesADocumentWithoutTheEndMarker() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> OntologyDiagram.replaceBlock(OntologyDiagram.START_MARKER + "\n", "new\n"));

    assertThat(error).hasMessageContaining(OntologyDiagram.END_MARKER);
  }

  private static Path readme() {
    Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    return moduleDir.resolve("../README.md").normalize();
  }
}
