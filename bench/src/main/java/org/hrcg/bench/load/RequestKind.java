package org.hrcg.bench.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** The kinds of request the load generator sends, each with how it picks its path. */
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
  SEARCH_ALL;

  /** The word that every label of the synthetic dataset starts with. */
  static final String BROAD_WORD = "synthetic";

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

  /** The path and query of one request of this kind, its random choices drawn from {@code r}. */
  String path(Targets targets, SplittableRandom r) {
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
    };
  }

  private String pick(List<String> values, SplittableRandom r) {
    if (values.isEmpty()) {
      throw new IllegalStateException("no values to choose from for a " + label() + " request");
    }
    return values.get(r.nextInt(values.size()));
  }
}
