package org.hrcg.model.domain;

import java.util.List;

/**
 * A public call to action that others are invited to join.
 *
 * @param slug names the campaign
 * @param labels its names, language-tagged
 * @param description what it calls for, or null
 * @param presentedAt slugs of the events at which it was presented
 */
public record Campaign(
    String slug, List<LangString> labels, LangString description, List<String> presentedAt) {

  public Campaign {
    Checks.slug(slug, "slug");
    labels = Checks.list(labels, "labels");
    presentedAt = Checks.slugs(presentedAt, "presentedAt");
  }
}
