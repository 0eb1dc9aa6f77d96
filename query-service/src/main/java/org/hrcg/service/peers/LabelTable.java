package org.hrcg.service.peers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The labels of every resource ({@code rdfs:label} and {@code skos:prefLabel}, every language), in
 * the order the store gave them: read once for the peers index and the practice search, which
 * choose among them each in its own way. Immutable once built.
 */
public final class LabelTable {

  /**
   * A label.
   *
   * @param text its lexical form
   * @param language its language tag in lower case, or empty for none
   * @param preferred whether it is a {@code skos:prefLabel} (else an {@code rdfs:label})
   */
  public record Label(String text, String language, boolean preferred) implements TaggedText {
    public Label {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(language, "language");
    }
  }

  private static final Label[] NONE = new Label[0];

  private final Map<String, Label[]> labels;

  private LabelTable(Map<String, Label[]> labels) {
    this.labels = labels;
  }

  /** Collects labels in the order they are read. */
  static final class Builder {
    private final Map<String, List<Label>> labels = new HashMap<>();

    void add(String resource, String text, String language, boolean preferred) {
      labels
          .computeIfAbsent(resource, r -> new ArrayList<>(2))
          .add(new Label(text, language.toLowerCase(Locale.ROOT), preferred));
    }

    LabelTable build() {
      Map<String, Label[]> arrays = new HashMap<>(labels.size() * 4 / 3 + 1);
      labels.forEach((resource, list) -> arrays.put(resource, list.toArray(NONE)));
      return new LabelTable(arrays);
    }
  }

  /** The labels of a resource, in the order read; empty when it has none. */
  public List<Label> of(String iri) {
    Label[] found = labels.get(iri);
    return found == null ? List.of() : List.of(found);
  }

  /**
   * The first label read in the language asked for, else in English, else without a language, else
   * the first one read in the language that sorts first; null when the resource has none.
   */
  String firstIn(String iri, String language) {
    Label[] found = labels.get(iri);
    if (found == null || found.length == 0) {
      return null;
    }
    for (String lang : new String[] {language, "en", ""}) {
      if (lang == null) {
        continue;
      }
      for (Label label : found) {
        if (label.language().equals(lang)) {
          return label.text();
        }
      }
    }
    Label first = found[0];
    for (Label label : found) {
      if (label.language().compareTo(first.language()) < 0) {
        first = label;
      }
    }
    return first.text();
  }
}
