package org.hrcg.model.domain;

/**
 * A role a person holds in an organization, such as mayor of a city's local government.
 *
 * @param role slug of a concept of the role scheme, such as {@code mayor}
 * @param organization slug of the actor (organization or local government) the role is held in, or
 *     null when the source names the role but not the body that holds it
 */
public record Membership(String role, String organization) {

  public Membership {
    Checks.slug(role, "role");
    Checks.optionalSlug(organization, "organization");
  }
}
