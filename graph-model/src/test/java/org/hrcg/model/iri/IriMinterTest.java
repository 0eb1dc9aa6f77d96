package org.hrcg.model.iri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class IriMinterTest {

  private final IriMinter minter = IriMinter.defaults();

  @Test
  void defaultBaseIsThePublishedOne() {
    assertThat(minter.base()).isEqualTo("https://w3id.org/hrcg/");
  }

  @Test
  void mintsResourceIrisByKindAndSlug() {
    assertThat(minter.resource(Kind.TERRITORY, "sao-paulo"))
        .isEqualTo("https://w3id.org/hrcg/id/territory/sao-paulo");
    assertThat(minter.resource(Kind.CASE_STUDY, "geneva-dialogue-2025"))
        .isEqualTo("https://w3id.org/hrcg/id/case-study/geneva-dialogue-2025");
    assertThat(minter.caseStudy("geneva-dialogue-2025"))
        .isEqualTo(minter.resource(Kind.CASE_STUDY, "geneva-dialogue-2025"));
  }

  @Test
  void kindPathsAreTheHyphenatedNamesOfTheContract() {
    assertThat(Kind.values())
        .extracting(Kind::path)
        .containsExactly(
            "territory",
            "actor",
            "practice",
            "event",
            "document",
            "campaign",
            "statement",
            "case-study");
    assertThat(Kind.fromPath("case-study")).contains(Kind.CASE_STUDY);
    assertThat(Kind.fromPath("case_study")).isEmpty();
  }

  @Test
  void refusesToMintFromSomethingThatIsNotASlug() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> minter.resource(Kind.TERRITORY, "São Paulo"));
    assertThat(e).hasMessageContaining("'São Paulo'");
  }

  @Test
  void mintsSchemeAndConceptIris() {
    assertThat(minter.scheme("theme")).isEqualTo("https://w3id.org/hrcg/id/theme");
    assertThat(minter.concept("theme", "care")).isEqualTo("https://w3id.org/hrcg/id/theme/care");
    assertThat(minter.concept("target-group", "women"))
        .isEqualTo("https://w3id.org/hrcg/id/target-group/women");
    assertThat(minter.concept("provision", "udhr-21"))
        .isEqualTo("https://w3id.org/hrcg/id/provision/udhr-21");
  }

  @Test
  void refusesConceptsOfUnknownSchemes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> minter.concept("topic", "care"));
    assertThat(e).hasMessageContaining("'topic'");
  }

  @Test
  void mintsMembershipIrisFromPersonAndRole() {
    assertThat(minter.membership("philippe-rio", "mayor"))
        .isEqualTo("https://w3id.org/hrcg/id/membership/philippe-rio-mayor");
  }

  @Test
  void mintsAVenueAsAPartOfItsEvent() {
    assertThat(minter.venue("geneva-dialogue"))
        .isEqualTo("https://w3id.org/hrcg/id/event/geneva-dialogue#venue");
    assertThat(minter.parse(minter.venue("geneva-dialogue"))).isEmpty();
  }

  @Test
  void mintsGraphIris() {
    assertThat(minter.graph("geneva-dialogue-2025"))
        .isEqualTo("https://w3id.org/hrcg/graph/geneva-dialogue-2025");
    assertThat(minter.graph(ReservedGraph.META)).isEqualTo("https://w3id.org/hrcg/graph/meta");
    assertThat(minter.graph(ReservedGraph.CURATION))
        .isEqualTo("https://w3id.org/hrcg/graph/curation");
    assertThat(minter.graph(ReservedGraph.ONTOLOGY))
        .isEqualTo("https://w3id.org/hrcg/graph/ontology");
    assertThat(minter.graph(ReservedGraph.SCHEMES))
        .isEqualTo("https://w3id.org/hrcg/graph/schemes");
    assertThat(minter.graph(ReservedGraph.DEFAULT))
        .isEqualTo("https://w3id.org/hrcg/graph/default");
  }

  @ParameterizedTest
  @EnumSource(ReservedGraph.class)
  void aSourceGraphCannotTakeAReservedName(ReservedGraph reserved) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> minter.graph(reserved.slug()));
    assertThat(e).hasMessageContaining("reserved");
    assertThat(minter.isReservedGraph(minter.graph(reserved))).isTrue();
  }

  @Test
  void readsTheSlugOfAGraphIri() {
    assertThat(minter.graphSlug("https://w3id.org/hrcg/graph/geneva-dialogue-2025"))
        .contains("geneva-dialogue-2025");
    assertThat(minter.graphSlug("https://w3id.org/hrcg/graph/meta")).contains("meta");
    assertThat(minter.graphSlug("https://example.org/graph/x")).isEmpty();
    assertThat(minter.graphSlug("https://w3id.org/hrcg/graph/a/b")).isEmpty();
    assertThat(minter.isReservedGraph("https://w3id.org/hrcg/graph/geneva-dialogue-2025"))
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void parsesEveryKindOfResourceIriBack(Kind kind) {
    String iri = minter.resource(kind, "sao-paulo");
    assertThat(minter.parse(iri)).contains(new ResourceId(kind, "sao-paulo"));
    assertThat(minter.resource(new ResourceId(kind, "sao-paulo"))).isEqualTo(iri);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://w3id.org/hrcg/id/theme/care",
        "https://w3id.org/hrcg/id/membership/philippe-rio-mayor",
        "https://w3id.org/hrcg/id/territory",
        "https://w3id.org/hrcg/id/territory/",
        "https://w3id.org/hrcg/id/territory/sao-paulo/more",
        "https://w3id.org/hrcg/id/territory/Sao-Paulo",
        "https://w3id.org/hrcg/graph/meta",
        "http://w3id.org/hrcg/id/territory/sao-paulo",
        "https://example.org/id/territory/sao-paulo"
      })
  void parsesAnyOtherIriToEmpty(String iri) {
    assertThat(minter.parse(iri)).isEmpty();
  }

  @Test
  void mintsUnderAConfiguredBase() {
    IriMinter local = new IriMinter("http://localhost:8080/hrcg/");
    assertThat(local.resource(Kind.PRACTICE, "care-plan"))
        .isEqualTo("http://localhost:8080/hrcg/id/practice/care-plan");
    assertThat(local.graph(ReservedGraph.META)).isEqualTo("http://localhost:8080/hrcg/graph/meta");
    assertThat(local.parse("http://localhost:8080/hrcg/id/practice/care-plan"))
        .contains(ResourceId.practice("care-plan"));
    assertThat(local.parse(minter.resource(Kind.PRACTICE, "care-plan"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://w3id.org/hrcg",
        "/hrcg/",
        "ftp://example.org/hrcg/",
        "urn:hrcg:",
        "https://example.org/hrcg/?x=1/",
        "https://example.org/hrcg/#/",
        "https:///hrcg/",
        "not an iri/"
      })
  void rejectsABaseThatIsNotAnAbsoluteHttpIriEndingWithSlash(String base) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new IriMinter(base));
    assertThat(e).hasMessageContaining(base);
  }

  @Test
  void conceptsDoNotMoveWithTheBase() {
    IriMinter other = new IriMinter("https://data.example.org/cities/");

    assertThat(other.concept("theme", "care")).isEqualTo("https://w3id.org/hrcg/id/theme/care");
    assertThat(other.scheme("right")).isEqualTo("https://w3id.org/hrcg/id/right");
    assertThat(other.resource(Kind.PRACTICE, "x"))
        .isEqualTo("https://data.example.org/cities/id/practice/x");
  }
}
