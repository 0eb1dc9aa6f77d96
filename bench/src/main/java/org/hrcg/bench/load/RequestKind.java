package org.hrcg.bench.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The kinds of request the load generator sends, each with how it picks its path and what it
 * accepts.
 */
public enum RequestKind {
  /** {@code GET /actuator/health}: the cheapest public request, the yardstick of the others. */
  BASELINE,
  /** {@code GET /api/territories?page=P}: a random page of the territory list. */
  TERRITORIES,
  /** {@code GET /api/territories/{slug}}: a random territory with its practices and actors. */
  TERRITORY,
  /** {@code GET /api/territories/{slug}/peers}: the peers of a random territory. */
  PEERS,
  /**
   * {@code GET /api/territories/{slug}/peers?theme=T}: the same, filtered by a theme that one of
   * the territory's practices has.
   */
  PEERS_THEME,
  /** {@code GET /api/practices/{slug}/similar}: the practices like a random practice. */
  SIMILAR,
  /** {@code GET /api/inspirations}: every inspiration link. */
  INSPIRATIONS,
  /** {@code GET /api/practices?q=W}: one or two random words of the concepts' labels. */
  SEARCH_TEXT,
  /** {@code GET /api/practices?q=synthetic}: a word of every synthetic label, so every practice. */
  SEARCH_TEXT_BROAD,
  /** {@code GET /api/practices?theme=T}: a random theme filter, no words. */
  SEARCH_FACETS,
  /** {@code GET /api/practices}: no filter, every practice with its facets. */
  SEARCH_ALL,
  /**
   * {@code GET {sparql}?query=Q} with {@code Accept: application/sparql-results+json}: a random one
   * of the cheap queries (by default every competency question).
   */
  SPARQL_CHEAP,
  /** The same with a random one of the heavy queries (by default the bundled analytic ones). */
  SPARQL_HEAVY,
  /**
   * {@code GET /id/territory/{slug}} or {@code /id/practice/{slug}}: the linked-data description of
   * a random territory or practice, as an HTML page or as Turtle by {@code Accept}, half each.
   */
  LINKED_DATA;

  /** The word that every label of the synthetic dataset starts with. */
  static final String BROAD_WORD = "synthetic";

  /** What the JSON API and health requests accept. */
  static final String JSON = "application/json";

  /** What SPARQL queries accept: every query the kinds send is a SELECT or an ASK. */
  static final String SPARQL_RESULTS = "application/sparql-results+json";

  /** The name used in mixes and reports: {@code search-text}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The kind with this label.
   *
   * @throws IllegalArgumentException naming the known labels if there is none
   */
  public static RequestKind of(String label) {
    for (RequestKind kind : values()) {
      if (kind.label().equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown request kind '" + label + "'; known: " + String.join(", ", labels()));
  }

  /** Every label, in declaration order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(RequestKind::label).collect(Collectors.toList());
  }

  /** Whether this kind asks about territories, so that the service's list must be read first. */
  boolean needsTerritories() {
    return switch (this) {
      case TERRITORIES, TERRITORY, PEERS, PEERS_THEME, SIMILAR, LINKED_DATA -> true;
      default -> false;
    };
  }

  /** Whether this kind asks about practices, or territories with their themes, of a sample. */
  boolean needsPracticeSample() {
    return this == SIMILAR || this == PEERS_THEME || this == LINKED_DATA;
  }

  /** One request of this kind, its random choices drawn from {@code r}. */
  Request request(Targets targets, SplittableRandom r) {
    return switch (this) {
      case SPARQL_CHEAP -> sparql(targets, targets.cheapQueries(), r);
      case SPARQL_HEAVY -> sparql(targets, targets.heavyQueries(), r);
      case LINKED_DATA -> {
        String path =
            r.nextBoolean() || targets.practices().isEmpty()
                ? "/id/territory/" + pick(targets.territories(), r)
                : "/id/practice/" + pick(targets.practices(), r);
        yield Request.of(this, path, r.nextBoolean() ? "text/html" : "text/turtle");
      }
      default -> Request.of(this, path(targets, r), JSON);
    };
  }

  /** The path and query of one JSON API or health request, its random choices drawn from r. */
  private String path(Targets targets, SplittableRandom r) {
    return switch (this) {
      case BASELINE -> "/actuator/health";
      case TERRITORIES ->
          "/api/territories?page=" + (1 + r.nextInt(Math.max(1, targets.territoryPages())));
      case TERRITORY -> "/api/territories/" + pick(targets.territories(), r);
      case PEERS -> "/api/territories/" + pick(targets.territories(), r) + "/peers";
      case PEERS_THEME -> {
        String[] territoryTheme = pick(targets.territoryThemes(), r).split("/", 2);
        yield "/api/territories/" + territoryTheme[0] + "/peers?theme=" + territoryTheme[1];
      }
      case SIMILAR -> "/api/practices/" + pick(targets.practices(), r) + "/similar";
      case INSPIRATIONS -> "/api/inspirations";
      case SEARCH_TEXT -> {
        String words = pick(targets.words(), r);
        if (r.nextInt(10) < 3) {
          words += " " + pick(targets.words(), r);
        }
        yield "/api/practices?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
      }
      case SEARCH_TEXT_BROAD -> "/api/practices?q=" + BROAD_WORD;
      case SEARCH_FACETS -> "/api/practices?theme=" + pick(targets.themes(), r);
      case SEARCH_ALL -> "/api/practices";
      case SPARQL_CHEAP, SPARQL_HEAVY, LINKED_DATA ->
          throw new IllegalStateException(label() + " is not a JSON API request");
    };
  }

  private Request sparql(Targets targets, List<NamedQuery> queries, SplittableRandom r) {
    NamedQuery query = pick(queries, r);
    String endpoint = targets.sparqlPath();
    String separator = endpoint.contains("?") ? "&" : "?";
    return new Request(
        this,
        endpoint + separator + "query=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8),
        SPARQL_RESULTS,
        endpoint + separator + "query=<" + query.name() + ">");
  }

  private <T> T pick(List<T> values, SplittableRandom r) {
    if (values.isEmpty()) {
      throw new IllegalStateException("no values to choose from for a " + label() + " request");
    }
    return values.get(r.nextInt(values.size()));
  }
}
