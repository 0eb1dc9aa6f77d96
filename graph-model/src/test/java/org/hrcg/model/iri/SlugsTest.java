package org.hrcg.model.iri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("São Paulo", "sao-paulo"),
        Arguments.of("Gdańsk", "gdansk"),
        Arguments.of("The Hague", "the-hague"),
        Arguments.of("Seine-Saint-Denis", "seine-saint-denis"),
        Arguments.of("Łódź", "lodz"),
        Arguments.of("Zürich", "zurich"),
        Arguments.of("  New   York!! ", "new-york"),
        Arguments.of("Côte d'Ivoire", "cote-d-ivoire"),
        Arguments.of("LGBTIQA+ rights", "lgbtiqa-rights"),
        Arguments.of("10, 100, 1,000", "10-100-1-000"),
        Arguments.of("Straße", "strasse"),
        Arguments.of("Tromsø", "tromso"),
        Arguments.of("Œuvre Ærø", "oeuvre-aero"),
        Arguments.of("Đakovo", "dakovo"),
        Arguments.of("Reykjavík Þingvellir", "reykjavik-thingvellir"),
        Arguments.of("ﬁnancing", "financing"),
        Arguments.of("Gwangju—2026", "gwangju-2026"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("names")
  void slugifiesNamesToLowerCaseAsciiJoinedByHyphens(String name, String slug) {
    assertThat(Slugs.slugify(name)).isEqualTo(slug);
    assertThat(Slugs.isValid(slug)).isTrue();
  }

  @Test
  void slugifyingASlugGivesTheSameSlug() {
    assertThat(Slugs.slugify("seine-saint-denis")).isEqualTo("seine-saint-denis");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!!", "", "   ", "---", "中文"})
  void rejectsNamesWithoutLettersOrDigitsItCanSpell(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Slugs.slugify(name));
    assertThat(e).hasMessageContaining("'" + name + "'");
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> Slugs.slugify(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sao-paulo", "10-100-1-000", "a", "q1492"})
  void acceptsSlugs(String slug) {
    assertThat(Slugs.isValid(slug)).isTrue();
    assertThat(Slugs.requireValid(slug, "slug")).isEqualTo(slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Sao-Paulo", "sao--paulo", "-sao", "sao-", "são", "sao paulo", "a/b"})
  void rejectsWhatIsNotASlug(String slug) {
    assertThat(Slugs.isValid(slug)).isFalse();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Slugs.requireValid(slug, "territory"));
    assertThat(e).hasMessageStartingWith("territory: '" + slug + "'");
  }

  @Test
  void nullIsNotASlug() {
    assertThat(Slugs.isValid(null)).isFalse();
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Slugs.requireValid(null, "territory"));
    assertThat(e).hasMessage("territory");
  }
}
