package org.hrcg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void wordsOfALabelLeaveOutStopwordsAndPunctuation() {
    assertThat(Vocabulary.words("Right to life, liberty and security of person"))
        .containsExactly("right", "life", "liberty", "security", "person");
    assertThat(Vocabulary.words("LGBTIQA+ rights")).containsExactly("lgbtiqa", "rights");
    assertThat(Vocabulary.words("Gender-based violence"))
        .containsExactly("gender", "based", "violence");
  }

  @Test
  void themesAndWordsComeFromTheConceptSchemesTheGeneratorUses() {
    assertThat(Vocabulary.themes()).contains("procurement", "participation", "care").isSorted();
    assertThat(Vocabulary.words())
        .contains("procurement", "health", "women", "observatory")
        .doesNotContain("to", "of", "and")
        .isSorted()
        .doesNotHaveDuplicates();
  }
}
