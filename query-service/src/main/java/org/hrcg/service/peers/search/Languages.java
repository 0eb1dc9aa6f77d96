package org.hrcg.service.peers.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hrcg.service.peers.TaggedText;

/** The visitor's language: which of a resource's literals to show. */
final class Languages {

  /** The language shown when the visitor's is not in the data. */
  static final String DEFAULT = "en";

  /** A BCP 47 tag, loosely: letters and digits in hyphen-separated parts. */
  static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  private Languages() {}

  /** The primary subtag of a tag, lower case. */
  static String primary(String tag) {
    String lower = tag.toLowerCase(Locale.ROOT);
    int dash = lower.indexOf('-');
    return dash < 0 ? lower : lower.substring(0, dash);
  }

  /**
   * The literal in the language (exactly, then by its primary subtag), else in English, else
   * without a language, else any; among several of one rank, the first in text order; null when
   * there is none.
   */
  static <T extends TaggedText> T choose(List<T> literals, String lang) {
    if (literals.isEmpty()) {
      return null;
    }
    String wanted = lang.toLowerCase(Locale.ROOT);
    T best = null;
    int bestRank = Integer.MAX_VALUE;
    for (T literal : literals) {
      String tag = literal.language().toLowerCase(Locale.ROOT);
      int rank;
      if (tag.equals(wanted)) {
        rank = 0;
      } else if (!tag.isEmpty() && primary(tag).equals(primary(wanted))) {
        rank = 1;
      } else if (!tag.isEmpty() && primary(tag).equals(DEFAULT)) {
        rank = 2;
      } else if (tag.isEmpty()) {
        rank = 3;
      } else {
        rank = 4;
      }
      if (rank < bestRank || (rank == bestRank && literal.text().compareTo(best.text()) < 0)) {
        best = literal;
        bestRank = rank;
      }
    }
    return best;
  }
}
