package org.hrcg.model.domain;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A source from which facts are drawn; its slug also names its graph. Only what the source states
 * belongs here: metadata it merely implies is left out or explained in the note.
 *
 * @param slug names the case study and its graph
 * @param title the source's title
 * @param publisher slug of the actor that published it, or null
 * @param issued the date it was issued, or null
 * @param source the address where it can be read, an absolute http(s) URI, or null
 * @param language the BCP 47 tag of the language it is written in, or null
 * @param description a description, or null
 * @param note what the source leaves open about itself, or null
 */
public record CaseStudy(
    String slug,
    LangString title,
    String publisher,
    LocalDate issued,
    URI source,
    String language,
    LangString description,
    LangString note) {

  public CaseStudy {
    Checks.slug(slug, "slug");
    Objects.requireNonNull(title, "title");
    Checks.optionalSlug(publisher, "publisher");
    if (source != null
        && !(source.isAbsolute()
            && ("http".equals(source.getScheme()) || "https".equals(source.getScheme())))) {
      throw new IllegalArgumentException(
          "source: '" + source + "' is not an absolute http or https address");
    }
    if (language != null && !LangString.isLanguageTag(language)) {
      throw new IllegalArgumentException(
          "language: '" + language + "' is not a BCP 47 language tag");
    }
  }

  /** A case study with a slug and a title only. */
  public static CaseStudy of(String slug, LangString title) {
    return new CaseStudy(slug, title, null, null, null, null, null, null);
  }
}
