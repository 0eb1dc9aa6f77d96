package org.hrcg.ingest.concepts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class ConceptIndexTest {

  private final ConceptIndex index = ConceptIndex.defaults();

  @Test
  void knowsTheSchemesThatReadersRefer() {
    assertThat(index.schemes())
        .contains(
            "theme",
            "right",
            "target-group",
            "instrument",
            "role",
            "pillar",
            "advantage",
            "challenge");
  }

  @Test
  void findsAConceptAndItsIri() {
    assertThat(index.contains("theme", "procurement")).isTrue();
    assertThat(index.iri("theme", "procurement"))
        .contains("https://w3id.org/hrcg/id/theme/procurement");
    assertThat(index.iri("target-group", "black-people"))
        .contains("https://w3id.org/hrcg/id/target-group/black-people");
  }

  @Test
  void aSlugOfOneSchemeIsNotInAnother() {
    assertThat(index.contains("instrument", "observatory")).isTrue();
    assertThat(index.contains("theme", "observatory")).isFalse();
    assertThat(index.iri("theme", "observatory")).isEmpty();
  }

  @Test
  void suggestsTheClosestSlugOfTheScheme() {
    assertThat(index.suggest("theme", "procurment")).containsExactly("procurement");
    assertThat(index.suggest("role", "mayr")).containsExactly("mayor");
    assertThat(index.suggest("theme", "astronomy")).isEmpty();
  }

  @Test
  void theMessageForAnUnknownSlugNamesTheSchemeAndAHint() {
    assertThat(index.unknown("theme", "procurment"))
        .isEqualTo("unknown theme 'procurment' (did you mean 'procurement'?)");
    assertThat(index.unknown("target-group", "elderly"))
        .startsWith("unknown target group 'elderly' (the target-group scheme has: ")
        .contains("women");
  }

  @Test
  void rejectsAnUnknownScheme() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> index.contains("colour", "red"));
    assertThat(e).hasMessageContaining("colour");
  }

  @Test
  void theDefaultIndexIsLoadedOnce() {
    assertThat(ConceptIndex.defaults()).isSameAs(index);
  }

  @Test
  void indexesOnlyConceptsUnderTheSchemeIri() {
    Model model = ModelFactory.createDefaultModel();
    model
        .createResource("https://example.org/id/theme/water")
        .addProperty(RDF.type, SKOS.Concept)
        .addProperty(SKOS.inScheme, model.createResource("https://example.org/id/theme"));
    model
        .createResource("https://elsewhere.org/water")
        .addProperty(SKOS.inScheme, model.createResource("https://example.org/id/theme"));
    ConceptIndex custom = ConceptIndex.of(model, "https://example.org/");
    assertThat(custom.slugs("theme")).containsExactly("water");
    assertThat(custom.slugs("right")).isEmpty();
  }
}
