package org.hrcg.service.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IriSpaceTest {

  private final IriSpace published = new IriSpace("https://w3id.org/hrcg/");
  private final IriSpace other = new IriSpace("https://data.example.org/cities/");

  @Test
  void servesItsIrisAtTheirOwnPaths() {
    assertThat(published.localPath("https://w3id.org/hrcg/id/territory/barcelona"))
        .hasValue("/id/territory/barcelona");
    assertThat(published.localPath("https://w3id.org/hrcg/id/event/x#venue"))
        .hasValue("/id/event/x#venue");
    assertThat(published.localPath("https://w3id.org/hrcg/graph/curation"))
        .hasValue("/graph/curation");
    assertThat(published.localPath("https://w3id.org/hrcg/ontology#Practice"))
        .hasValue("/ontology#Practice");
    assertThat(published.localPath("https://w3id.org/hrcg/void#dataset"))
        .hasValue("/.well-known/void#dataset");
    assertThat(published.localPath("https://w3id.org/hrcg/shapes#PracticeShape"))
        .hasValue("/ontology/shapes");
  }

  @Test
  void leavesOtherIrisAlone() {
    assertThat(published.localPath("http://www.wikidata.org/entity/Q1492")).isEmpty();
    assertThat(published.localPath("https://w3id.org/hrcgx/id/a/b")).isEmpty();
    assertThat(published.localPath("javascript:alert(1)")).isEmpty();
  }

  @Test
  void keepsTheVocabularyAtThePublishedBaseUnderAnotherBase() {
    assertThat(other.localPath("https://data.example.org/cities/id/practice/p"))
        .hasValue("/id/practice/p");
    assertThat(other.localPath("https://w3id.org/hrcg/id/theme/care")).hasValue("/id/theme/care");
    assertThat(other.candidates("id/theme/care"))
        .containsExactly(
            "https://data.example.org/cities/id/theme/care", "https://w3id.org/hrcg/id/theme/care");
    assertThat(other.graph("s")).isEqualTo("https://data.example.org/cities/graph/s");
    assertThat(other.graphSlug("https://w3id.org/hrcg/graph/s")).isEmpty();
  }

  @Test
  void refusesABaseThatIsNotAnHttpIriEndingWithASlash() {
    assertThrows(IllegalArgumentException.class, () -> new IriSpace("https://example.org/x"));
    assertThrows(IllegalArgumentException.class, () -> new IriSpace("ftp://example.org/"));
  }
}
