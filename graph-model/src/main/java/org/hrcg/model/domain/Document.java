package org.hrcg.model.domain;

import java.util.List;

/**
 * A framework, guide or report that the source talks about (not the source itself, which is the
 * {@link CaseStudy}).
 *
 * @param slug names the document
 * @param labels its names, language-tagged
 * @param description what it is, or null
 * @param pillars slugs of the pillars (pillar scheme) it sets out
 * @param presentedAt slugs of the events at which it was presented
 */
public record Document(
    String slug,
    List<LangString> labels,
    LangString description,
    List<String> pillars,
    List<String> presentedAt) {

  public Document {
    Checks.slug(slug, "slug");
    labels = Checks.list(labels, "labels");
    pillars = Checks.slugs(pillars, "pillars");
    presentedAt = Checks.slugs(presentedAt, "presentedAt");
  }
}
