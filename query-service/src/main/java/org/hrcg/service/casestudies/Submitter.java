package org.hrcg.service.casestudies;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who submits or withdraws: the admin, who may write every case study, or a contributor, who may
 * write the case studies the contributors file assigns to them.
 *
 * @param name the user name
 * @param admin whether the user is the admin
 * @param caseStudies the slugs a contributor may write; empty for the admin, who needs none
 */
record Submitter(String name, boolean admin, Set<String> caseStudies) {

  Submitter {
    Objects.requireNonNull(name, "name");
    caseStudies = Set.copyOf(Objects.requireNonNull(caseStudies, "caseStudies"));
  }

  /** The admin. */
  static Submitter admin(String name) {
    return new Submitter(name, true, Set.of());
  }

  /** A contributor with their case studies. */
  static Submitter contributor(String name, Set<String> caseStudies) {
    return new Submitter(name, false, caseStudies);
  }

  /** Whether this user may submit or withdraw the case study with this slug. */
  boolean mayWrite(String slug) {
    return admin || caseStudies.contains(slug);
  }

  /** The slugs a contributor may write, in order, for messages. */
  Set<String> sortedCaseStudies() {
    return new TreeSet<>(caseStudies);
  }
}
