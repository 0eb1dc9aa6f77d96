package org.hrcg.model.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text with its language, as in an {@code rdf:langString} literal.
 *
 * @param text the text, not blank
 * @param lang a BCP 47 language tag such as {@code en} or {@code pt-BR}
 */
public record LangString(String text, String lang) {

  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*");

  public LangString {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lang, "lang");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text: must not be blank");
    }
    if (!isLanguageTag(lang)) {
      throw new IllegalArgumentException("lang: '" + lang + "' is not a BCP 47 language tag");
    }
  }

  /** An English text. */
  public static LangString en(String text) {
    return new LangString(text, "en");
  }

  /** Whether a string has the form of a BCP 47 language tag. */
  public static boolean isLanguageTag(String lang) {
    return lang != null && LANGUAGE_TAG.matcher(lang).matches();
  }
}
