package org.hrcg.bench.load;

import java.util.List;
import java.util.Objects;

/**
 * What the requests are about: the territory slugs the service lists, a sample of practice slugs,
 * the theme slugs and the words to search for.
 *
 * @param territories every territory slug of {@code GET /api/territories}
 * @param territoryPages the pages of that list at its default size
 * @param practices practice slugs, those of a random sample of territories
 * @param territoryThemes territory and theme slugs, {@code city-1/care}, where a practice of the
 *     territory has the theme (from the same sample)
 * @param themes theme slugs for the theme filters
 * @param words words for the text search
 */
public record Targets(
    List<String> territories,
    int territoryPages,
    List<String> practices,
    List<String> territoryThemes,
    List<String> themes,
    List<String> words) {

  public Targets {
    territories = List.copyOf(Objects.requireNonNull(territories, "territories"));
    practices = List.copyOf(Objects.requireNonNull(practices, "practices"));
    territoryThemes = List.copyOf(Objects.requireNonNull(territoryThemes, "territoryThemes"));
    themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
    words = List.copyOf(Objects.requireNonNull(words, "words"));
  }
}
