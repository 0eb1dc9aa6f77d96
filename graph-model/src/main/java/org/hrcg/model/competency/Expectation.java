package org.hrcg.model.competency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.hrcg.model.store.GraphStore;

/**
 * The answer a competency question must give on any complete data, as assertions read from a small
 * JSON document: {@code ask}, {@code minRows}, {@code maxRows}, {@code contains}, {@code
 * notContains} and {@code allRows} (the notation is described in the README beside the questions).
 * {@link #check} runs a query and reports every assertion that fails.
 */
public final class Expectation {

  private static final Set<String> KEYS =
      Set.of("comment", "ask", "minRows", "maxRows", "contains", "notContains", "allRows");

  /** Rows past this many are left out of a report; the count is still given. */
  private static final int ROWS_SHOWN = 40;

  private final String text;
  private final String comment;
  private final Boolean ask;
  private final Integer minRows;
  private final Integer maxRows;
  private final List<RowPattern> contains;
  private final List<RowPattern> notContains;
  private final RowPattern allRows;

  private Expectation(
      String text,
      String comment,
      Boolean ask,
      Integer minRows,
      Integer maxRows,
      List<RowPattern> contains,
      List<RowPattern> notContains,
      RowPattern allRows) {
    this.text = text;
    this.comment = comment;
    this.ask = ask;
    this.minRows = minRows;
    this.maxRows = maxRows;
    this.contains = List.copyOf(contains);
    this.notContains = List.copyOf(notContains);
    this.allRows = allRows;
  }

  /**
   * Reads an expectation from its JSON text.
   *
   * @throws IllegalArgumentException naming what is wrong: not JSON, an unknown key, a value of the
   *     wrong kind, no assertion at all, or {@code ask} mixed with row assertions
   */
  public static Expectation parse(String json) {
    Objects.requireNonNull(json, "json");
    JsonObject object;
    try {
      object = JSON.parse(json);
    } catch (JsonException e) {
      throw new IllegalArgumentException("expectation is not a JSON object: " + e.getMessage(), e);
    }
    for (String key : object.keys()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown expectation key '"
                + key
                + "' (known: "
                + String.join(", ", sorted(KEYS))
                + ")");
      }
    }
    String comment = null;
    if (object.hasKey("comment")) {
      JsonValue value = object.get("comment");
      if (!value.isString()) {
        throw new IllegalArgumentException("comment must be a string");
      }
      comment = value.getAsString().value();
    }
    Boolean ask = null;
    if (object.hasKey("ask")) {
      JsonValue value = object.get("ask");
      if (!value.isBoolean()) {
        throw new IllegalArgumentException("ask must be true or false, got " + flat(value));
      }
      ask = value.getAsBoolean().value();
    }
    Integer minRows = count(object, "minRows");
    Integer maxRows = count(object, "maxRows");
    if (minRows != null && maxRows != null && minRows > maxRows) {
      throw new IllegalArgumentException(
          "minRows " + minRows + " is greater than maxRows " + maxRows);
    }
    List<RowPattern> contains = patterns(object, "contains");
    List<RowPattern> notContains = patterns(object, "notContains");
    RowPattern allRows =
        object.hasKey("allRows") ? RowPattern.parse(object.get("allRows"), "allRows") : null;
    boolean rowAssertions =
        minRows != null
            || maxRows != null
            || !contains.isEmpty()
            || !notContains.isEmpty()
            || allRows != null;
    if (ask != null && rowAssertions) {
      throw new IllegalArgumentException(
          "ask is for ASK queries and cannot be combined with row assertions");
    }
    if (ask == null && !rowAssertions) {
      throw new IllegalArgumentException(
          "expectation asserts nothing: give ask, minRows, maxRows, contains, notContains or"
              + " allRows");
    }
    return new Expectation(
        JSON.toStringFlat(object), comment, ask, minRows, maxRows, contains, notContains, allRows);
  }

  /** The answer an ASK query must give; empty for a SELECT expectation. */
  public Optional<Boolean> ask() {
    return Optional.ofNullable(ask);
  }

  /** The fewest rows a SELECT query must return, if limited. */
  public OptionalInt minRows() {
    return minRows == null ? OptionalInt.empty() : OptionalInt.of(minRows);
  }

  /** The most rows a SELECT query may return, if limited. */
  public OptionalInt maxRows() {
    return maxRows == null ? OptionalInt.empty() : OptionalInt.of(maxRows);
  }

  /** The author's note on why this is the answer, if given. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /**
   * Runs the query (SELECT or ASK) on the dataset inside a read transaction and checks every
   * assertion. A query that does not parse, or is of another form, is reported as a failure.
   *
   * @param question the question's name, which starts every failure message
   */
  public CheckResult check(String question, String query, Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return check(
        question,
        query,
        new Runner() {
          @Override
          public <T> T run(Query parsed, Function<QueryExecution, T> handler) {
            return Txn.calculateRead(
                dataset,
                () -> {
                  try (QueryExecution execution =
                      QueryExecution.dataset(dataset).query(parsed).build()) {
                    return handler.apply(execution);
                  }
                });
          }
        });
  }

  /**
   * Runs the query (SELECT or ASK) on the store, whose default graph is the union of its named
   * graphs, and checks every assertion: the same check as {@link #check(String, String, Dataset)}
   * for a store that hands out no dataset, such as a remote one.
   *
   * @param question the question's name, which starts every failure message
   */
  public CheckResult check(String question, String query, GraphStore store) {
    Objects.requireNonNull(store, "store");
    return check(question, query, store::query);
  }

  /** Runs a query and gives its execution to a handler, as {@link GraphStore#query} does. */
  private interface Runner {
    <T> T run(Query query, Function<QueryExecution, T> handler);
  }

  private CheckResult check(String question, String query, Runner runner) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(query, "query");
    Query parsed;
    try {
      parsed = QueryFactory.create(query);
    } catch (QueryException e) {
      return new CheckResult(
          question, List.of(question + ": the query does not parse: " + e.getMessage()), List.of());
    }
    if (parsed.isAskType()) {
      boolean answer = runner.run(parsed, QueryExecution::execAsk);
      return new CheckResult(question, checkAsk(question, answer), List.of("ASK -> " + answer));
    }
    if (parsed.isSelectType()) {
      Rows rows = runner.run(parsed, execution -> rows(execution.execSelect()));
      return new CheckResult(
          question, checkSelect(question, rows), rowsSeen(rows, parsed.getPrefixMapping()));
    }
    return new CheckResult(
        question, List.of(question + ": only SELECT and ASK queries can be checked"), List.of());
  }

  private static Rows rows(ResultSet results) {
    List<String> variables = List.copyOf(results.getResultVars());
    List<Map<String, Node>> rows = new ArrayList<>();
    while (results.hasNext()) {
      QuerySolution solution = results.next();
      Map<String, Node> row = new LinkedHashMap<>();
      for (String variable : variables) {
        RDFNode value = solution.get(variable);
        if (value != null) {
          row.put(variable, value.asNode());
        }
      }
      rows.add(row);
    }
    return new Rows(variables, rows);
  }

  private List<String> checkAsk(String question, boolean answer) {
    if (ask == null) {
      return List.of(
          question + ": the query is an ASK query, but the expectation has no \"ask\": " + text);
    }
    if (answer != ask) {
      return List.of(question + ": ask: expected " + ask + ", the query answered " + answer);
    }
    return List.of();
  }

  private List<String> checkSelect(String question, Rows rows) {
    List<String> failures = new ArrayList<>();
    String prefix = question + ": ";
    if (ask != null) {
      failures.add(prefix + "ask: the query is a SELECT query; \"ask\" is only for ASK queries");
      return failures;
    }
    int size = rows.rows().size();
    if (minRows != null && size < minRows) {
      failures.add(prefix + "minRows " + minRows + ": the query returned " + size + " row(s)");
    }
    if (maxRows != null && size > maxRows) {
      failures.add(prefix + "maxRows " + maxRows + ": the query returned " + size + " row(s)");
    }
    for (RowPattern pattern : contains) {
      String assertion = "contains " + pattern;
      if (unknownVariables(prefix + assertion, pattern, rows, failures)) {
        continue;
      }
      if (rows.rows().stream().noneMatch(pattern::matches)) {
        failures.add(prefix + assertion + ": no row matches");
      }
    }
    for (RowPattern pattern : notContains) {
      String assertion = "notContains " + pattern;
      if (unknownVariables(prefix + assertion, pattern, rows, failures)) {
        continue;
      }
      for (int i = 0; i < size; i++) {
        if (pattern.matches(rows.rows().get(i))) {
          failures.add(prefix + assertion + ": row " + (i + 1) + " matches");
          break;
        }
      }
    }
    if (allRows != null) {
      String assertion = "allRows " + allRows;
      if (!unknownVariables(prefix + assertion, allRows, rows, failures)) {
        List<Integer> misses = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          if (!allRows.matches(rows.rows().get(i))) {
            misses.add(i + 1);
          }
        }
        if (!misses.isEmpty()) {
          failures.add(
              prefix
                  + assertion
                  + ": "
                  + misses.size()
                  + " of "
                  + size
                  + " row(s) do not match, the first is row "
                  + misses.get(0));
        }
      }
    }
    return failures;
  }

  /** Reports variables of a pattern that the query does not return; true if there were any. */
  private static boolean unknownVariables(
      String assertion, RowPattern pattern, Rows rows, List<String> failures) {
    List<String> unknown =
        pattern.terms().keySet().stream()
            .filter(variable -> !rows.variables().contains(variable))
            .map(variable -> "?" + variable)
            .toList();
    if (unknown.isEmpty()) {
      return false;
    }
    failures.add(
        assertion
            + ": "
            + String.join(", ", unknown)
            + " not among the query's result variables ("
            + rows.variables().stream().map(v -> "?" + v).collect(Collectors.joining(" "))
            + ")");
    return true;
  }

  private static List<String> rowsSeen(Rows rows, PrefixMapping prefixes) {
    List<String> seen = new ArrayList<>();
    int size = rows.rows().size();
    for (int i = 0; i < Math.min(size, ROWS_SHOWN); i++) {
      Map<String, Node> row = rows.rows().get(i);
      String cells =
          rows.variables().stream()
              .map(
                  variable ->
                      "?"
                          + variable
                          + "="
                          + (row.containsKey(variable)
                              ? FmtUtils.stringForNode(row.get(variable), prefixes)
                              : "(unbound)"))
              .collect(Collectors.joining(" "));
      seen.add((i + 1) + ": " + cells);
    }
    if (size > ROWS_SHOWN) {
      seen.add("... and " + (size - ROWS_SHOWN) + " more row(s)");
    }
    return seen;
  }

  private static Integer count(JsonObject object, String key) {
    if (!object.hasKey(key)) {
      return null;
    }
    JsonValue value = object.get(key);
    if (!value.isNumber()) {
      throw new IllegalArgumentException(key + " must be a whole number, got " + flat(value));
    }
    Number number = value.getAsNumber().value();
    double d = number.doubleValue();
    if (d < 0 || d != Math.rint(d) || d > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          key + " must be a whole number of zero or more, got " + number);
    }
    return (int) d;
  }

  private static List<RowPattern> patterns(JsonObject object, String key) {
    if (!object.hasKey(key)) {
      return List.of();
    }
    JsonValue value = object.get(key);
    if (!value.isArray()) {
      throw new IllegalArgumentException(
          key + " must be an array of row patterns, got " + flat(value));
    }
    List<RowPattern> patterns = new ArrayList<>();
    int index = 0;
    for (JsonValue element : value.getAsArray()) {
      patterns.add(RowPattern.parse(element, key + "[" + index++ + "]"));
    }
    return patterns;
  }

  private static String flat(JsonValue value) {
    return JSON.toStringFlat(value);
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  @Override
  public String toString() {
    return text;
  }

  /** The result variables and the rows of a SELECT query, copied out of the transaction. */
  private record Rows(List<String> variables, List<Map<String, Node>> rows) {}
}
