package org.hrcg.service;

import java.util.Objects;
import org.springframework.http.HttpMethod;

/**
 * Who may make a request: one rule of a feature's {@link AccessRules}.
 *
 * @param method the HTTP method, or null for every method
 * @param path a path pattern ({@code /sparql}, {@code /api/case-studies/*})
 * @param access who may
 */
public record AccessRule(HttpMethod method, String path, Access access) {

  public AccessRule {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path: must start with '/', was '" + path + "'");
    }
  }

  /** Anyone may, without credentials. */
  public static AccessRule read(HttpMethod method, String path) {
    return new AccessRule(Objects.requireNonNull(method, "method"), path, Access.READ);
  }

  /** Only the admin may, with any method. */
  public static AccessRule admin(String path) {
    return new AccessRule(null, path, Access.ADMIN);
  }

  /** Who may make a request. */
  public enum Access {
    /** Anyone; also open to cross-origin requests. */
    READ,
    /** A contributor (the handler checks which case studies are theirs) or the admin. */
    CONTRIBUTOR,
    /** The admin only. */
    ADMIN
  }
}
