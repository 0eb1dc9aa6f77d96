package org.hrcg.model.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.model.domain.LangString.en;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hrcg.model.iri.Kind;
import org.hrcg.model.iri.ResourceId;
import org.junit.jupiter.api.Test;

class DomainRecordsTest {

  @Test
  void aLangStringNeedsTextAndALanguageTag() {
    assertThat(new LangString("São Paulo", "pt-BR").lang()).isEqualTo("pt-BR");
    assertThat(assertThrows(IllegalArgumentException.class, () -> new LangString("x", "en_GB")))
        .hasMessageContaining("'en_GB'");
    assertThat(assertThrows(IllegalArgumentException.class, () -> en("  ")))
        .hasMessageStartingWith("text");
    assertThat(assertThrows(NullPointerException.class, () -> new LangString("x", null)))
        .hasMessage("lang");
  }

  @Test
  void aRecordNamesTheComponentWhoseSlugIsWrong() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Practice.builder("care-plan").territory("São Paulo").build());
    assertThat(e).hasMessageStartingWith("territory: 'São Paulo'");
    IllegalArgumentException inList =
        assertThrows(
            IllegalArgumentException.class,
            () -> Practice.builder("care-plan").themes("care", "Gender equality").build());
    assertThat(inList).hasMessageStartingWith("themes[1]: 'Gender equality'");
  }

  @Test
  void aRecordNamesTheComponentThatIsMissing() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> new Territory("x", List.of(), null, List.of(), null, null, null));
    assertThat(e).hasMessage("type");
    NullPointerException element =
        assertThrows(
            NullPointerException.class,
            () ->
                new Territory(
                    "x",
                    Arrays.asList(en("X"), null),
                    Territory.Type.CITY,
                    List.of(),
                    null,
                    null,
                    null));
    assertThat(element).hasMessage("labels[1]");
  }

  @Test
  void listsAreCopiedSoTheRecordCannotChangeLater() {
    List<String> partOf = new ArrayList<>(List.of("france"));
    Territory grigny =
        new Territory(
            "grigny", List.of(en("Grigny")), Territory.Type.CITY, partOf, null, null, null);
    partOf.add("essonne");
    assertThat(grigny.partOf()).containsExactly("france");
    assertThrows(UnsupportedOperationException.class, () -> grigny.partOf().add("x"));
  }

  @Test
  void onlyAPersonHoldsRolesAndEachRoleOnce() {
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    new Actor(
                        "uclg",
                        List.of(en("UCLG")),
                        Actor.Type.ORGANIZATION,
                        null,
                        List.of(),
                        List.of(),
                        List.of(new Membership("mayor", "grigny")))))
        .hasMessageContaining("only a person holds roles");
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    new Actor(
                        "philippe-rio",
                        List.of(en("Philippe Rio")),
                        Actor.Type.PERSON,
                        null,
                        List.of(),
                        List.of(),
                        List.of(
                            new Membership("co-president", "uclg"),
                            new Membership("co-president", "grigny")))))
        .hasMessageContaining("'co-president' more than once");
  }

  @Test
  void onlyALocalGovernmentGoverns() {
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    new Actor(
                        "salga",
                        List.of(en("SALGA")),
                        Actor.Type.ORGANIZATION,
                        null,
                        List.of(),
                        List.of("south-africa"),
                        List.of())))
        .hasMessageContaining("only a local government governs");
  }

  @Test
  void aPracticeInspiresPracticesOrTerritoriesAndIsNotPairedWithItself() {
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    Practice.builder("observatory")
                        .inspired(new ResourceId(Kind.ACTOR, "uclg"))
                        .build()))
        .hasMessageContaining("neither a practice nor a territory");
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () -> Practice.builder("observatory").pairedWith("observatory").build()))
        .hasMessageContaining("names itself");
  }

  @Test
  void aTerritoryLinksOnlyToAWikidataItemId() {
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    new Territory(
                        "barcelona",
                        List.of(),
                        Territory.Type.CITY,
                        List.of(),
                        "http://www.wikidata.org/entity/Q1492",
                        null,
                        null)))
        .hasMessageStartingWith("wikidata:");
  }

  @Test
  void coordinatesStayOnTheGlobe() {
    assertThrows(IllegalArgumentException.class, () -> new Coordinates(91, 0));
    assertThrows(IllegalArgumentException.class, () -> new Coordinates(0, -181));
    assertThrows(IllegalArgumentException.class, () -> new Coordinates(Double.NaN, 0));
    assertThat(new Coordinates(46.2, 6.15).latitude()).isEqualTo(46.2);
  }

  @Test
  void aCaseStudySourceIsAnAbsoluteWebAddress() {
    assertThat(
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    new CaseStudy(
                        "report",
                        en("Report"),
                        null,
                        null,
                        URI.create("file:///tmp/report.pdf"),
                        null,
                        null,
                        null)))
        .hasMessageStartingWith("source:");
  }

  @Test
  void contentRejectsTwoResourcesOfOneKindWithTheSameSlug() {
    CaseStudyContent.Builder builder =
        CaseStudyContent.builder(Fixtures.genevaDialogue())
            .territory(Fixtures.barcelona())
            .territory(Territory.of("barcelona", "Barcelona", Territory.Type.REGION));
    assertThat(assertThrows(IllegalArgumentException.class, builder::build))
        .hasMessageContaining("territories")
        .hasMessageContaining("barcelona");
  }

  @Test
  void contentAllowsTheSameSlugForDifferentKinds() {
    CaseStudyContent content =
        CaseStudyContent.builder(Fixtures.genevaDialogue())
            .territory(Fixtures.grigny())
            .actor(Fixtures.grignyLocalGovernment())
            .build();
    assertThat(content.territories()).extracting(Territory::slug).containsExactly("grigny");
    assertThat(content.actors()).extracting(Actor::slug).containsExactly("grigny");
  }
}
