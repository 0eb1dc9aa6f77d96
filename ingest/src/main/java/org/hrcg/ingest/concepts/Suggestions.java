package org.hrcg.ingest.concepts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean" hints: the known names closest to a misspelled one (a field name, a resource slug,
 * a concept slug). A hint is given only when a candidate is close enough to be a likely typo, so
 * that a wrong guess does not send the reader of an error message the wrong way.
 */
public final class Suggestions {

  /** At most this many names are suggested. */
  public static final int MAX_SUGGESTIONS = 3;

  private Suggestions() {}

  /**
   * The candidates closest to {@code value}, best first, or an empty list when none is close. Case,
   * underscores and spaces are ignored ({@code Gender_Equality} finds {@code gender-equality}); an
   * edit distance of two, or of about one in three characters for long names, counts as close; a
   * candidate that extends the value by whole hyphenated words ({@code lgbtiqa} for {@code
   * lgbtiqa-rights}) counts too.
   */
  public static List<String> closest(String value, Collection<String> candidates) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(candidates, "candidates");
    String wanted = normalize(value);
    if (wanted.isEmpty()) {
      return List.of();
    }
    // Short names get little slack, or everything would be close to everything; two edits let a
    // swap of two letters through ("ucgl" for "uclg").
    int threshold = wanted.length() <= 3 ? 1 : Math.max(2, Math.min(3, wanted.length() / 3));
    LevenshteinDistance distance = new LevenshteinDistance(threshold);
    List<Scored> close = new ArrayList<>();
    for (String candidate : candidates) {
      if (candidate.equals(value)) {
        continue;
      }
      String known = normalize(candidate);
      int d = distance.apply(wanted, known);
      if (d >= 0) {
        close.add(new Scored(candidate, d));
      } else if (known.startsWith(wanted + "-") || wanted.startsWith(known + "-")) {
        close.add(new Scored(candidate, threshold + 1));
      }
    }
    return close.stream()
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(MAX_SUGGESTIONS)
        .map(Scored::name)
        .toList();
  }

  /**
   * The hint to append to an error message: {@code " (did you mean 'x'?)"}, {@code " (did you mean
   * 'x' or 'y'?)"}, or {@code ""} when nothing is close.
   */
  public static String didYouMean(String value, Collection<String> candidates) {
    return hint(closest(value, candidates));
  }

  /** The hint for names already found: {@code " (did you mean 'x'?)"}, or "" for none. */
  public static String hint(List<String> names) {
    if (names.isEmpty()) {
      return "";
    }
    StringBuilder hint = new StringBuilder(" (did you mean ");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        hint.append(i == names.size() - 1 ? " or " : ", ");
      }
      hint.append('\'').append(names.get(i)).append('\'');
    }
    return hint.append("?)").toString();
  }

  private static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
  }

  private record Scored(String name, int distance) {}
}
