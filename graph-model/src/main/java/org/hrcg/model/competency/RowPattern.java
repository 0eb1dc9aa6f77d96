package org.hrcg.model.competency;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;

/**
 * A pattern over one result row: each listed variable must match its term pattern; variables not
 * listed are ignored.
 */
record RowPattern(Map<String, TermPattern> terms, String text) {

  RowPattern {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(text, "text");
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
  }

  static RowPattern parse(JsonValue json, String where) {
    Objects.requireNonNull(json, "json");
    if (!json.isObject()) {
      throw new IllegalArgumentException(
          where + ": a row pattern must be an object, got " + JSON.toStringFlat(json));
    }
    JsonObject object = json.getAsObject();
    if (object.isEmpty()) {
      throw new IllegalArgumentException(where + ": an empty row pattern matches every row");
    }
    Map<String, TermPattern> terms = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      terms.put(entry.getKey(), TermPattern.parse(entry.getValue(), where + " ?" + entry.getKey()));
    }
    return new RowPattern(terms, JSON.toStringFlat(object));
  }

  /** Whether the row (variable name to value, unbound variables absent) matches. */
  boolean matches(Map<String, Node> row) {
    return terms.entrySet().stream()
        .allMatch(term -> term.getValue().matches(row.get(term.getKey())));
  }

  @Override
  public String toString() {
    return text;
  }
}
