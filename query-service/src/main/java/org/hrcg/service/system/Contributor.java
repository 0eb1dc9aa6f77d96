package org.hrcg.service.system;

import java.util.Objects;
import java.util.Set;

/**
 * A contributor: a city network that an operator has issued credentials to.
 *
 * @param name the user name they authenticate with
 * @param passwordHash the BCrypt hash of their password
 * @param caseStudies the slugs of the case studies they may submit and withdraw
 */
public record Contributor(String name, String passwordHash, Set<String> caseStudies) {

  public Contributor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(passwordHash, "passwordHash");
    caseStudies = Set.copyOf(Objects.requireNonNull(caseStudies, "caseStudies"));
  }

  /** Whether this contributor may submit or withdraw the case study with this slug. */
  public boolean owns(String slug) {
    return caseStudies.contains(slug);
  }

  /** Never prints the hash. */
  @Override
  public String toString() {
    return "Contributor[" + name + ", " + caseStudies + "]";
  }
}
