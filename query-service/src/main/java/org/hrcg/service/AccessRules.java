package org.hrcg.service;

import java.util.List;

/**
 * A feature's part of the security policy. Each feature package declares who may make the requests
 * it serves as a bean of this type; the {@code system} package enforces them, in bean order and the
 * first matching rule wins, before its defaults: {@code GET}, {@code HEAD} and {@code OPTIONS} are
 * public, every other request is refused. Without an admin password every rule that is not {@link
 * AccessRule.Access#READ} refuses.
 */
@FunctionalInterface
public interface AccessRules {

  /** The rules, most specific first. */
  List<AccessRule> rules();
}
