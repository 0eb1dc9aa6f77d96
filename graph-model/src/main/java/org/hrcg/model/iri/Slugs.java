package org.hrcg.model.iri;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Slugs: the last segment of resource, concept and graph IRIs. A slug is lower-case ASCII letters
 * and digits in runs joined by single hyphens ({@code sao-paulo}, {@code seine-saint-denis}).
 */
public final class Slugs {

  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  // Letters that Unicode decomposition leaves whole because they are letters of their own, not a
  // base letter with a mark; without this table "Łódź" would lose its first letter.
  private static final Map<Character, String> LETTERS =
      Map.ofEntries(
          Map.entry('ł', "l"),
          Map.entry('Ł', "L"),
          Map.entry('ø', "o"),
          Map.entry('Ø', "O"),
          Map.entry('ß', "ss"),
          Map.entry('ẞ', "SS"),
          Map.entry('æ', "ae"),
          Map.entry('Æ', "AE"),
          Map.entry('œ', "oe"),
          Map.entry('Œ', "OE"),
          Map.entry('đ', "d"),
          Map.entry('Đ', "D"),
          Map.entry('ð', "d"),
          Map.entry('Ð', "D"),
          Map.entry('þ', "th"),
          Map.entry('Þ', "TH"),
          Map.entry('ı', "i"),
          Map.entry('ħ', "h"),
          Map.entry('Ħ', "H"),
          Map.entry('ŧ', "t"),
          Map.entry('Ŧ', "T"),
          Map.entry('ŋ', "n"),
          Map.entry('Ŋ', "N"),
          Map.entry('ĸ', "k"),
          Map.entry('ſ', "s"));

  private Slugs() {}

  /**
   * Makes a slug from a name: accents and other marks are dropped, letters that have no
   * decomposition are spelled in ASCII ({@code ł} as {@code l}, {@code ß} as {@code ss}), the rest
   * is lower-cased, and every run of other characters becomes one hyphen.
   *
   * @throws IllegalArgumentException if the name has no letter or digit that survives
   */
  public static String slugify(String name) {
    Objects.requireNonNull(name, "name");
    // NFKD rather than NFD: it also takes apart compatibility forms such as ligatures
    // ("ﬁ") and full-width letters, which NFD leaves as symbols that would turn into hyphens.
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    StringBuilder spelled = new StringBuilder(unmarked.length());
    for (int i = 0; i < unmarked.length(); i++) {
      char c = unmarked.charAt(i);
      String replacement = LETTERS.get(c);
      if (replacement != null) {
        spelled.append(replacement);
      } else {
        spelled.append(c);
      }
    }
    String lower = spelled.toString().toLowerCase(Locale.ROOT);
    String hyphenated = SEPARATORS.matcher(lower).replaceAll("-");
    String slug = trimHyphens(hyphenated);
    if (slug.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot make a slug from '" + name + "': it has no letter or digit");
    }
    return slug;
  }

  /** Whether a string is a slug as {@link #slugify} makes them; {@code null} is not. */
  public static boolean isValid(String slug) {
    return slug != null && VALID.matcher(slug).matches();
  }

  /**
   * Returns the slug if it is valid.
   *
   * @param what names the value in the exception message, for example {@code "territory"}
   * @throws NullPointerException naming {@code what} if the slug is null
   * @throws IllegalArgumentException naming {@code what} and the value if it is not a slug
   */
  public static String requireValid(String slug, String what) {
    Objects.requireNonNull(slug, what);
    if (!isValid(slug)) {
      throw new IllegalArgumentException(
          what
              + ": '"
              + slug
              + "' is not a slug (lower-case ASCII letters and digits joined by single"
              + " hyphens, such as 'sao-paulo')");
    }
    return slug;
  }

  private static String trimHyphens(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
