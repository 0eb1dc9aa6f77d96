package org.hrcg.service;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The roles of authenticated users, as Spring Security authorities name them. */
public final class Roles {

  /** The name of the one user who holds {@link #ADMIN}. */
  public static final String ADMIN_USER = "admin";

  /** May do every write. */
  public static final String ADMIN = "ROLE_ADMIN";

  /** May submit and withdraw the case studies the contributors file assigns to them. */
  public static final String CONTRIBUTOR = "ROLE_CONTRIBUTOR";

  private Roles() {}

  /** Whether the user of the current request holds a role. */
  public static boolean currentUserHas(String role) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null
        && authentication.isAuthenticated()
        && authentication.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
  }
}
