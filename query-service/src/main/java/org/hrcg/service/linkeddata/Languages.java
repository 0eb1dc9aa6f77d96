package org.hrcg.service.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * The languages a visitor reads, best first: the {@code lang} parameter, then {@code
 * Accept-Language}, then English, in which every label exists.
 *
 * @param preferred language tags in lower case, best first, English last at the latest
 */
record Languages(List<String> preferred) {

  static final String ENGLISH = "en";

  private static final Pattern TAG = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

  Languages {
    preferred = List.copyOf(preferred);
  }

  /** English only. */
  static Languages english() {
    return new Languages(List.of(ENGLISH));
  }

  /** The visitor's languages; a malformed parameter or header is ignored. */
  static Languages of(HttpServletRequest request) {
    return of(request.getParameter("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
  }

  static Languages of(String parameter, String acceptLanguage) {
    List<String> tags = new ArrayList<>();
    if (parameter != null && TAG.matcher(parameter.trim()).matches()) {
      tags.add(parameter.trim().toLowerCase(Locale.ROOT));
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        Locale.LanguageRange.parse(acceptLanguage).stream()
            .filter(r -> r.getWeight() > 0 && !r.getRange().equals("*"))
            .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
            .map(r -> r.getRange().toLowerCase(Locale.ROOT))
            .forEach(tags::add);
      } catch (IllegalArgumentException e) {
        // A malformed header counts as none: the page is still worth showing.
      }
    }
    tags.add(ENGLISH);
    return new Languages(tags.stream().distinct().toList());
  }

  /** The language the page is written for: the visitor's first. */
  String first() {
    return preferred.get(0);
  }

  /**
   * The item in the best language: by the visitor's languages (a tag matches itself, its subtags
   * and its primary language), then one without a language, then any, in a stable order.
   */
  <T> Optional<T> pick(Collection<T> items, Function<T, String> languageOf) {
    Objects.requireNonNull(items, "items");
    if (items.isEmpty()) {
      return Optional.empty();
    }
    T best = null;
    int bestRank = Integer.MAX_VALUE;
    for (T item : items) {
      String language = Objects.requireNonNullElse(languageOf.apply(item), "");
      int rank = rank(language);
      if (rank < bestRank) {
        best = item;
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best);
  }

  private int rank(String language) {
    String tag = language.toLowerCase(Locale.ROOT);
    for (int i = 0; i < preferred.size(); i++) {
      String wanted = preferred.get(i);
      if (tag.equals(wanted)) {
        return 3 * i;
      }
      if (tag.startsWith(wanted + "-")) {
        return 3 * i + 1;
      }
      if (!tag.isEmpty() && primary(tag).equals(primary(wanted))) {
        return 3 * i + 2;
      }
    }
    return tag.isEmpty() ? 3 * preferred.size() : 3 * preferred.size() + 1;
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }
}
