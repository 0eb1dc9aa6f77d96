package org.hrcg.model.competency;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * What one variable of a result row must be, as written in an expectation file (see the README
 * beside the questions). A {@code null} node stands for an unbound variable.
 */
sealed interface TermPattern {

  /** Whether the value (null when unbound) satisfies this pattern. */
  boolean matches(Node node);

  /** Reads one pattern from its JSON form; the message of a failure names {@code where}. */
  static TermPattern parse(JsonValue json, String where) {
    Objects.requireNonNull(json, "json");
    if (json.isNull()) {
      return new Unbound();
    }
    if (json.isBoolean()) {
      return new BooleanValue(json.getAsBoolean().value());
    }
    if (json.isNumber()) {
      return new NumberValue(new BigDecimal(json.getAsNumber().value().toString()));
    }
    if (json.isString()) {
      return Term.parse(json.getAsString().value());
    }
    if (json.isObject()) {
      return Constraint.parse(json.getAsObject(), where);
    }
    throw new IllegalArgumentException(
        where + ": expected a string, number, boolean, null or object, got " + flat(json));
  }

  private static String flat(JsonValue json) {
    return JSON.toStringFlat(json);
  }

  /** The variable is unbound. */
  record Unbound() implements TermPattern {
    @Override
    public boolean matches(Node node) {
      return node == null;
    }
  }

  /** An {@code xsd:boolean} with this value. */
  record BooleanValue(boolean value) implements TermPattern {
    @Override
    public boolean matches(Node node) {
      return node != null
          && node.isLiteral()
          && XSDDatatype.XSDboolean.getURI().equals(node.getLiteralDatatypeURI())
          && Boolean.parseBoolean(node.getLiteralLexicalForm().trim()) == value;
    }
  }

  /** A literal of a numeric datatype whose value equals this number. */
  record NumberValue(BigDecimal value) implements TermPattern {
    @Override
    public boolean matches(Node node) {
      return numericValue(node).map(v -> v.compareTo(value) == 0).orElse(false);
    }
  }

  /**
   * A written term: an IRI or a literal without a language tag ({@code text}), a literal with a
   * language tag ({@code "text"@lang}) or with a datatype ({@code "text"^^<iri>}).
   */
  record Term(String text, String lang, String datatype) implements TermPattern {

    private static final Pattern LANG_LITERAL =
        Pattern.compile("\"(.*)\"@([A-Za-z]+(?:-[A-Za-z0-9]+)*)", Pattern.DOTALL);
    private static final Pattern TYPED_LITERAL =
        Pattern.compile("\"(.*)\"\\^\\^<([^<>\"\\s]+)>", Pattern.DOTALL);

    static Term parse(String written) {
      Matcher lang = LANG_LITERAL.matcher(written);
      if (lang.matches()) {
        return new Term(lang.group(1), lang.group(2), null);
      }
      Matcher typed = TYPED_LITERAL.matcher(written);
      if (typed.matches()) {
        return new Term(typed.group(1), null, typed.group(2));
      }
      return new Term(written, null, null);
    }

    @Override
    public boolean matches(Node node) {
      if (node == null) {
        return false;
      }
      if (lang != null) {
        return node.isLiteral()
            && node.getLiteralLexicalForm().equals(text)
            && node.getLiteralLanguage().equalsIgnoreCase(lang);
      }
      if (datatype != null) {
        return node.isLiteral()
            && node.getLiteralLexicalForm().equals(text)
            && datatype.equals(node.getLiteralDatatypeURI());
      }
      if (node.isURI()) {
        return node.getURI().equals(text);
      }
      return node.isLiteral()
          && node.getLiteralLanguage().isEmpty()
          && node.getLiteralLexicalForm().equals(text);
    }
  }

  /**
   * A bound value meeting every constraint given: {@code regex} (found in the IRI or the lexical
   * form), {@code min} and {@code max} (inclusive bounds on a numeric literal).
   */
  record Constraint(Pattern regex, BigDecimal min, BigDecimal max) implements TermPattern {

    static Constraint parse(JsonObject json, String where) {
      if (json.isEmpty()) {
        throw new IllegalArgumentException(where + ": an empty object constrains nothing");
      }
      Pattern regex = null;
      BigDecimal min = null;
      BigDecimal max = null;
      for (Map.Entry<String, JsonValue> entry : json.entrySet()) {
        String key = entry.getKey();
        JsonValue value = entry.getValue();
        switch (key) {
          case "regex" -> {
            if (!value.isString()) {
              throw new IllegalArgumentException(where + ": regex must be a string");
            }
            try {
              regex = Pattern.compile(value.getAsString().value());
            } catch (PatternSyntaxException e) {
              throw new IllegalArgumentException(
                  where + ": regex does not compile: " + e.getDescription(), e);
            }
          }
          case "min", "max" -> {
            if (!value.isNumber()) {
              throw new IllegalArgumentException(where + ": " + key + " must be a number");
            }
            BigDecimal bound = new BigDecimal(value.getAsNumber().value().toString());
            if (key.equals("min")) {
              min = bound;
            } else {
              max = bound;
            }
          }
          default ->
              throw new IllegalArgumentException(
                  where
                      + ": unknown constraint '"
                      + key
                      + "' (known: regex, min, max) in "
                      + flat(json));
        }
      }
      if (min != null && max != null && min.compareTo(max) > 0) {
        throw new IllegalArgumentException(where + ": min is greater than max in " + flat(json));
      }
      return new Constraint(regex, min, max);
    }

    @Override
    public boolean matches(Node node) {
      if (node == null) {
        return false;
      }
      if (regex != null && !regex.matcher(text(node)).find()) {
        return false;
      }
      if (min != null || max != null) {
        Optional<BigDecimal> number = numericValue(node);
        if (number.isEmpty()) {
          return false;
        }
        if (min != null && number.get().compareTo(min) < 0) {
          return false;
        }
        if (max != null && number.get().compareTo(max) > 0) {
          return false;
        }
      }
      return true;
    }

    private static String text(Node node) {
      if (node.isURI()) {
        return node.getURI();
      }
      if (node.isLiteral()) {
        return node.getLiteralLexicalForm();
      }
      return node.toString();
    }
  }

  /** The value of a literal of a numeric XSD datatype; empty for anything else. */
  private static Optional<BigDecimal> numericValue(Node node) {
    if (node == null || !node.isLiteral()) {
      return Optional.empty();
    }
    NodeValue value = NodeValue.makeNode(node);
    if (!value.isNumber()) {
      return Optional.empty();
    }
    if (value.isInteger()) {
      return Optional.of(new BigDecimal(value.getInteger()));
    }
    if (value.isDecimal()) {
      return Optional.of(value.getDecimal());
    }
    double d = value.getDouble();
    return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
  }
}
