package org.hrcg.bench.load;

import java.util.List;
import java.util.Objects;

/**
 * What the requests are about: the territory slugs the service lists, a sample of practice slugs,
 * the theme slugs and the words to search for, and the SPARQL endpoint with the queries to send it.
 *
 * @param territories every territory slug of {@code GET /api/territories}
 * @param territoryPages the pages of that list at its default size
 * @param practices practice slugs, those of a random sample of territories
 * @param territoryThemes territory and theme slugs, {@code city-1/care}, where a practice of the
 *     territory has the theme (from the same sample)
 * @param themes theme slugs for the theme filters
 * @param words words for the text search
 * @param sparqlPath the path of the SPARQL query endpoint, {@code /sparql} (it may carry parameters
 *     of its own, such as {@code /ds/query?default-graph-uri=...})
 * @param cheapQueries the queries of {@link RequestKind#SPARQL_CHEAP}
 * @param heavyQueries the queries of {@link RequestKind#SPARQL_HEAVY}
 */
public record Targets(
    List<String> territories,
    int territoryPages,
    List<String> practices,
    List<String> territoryThemes,
    List<String> themes,
    List<String> words,
    String sparqlPath,
    List<NamedQuery> cheapQueries,
    List<NamedQuery> heavyQueries) {

  /** The SPARQL endpoint's path unless told otherwise. */
  public static final String DEFAULT_SPARQL_PATH = "/sparql";

  public Targets {
    territories = List.copyOf(Objects.requireNonNull(territories, "territories"));
    practices = List.copyOf(Objects.requireNonNull(practices, "practices"));
    territoryThemes = List.copyOf(Objects.requireNonNull(territoryThemes, "territoryThemes"));
    themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
    words = List.copyOf(Objects.requireNonNull(words, "words"));
    Objects.requireNonNull(sparqlPath, "sparqlPath");
    if (!sparqlPath.startsWith("/")) {
      throw new IllegalArgumentException("sparqlPath: '" + sparqlPath + "' does not start with /");
    }
    cheapQueries = List.copyOf(Objects.requireNonNull(cheapQueries, "cheapQueries"));
    heavyQueries = List.copyOf(Objects.requireNonNull(heavyQueries, "heavyQueries"));
  }
}
