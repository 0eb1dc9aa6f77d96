package org.hrcg.model.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting, dialogue, forum or workshop.
 *
 * @param slug names the event
 * @param labels its names, language-tagged
 * @param description what it was about, or null
 * @param startDate the day it began, or null
 * @param venue the name of the building or site where it took place, or null
 * @param territory slug of the territory where it took place, or null
 * @param participants slugs of the actors that took part
 * @param advantages slugs of the comparative advantages (advantage scheme) named at it
 * @param challenges slugs of the challenges (challenge scheme) named at it
 */
public record Event(
    String slug,
    List<LangString> labels,
    LangString description,
    LocalDate startDate,
    LangString venue,
    String territory,
    List<String> participants,
    List<String> advantages,
    List<String> challenges) {

  public Event {
    Checks.slug(slug, "slug");
    labels = Checks.list(labels, "labels");
    Checks.optionalSlug(territory, "territory");
    participants = Checks.slugs(participants, "participants");
    advantages = Checks.slugs(advantages, "advantages");
    challenges = Checks.slugs(challenges, "challenges");
  }
}
