package org.hrcg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * The v1 terms are a public API: clients' queries name them. Each must stay declared with the kind
 * it had; deprecating one ({@code owl:deprecated true}) keeps it, removing or retyping it does not.
 */
class FrozenTermsTest {

  private static final String FROZEN_V1 = "frozen-terms-v1.tsv";

  enum Kind {
    Class(OWL2.Class),
    ObjectProperty(OWL2.ObjectProperty),
    DatatypeProperty(OWL2.DatatypeProperty);

    final Resource owlType;

    Kind(Resource owlType) {
      this.owlType = owlType;
    }
  }

  record FrozenTerm(String localName, Kind kind) {
    FrozenTerm {
      Objects.requireNonNull(localName, "localName");
      Objects.requireNonNull(kind, "kind");
    }

    Resource in(Model model) {
      return model.getResource(HrcgResources.ONTOLOGY_NS + localName);
    }
  }

  @Test
  void ontologyDeclaresEveryFrozenV1TermWithItsKind() throws IOException {
    assertThat(problems(HrcgResources.ontology(), frozenV1())).isEmpty();
  }

  @Test
  void frozenV1ListHoldsEachTermOnce() throws IOException {
    List<FrozenTerm> frozen = frozenV1();
    assertThat(frozen).extracting(FrozenTerm::localName).doesNotHaveDuplicates();
    assertThat(frozen).extracting(FrozenTerm::kind).contains(Kind.values());
  }

  @Test
  void reportsAFrozenTermThatWasRemoved() throws IOException {
    Model ontology = HrcgResources.ontology();
    ontology.removeAll(practice(ontology), null, null);

    assertThat(problems(ontology, frozenV1())).containsExactly("Practice is missing");
  }

  @Test
  void reportsAFrozenTermWhoseKindChanged() throws IOException {
    Model ontology = HrcgResources.ontology();
    Resource quote = ontology.getResource(HrcgResources.ONTOLOGY_NS + "quote");
    ontology.remove(quote, RDF.type, OWL2.DatatypeProperty);
    ontology.add(quote, RDF.type, OWL2.ObjectProperty);

    assertThat(problems(ontology, frozenV1()))
        .containsExactly("quote was DatatypeProperty and is now ObjectProperty");
  }

  @Test
  void countsADeprecatedTermAsPresent() throws IOException {
    Model ontology = HrcgResources.ontology();
    ontology.addLiteral(practice(ontology), OWL2.deprecated, true);

    assertThat(problems(ontology, frozenV1())).isEmpty();
  }

  @Test
  void everyDeprecatedTermHasAChangeNoteAndAChangelogEntry() throws IOException {
    assertThat(deprecationProblems(HrcgResources.ontology(), changelog())).isEmpty();
  }

  @Test
  void reportsADeprecationWithoutNoteOrChangelogEntry() throws IOException {
    Model ontology = HrcgResources.ontology();
    ontology.addLiteral(
        ontology.getResource(HrcgResources.ONTOLOGY_NS + "pairedWith"), OWL2.deprecated, true);

    assertThat(deprecationProblems(ontology, "# Changelog\n"))
        .containsExactly(
            "pairedWith is deprecated without an English skos:changeNote",
            "pairedWith is deprecated without a mention in CHANGELOG.md");
  }

  /** What keeps the ontology from honouring the frozen list, one message per term. */
  static List<String> problems(Model ontology, List<FrozenTerm> frozen) {
    List<String> problems = new ArrayList<>();
    for (FrozenTerm term : frozen) {
      Resource resource = term.in(ontology);
      List<Kind> kinds = new ArrayList<>();
      for (Kind kind : Kind.values()) {
        if (ontology.contains(resource, RDF.type, kind.owlType)) {
          kinds.add(kind);
        }
      }
      if (kinds.isEmpty()) {
        problems.add(term.localName() + " is missing");
      } else if (!kinds.equals(List.of(term.kind()))) {
        kinds.remove(term.kind());
        problems.add(
            term.localName()
                + " was "
                + term.kind()
                + " and is now "
                + String.join(" and ", kinds.stream().map(Kind::name).toList()));
      }
    }
    return problems;
  }

  static List<String> deprecationProblems(Model ontology, String changelog) {
    List<String> problems = new ArrayList<>();
    for (Resource term :
        ontology.listSubjectsWithProperty(OWL2.deprecated).toList().stream()
            .filter(t -> t.isURIResource() && t.getURI().startsWith(HrcgResources.ONTOLOGY_NS))
            .filter(t -> ontology.containsLiteral(t, OWL2.deprecated, true))
            .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
            .toList()) {
      boolean noted =
          ontology.listObjectsOfProperty(term, SKOS.changeNote).toList().stream()
              .anyMatch(n -> n.isLiteral() && "en".equalsIgnoreCase(n.asLiteral().getLanguage()));
      if (!noted) {
        problems.add(term.getLocalName() + " is deprecated without an English skos:changeNote");
      }
      if (!changelog.contains("hrc:" + term.getLocalName())) {
        problems.add(term.getLocalName() + " is deprecated without a mention in CHANGELOG.md");
      }
    }
    return problems;
  }

  static List<FrozenTerm> frozenV1() throws IOException {
    List<FrozenTerm> terms = new ArrayList<>();
    Set<String> kinds = new HashSet<>();
    for (Kind kind : Kind.values()) {
      kinds.add(kind.name());
    }
    InputStream in = FrozenTermsTest.class.getClassLoader().getResourceAsStream(FROZEN_V1);
    assertThat(in).as("test resource %s", FROZEN_V1).isNotNull();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 2 || fields[0].isBlank() || !kinds.contains(fields[1])) {
          throw new IllegalStateException(
              FROZEN_V1 + ":" + number + ": expected 'localName<TAB>kind', got '" + line + "'");
        }
        terms.add(new FrozenTerm(fields[0], Kind.valueOf(fields[1])));
      }
    }
    return terms;
  }

  private static String changelog() throws IOException {
    Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    return Files.readString(moduleDir.resolve("CHANGELOG.md"), StandardCharsets.UTF_8);
  }

  private static Resource practice(Model ontology) {
    return ontology.getResource(HrcgResources.ONTOLOGY_NS + "Practice");
  }
}
