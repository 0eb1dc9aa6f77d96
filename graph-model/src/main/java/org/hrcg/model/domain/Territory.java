package org.hrcg.model.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A territory: a city, region, country or, when the source does not say which, a territory.
 *
 * @param slug names the territory
 * @param labels its names, language-tagged
 * @param type what kind of territory the source says it is
 * @param partOf slugs of the territories that contain it
 * @param wikidata a verified Wikidata item id such as {@code Q1492}, or null
 * @param coordinates where it is, or null
 * @param note what the source leaves open about it, or null
 */
public record Territory(
    String slug,
    List<LangString> labels,
    Type type,
    List<String> partOf,
    String wikidata,
    Coordinates coordinates,
    LangString note) {

  private static final Pattern WIKIDATA_ITEM = Pattern.compile("Q[1-9][0-9]*");

  /** What kind of territory it is; {@link #TERRITORY} when the source leaves it open. */
  public enum Type {
    CITY,
    REGION,
    COUNTRY,
    TERRITORY
  }

  public Territory {
    Checks.slug(slug, "slug");
    labels = Checks.list(labels, "labels");
    Objects.requireNonNull(type, "type");
    partOf = Checks.slugs(partOf, "partOf");
    if (wikidata != null && !WIKIDATA_ITEM.matcher(wikidata).matches()) {
      throw new IllegalArgumentException(
          "wikidata: '" + wikidata + "' is not a Wikidata item id such as Q1492");
    }
  }

  /** A territory with a slug, an English label and a type only. */
  public static Territory of(String slug, String englishLabel, Type type) {
    return new Territory(
        slug, List.of(LangString.en(englishLabel)), type, List.of(), null, null, null);
  }
}
