package org.hrcg.model.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.hrcg.model.iri.Slugs;

/** Argument checks shared by the records; each names the component that is wrong. */
final class Checks {

  private Checks() {}

  static String slug(String value, String what) {
    return Slugs.requireValid(value, what);
  }

  static String optionalSlug(String value, String what) {
    return value == null ? null : Slugs.requireValid(value, what);
  }

  static List<String> slugs(List<String> values, String what) {
    Objects.requireNonNull(values, what);
    for (int i = 0; i < values.size(); i++) {
      Slugs.requireValid(values.get(i), what + "[" + i + "]");
    }
    return List.copyOf(values);
  }

  static <T> List<T> list(List<T> values, String what) {
    Objects.requireNonNull(values, what);
    for (int i = 0; i < values.size(); i++) {
      Objects.requireNonNull(values.get(i), what + "[" + i + "]");
    }
    return List.copyOf(values);
  }

  static <T> List<T> unique(List<T> values, Function<T, String> slug, String what) {
    List<T> copy = list(values, what);
    Set<String> seen = new HashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (T value : copy) {
      String key = slug.apply(value);
      if (!seen.add(key)) {
        duplicates.add(key);
      }
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalArgumentException(what + ": slugs used more than once: " + duplicates);
    }
    return copy;
  }
}
