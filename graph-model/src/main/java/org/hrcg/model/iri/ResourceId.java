package org.hrcg.model.iri;

import java.util.Objects;

/** A resource named by kind and slug, the two parts of {@code {base}id/{kind}/{slug}}. */
public record ResourceId(Kind kind, String slug) {

  public ResourceId {
    Objects.requireNonNull(kind, "kind");
    Slugs.requireValid(slug, "slug");
  }

  /** A territory's id. */
  public static ResourceId territory(String slug) {
    return new ResourceId(Kind.TERRITORY, slug);
  }

  /** A practice's id. */
  public static ResourceId practice(String slug) {
    return new ResourceId(Kind.PRACTICE, slug);
  }

  @Override
  public String toString() {
    return kind.path() + "/" + slug;
  }
}
