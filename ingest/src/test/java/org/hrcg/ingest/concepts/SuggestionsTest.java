package org.hrcg.ingest.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> FIELDS =
      List.of("label", "description", "territory", "themes", "instruments", "target-groups");

  @Test
  void suggestsTheFieldOneTypoAway() {
    assertThat(Suggestions.closest("labl", FIELDS)).containsExactly("label");
    assertThat(Suggestions.closest("instrument", FIELDS)).containsExactly("instruments");
  }

  @Test
  void suggestsASlugWithTwoLettersSwapped() {
    assertThat(Suggestions.closest("ucgl", List.of("uclg", "ohchr", "salga")))
        .containsExactly("uclg");
  }

  @Test
  void ignoresCaseUnderscoresAndSpaces() {
    assertThat(Suggestions.closest("Target_Groups", FIELDS)).containsExactly("target-groups");
    assertThat(Suggestions.closest("target groups", FIELDS)).containsExactly("target-groups");
  }

  @Test
  void suggestsSlugsThatExtendTheValueByWholeWords() {
    assertThat(Suggestions.closest("gender", List.of("gender-equality", "gender-based-violence")))
        .containsExactly("gender-based-violence", "gender-equality");
  }

  @Test
  void suggestsNothingWhenNoCandidateIsClose() {
    assertThat(Suggestions.closest("colour", FIELDS)).isEmpty();
    assertThat(Suggestions.didYouMean("colour", FIELDS)).isEmpty();
  }

  @Test
  void ordersByDistanceAndKeepsAtMostThree() {
    List<String> close =
        Suggestions.closest("cares", List.of("care", "cars", "carts", "cores", "scares", "bases"));
    assertThat(close).hasSize(Suggestions.MAX_SUGGESTIONS).startsWith("care");
  }

  @Test
  void neverSuggestsTheValueItself() {
    assertThat(Suggestions.closest("label", FIELDS)).doesNotContain("label");
  }

  @Test
  void formatsTheHintForOneAndForSeveralNames() {
    assertThat(Suggestions.hint(List.of("title"))).isEqualTo(" (did you mean 'title'?)");
    assertThat(Suggestions.hint(List.of("a", "b", "c")))
        .isEqualTo(" (did you mean 'a', 'b' or 'c'?)");
    assertThat(Suggestions.hint(List.of())).isEmpty();
  }
}
