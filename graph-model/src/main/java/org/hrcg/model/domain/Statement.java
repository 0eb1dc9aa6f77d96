package org.hrcg.model.domain;

import java.util.List;

/**
 * Something said in the source: a speaker's quoted words, or a joint statement about several
 * territories (then with a description and no quote).
 *
 * @param slug names the statement
 * @param labels its names, language-tagged
 * @param description what was said, in the source's words or a summary, or null
 * @param quote the quoted words in their language, or null
 * @param speaker slug of the actor who said it, or null
 * @param madeAt slug of the event at which it was said, or null
 * @param territories slugs of the territories it concerns
 * @param advantages slugs of the comparative advantages (advantage scheme) it names
 * @param challenges slugs of the challenges (challenge scheme) it names
 */
public record Statement(
    String slug,
    List<LangString> labels,
    LangString description,
    LangString quote,
    String speaker,
    String madeAt,
    List<String> territories,
    List<String> advantages,
    List<String> challenges) {

  public Statement {
    Checks.slug(slug, "slug");
    labels = Checks.list(labels, "labels");
    Checks.optionalSlug(speaker, "speaker");
    Checks.optionalSlug(madeAt, "madeAt");
    territories = Checks.slugs(territories, "territories");
    advantages = Checks.slugs(advantages, "advantages");
    challenges = Checks.slugs(challenges, "challenges");
  }
}
