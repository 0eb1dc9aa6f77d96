package org.hrcg.ingest.yaml;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hrcg.ingest.concepts.Suggestions;
import org.hrcg.model.domain.LangString;
import org.hrcg.model.iri.Slugs;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns YAML nodes into values, reporting each value that has the wrong shape at its own position
 * with the field's name and the value as written. Scalars are read as the text they were written
 * as, so {@code 8.10} stays {@code "8.10"} and {@code 2025-07-24} is a date only if it is one.
 */
final class Values {

  /** A BCP 47 tag as people write them: a 2 or 3 letter language, then optional subtags. */
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private static final int SHOWN = 60;

  private Values() {}

  /** Whether a node is an empty value ({@code field:} or {@code field: null}). */
  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
  }

  /** A noun with its indefinite article: "a theme slug", "an instrument slug". */
  static String a(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** A node as an error message names it: "the text 'x'", "a list", "a mapping". */
  static String describe(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    ScalarNode scalar = (ScalarNode) node;
    if (Tag.NULL.equals(scalar.getTag())) {
      return "no value";
    }
    if (Tag.INT.equals(scalar.getTag()) || Tag.FLOAT.equals(scalar.getTag())) {
      return "the number " + shown(scalar.getValue());
    }
    if (Tag.BOOL.equals(scalar.getTag())) {
      return "the boolean " + scalar.getValue();
    }
    return "the text '" + shown(scalar.getValue()) + "'";
  }

  /** A value as an error message quotes it, shortened when long. */
  static String shown(String value) {
    String line = value.replaceAll("\\s+", " ");
    return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 1) + "…";
  }

  /** The text of a scalar, or empty with "field: expected what, found a list". */
  static Optional<String> scalar(Node node, String field, String what, Report r) {
    if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
      return Optional.of(scalar.getValue());
    }
    r.error(node, field + ": expected " + what + ", found " + describe(node));
    return Optional.empty();
  }

  /**
   * The items of a list, or empty with "field: expected a list, each item a theme slug ...".
   *
   * @param item what each item is, such as "a theme slug"
   */
  static List<Node> list(Node node, String field, String item, Report r) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    r.error(
        node,
        field
            + ": expected a list, each item "
            + item
            + " (write [a, b], or [a] for one), found "
            + describe(node));
    return List.of();
  }

  /** Scalars of a list, each reported where it is when it is not a scalar. */
  static List<Scalar> scalars(Node node, String field, String item, Report r) {
    List<Scalar> scalars = new ArrayList<>();
    for (Node element : list(node, field, item, r)) {
      scalar(element, field, item + " in each item", r)
          .ifPresent(text -> scalars.add(new Scalar(text, element)));
    }
    return scalars;
  }

  /** A scalar value and the node it was written as. */
  record Scalar(String text, Node node) {}

  /** A slug, or empty with "field: 'São Paulo' is not a valid slug ... (did you mean ...)". */
  static Optional<String> slug(Node node, String field, Report r) {
    return scalar(node, field, "a slug", r)
        .filter(
            value -> {
              if (Slugs.isValid(value)) {
                return true;
              }
              r.error(node, field + ": " + invalidSlug(value, List.of()));
              return false;
            });
  }

  /**
   * The message for a value that is not a slug, suggesting a close candidate or a slugified one.
   */
  static String invalidSlug(String value, Collection<String> candidates) {
    List<String> close = Suggestions.closest(value, candidates);
    if (close.isEmpty()) {
      try {
        close = List.of(Slugs.slugify(value));
      } catch (IllegalArgumentException noLetters) {
        close = List.of();
      }
    }
    return "'"
        + shown(value)
        + "' is not a valid slug: use lower-case ASCII letters and digits joined by single"
        + " hyphens"
        + Suggestions.hint(close);
  }

  /** A date written YYYY-MM-DD, or empty with "field: '2025-13-40' is not a date (YYYY-MM-DD)". */
  static Optional<LocalDate> date(Node node, String field, Report r) {
    return scalar(node, field, "a date (YYYY-MM-DD)", r)
        .flatMap(
            value -> {
              try {
                return Optional.of(LocalDate.parse(value, DATE));
              } catch (DateTimeParseException e) {
                r.error(node, field + ": '" + shown(value) + "' is not a date (YYYY-MM-DD)");
                return Optional.empty();
              }
            });
  }

  /** An absolute http or https URL with a host, or empty with the reason reported. */
  static Optional<URI> url(Node node, String field, Report r) {
    return scalar(node, field, "an http or https URL", r)
        .flatMap(
            value -> {
              try {
                URI uri = new URI(value);
                String scheme = uri.getScheme();
                if (uri.isAbsolute()
                    && ("http".equals(scheme) || "https".equals(scheme))
                    && uri.getHost() != null) {
                  return Optional.of(uri);
                }
              } catch (URISyntaxException e) {
                // reported below, with the same message as a URL of another scheme
              }
              r.error(
                  node,
                  field
                      + ": '"
                      + shown(value)
                      + "' is not an absolute http or https URL (such as https://example.org/report)");
              return Optional.empty();
            });
  }

  /** A decimal number within [min, max], or empty with the reason reported. */
  static Optional<BigDecimal> decimal(Node node, String field, int min, int max, Report r) {
    return scalar(node, field, "a number", r)
        .flatMap(
            value -> {
              BigDecimal number;
              try {
                number = new BigDecimal(value.strip());
              } catch (NumberFormatException e) {
                r.error(
                    node,
                    field
                        + ": '"
                        + shown(value)
                        + "' is not a number (decimal degrees, such as 41.38)");
                return Optional.empty();
              }
              if (number.compareTo(BigDecimal.valueOf(min)) < 0
                  || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                r.error(node, field + ": " + value + " is not within " + min + ".." + max);
                return Optional.empty();
              }
              return Optional.of(number);
            });
  }

  /** Whether a string is a BCP 47 language tag as the formats accept them. */
  static boolean isLanguageTag(String tag) {
    return LANGUAGE_TAG.matcher(tag).matches() && LangString.isLanguageTag(tag);
  }

  /** A language tag, or empty with "field: 'english' is not a BCP 47 language tag". */
  static Optional<String> languageTag(Node node, String field, Report r) {
    return scalar(node, field, "a language tag (such as en)", r)
        .filter(
            tag -> {
              if (isLanguageTag(tag)) {
                return true;
              }
              r.error(
                  node,
                  field
                      + ": '"
                      + shown(tag)
                      + "' is not a BCP 47 language tag (such as en, es, fr, pt-BR)");
              return false;
            });
  }

  /**
   * A text: a plain string in the default language, or a mapping from language tags to strings. The
   * default language comes first, so that a field with one value takes it.
   */
  static List<LangString> text(Node node, String field, String defaultLanguage, Report r) {
    if (node instanceof ScalarNode) {
      return scalar(node, field, "a text", r)
          .flatMap(value -> langString(node, field, value, defaultLanguage, r))
          .map(List::of)
          .orElse(List.of());
    }
    if (!(node instanceof MappingNode mapping)) {
      r.error(
          node,
          field
              + ": expected a text, or a mapping from languages to texts (en: ..., es: ...), found "
              + describe(node));
      return List.of();
    }
    List<LangString> texts = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Optional<String> language = textLanguage(tuple.getKeyNode(), field, r);
      if (language.isEmpty()) {
        continue;
      }
      if (languages.contains(language.get())) {
        r.error(tuple.getKeyNode(), field + ": language '" + language.get() + "' is given twice");
        continue;
      }
      languages.add(language.get());
      Node value = tuple.getValueNode();
      scalar(value, field + "." + language.get(), "a text", r)
          .flatMap(text -> langString(value, field + "." + language.get(), text, language.get(), r))
          .ifPresent(
              text -> {
                if (text.lang().equals(defaultLanguage)) {
                  texts.add(0, text);
                } else {
                  texts.add(text);
                }
              });
    }
    return texts;
  }

  private static Optional<String> textLanguage(Node key, String field, Report r) {
    return scalar(key, field, "a language tag", r)
        .filter(
            tag -> {
              if (isLanguageTag(tag)) {
                return true;
              }
              r.error(
                  key,
                  field
                      + ": '"
                      + shown(tag)
                      + "' is not a language tag; a text in several languages is written"
                      + " {en: ..., es: ...}");
              return false;
            });
  }

  private static Optional<LangString> langString(
      Node node, String field, String text, String language, Report r) {
    if (text.isBlank()) {
      r.error(node, field + ": the text is empty");
      return Optional.empty();
    }
    return Optional.of(new LangString(text.strip(), language));
  }
}
