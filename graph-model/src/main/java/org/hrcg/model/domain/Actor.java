package org.hrcg.model.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person, local government or other organization.
 *
 * @param slug names the actor
 * @param labels its names, language-tagged
 * @param type what kind of actor it is
 * @param territory slug of the territory where it is, or null
 * @param memberOf slugs of the organizations it is a member of
 * @param governs slugs of the territories it governs; only a local government governs
 * @param roles the roles a person holds; only a person holds roles, each role once
 */
public record Actor(
    String slug,
    List<LangString> labels,
    Type type,
    String territory,
    List<String> memberOf,
    List<String> governs,
    List<Membership> roles) {

  /** What kind of actor it is. */
  public enum Type {
    LOCAL_GOVERNMENT,
    ORGANIZATION,
    PERSON
  }

  public Actor {
    Checks.slug(slug, "slug");
    labels = Checks.list(labels, "labels");
    Objects.requireNonNull(type, "type");
    Checks.optionalSlug(territory, "territory");
    memberOf = Checks.slugs(memberOf, "memberOf");
    governs = Checks.slugs(governs, "governs");
    roles = Checks.list(roles, "roles");
    if (!governs.isEmpty() && type != Type.LOCAL_GOVERNMENT) {
      throw new IllegalArgumentException(
          "governs: actor '" + slug + "' is a " + type + "; only a local government governs");
    }
    if (!roles.isEmpty() && type != Type.PERSON) {
      throw new IllegalArgumentException(
          "roles: actor '" + slug + "' is a " + type + "; only a person holds roles");
    }
    // A membership's IRI is minted from the person and the role, so one person cannot hold the
    // same role twice.
    Set<String> seen = new HashSet<>();
    for (Membership role : roles) {
      if (!seen.add(role.role())) {
        throw new IllegalArgumentException(
            "roles: person '" + slug + "' holds role '" + role.role() + "' more than once");
      }
    }
  }

  /** An actor with a slug, an English label and a type only. */
  public static Actor of(String slug, String englishLabel, Type type) {
    return new Actor(
        slug, List.of(LangString.en(englishLabel)), type, null, List.of(), List.of(), List.of());
  }
}
