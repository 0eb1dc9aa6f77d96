package org.hrcg.service.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  private static final List<String> HAGUE = List.of("en", "es", "fr", "nl");

  private static String pick(Languages languages, List<String> tags) {
    return languages.pick(tags, Function.identity()).orElseThrow();
  }

  @Test
  void prefersTheLangParameterThenAcceptLanguageThenEnglish() {
    Languages languages = Languages.of("nl", "es, fr;q=0.8");
    assertThat(languages.preferred()).containsExactly("nl", "es", "fr", "en");
    assertThat(pick(languages, HAGUE)).isEqualTo("nl");
    assertThat(pick(Languages.of(null, "fr;q=0.5, es;q=0.9"), HAGUE)).isEqualTo("es");
  }

  @Test
  void fallsBackToEnglishWhereTheDataHasNoLabelInTheVisitorsLanguage() {
    assertThat(pick(Languages.of("de", "ja"), HAGUE)).isEqualTo("en");
  }

  @Test
  void matchesRegionalTagsWithTheirLanguage() {
    assertThat(pick(Languages.of(null, "es-AR"), HAGUE)).isEqualTo("es");
    assertThat(pick(Languages.of(null, "pt"), List.of("en", "pt-br"))).isEqualTo("pt-br");
  }

  @Test
  void prefersAnUntaggedNameToOneInAnotherLanguage() {
    assertThat(pick(Languages.english(), List.of("fr", ""))).isEqualTo("");
  }

  @Test
  void ignoresMalformedParametersAndHeaders() {
    Languages languages = Languages.of("\"><script>", "not a header;;;q=x");
    assertThat(languages.preferred()).containsExactly("en");
  }
}
