package org.hrcg.model.store;

import java.util.Objects;

/**
 * HTTP Basic credentials for a remote store. {@link #toString()} never shows the password, so that
 * the credentials can be logged and put in messages by mistake without leaking it.
 *
 * @param user the user name, not blank and without {@code :}
 * @param password the password
 */
public record StoreCredentials(String user, String password) {

  public StoreCredentials {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (user.isBlank()) {
      throw new IllegalArgumentException("user: must not be blank");
    }
    if (user.contains(":")) {
      throw new IllegalArgumentException("user: must not contain ':' (HTTP Basic)");
    }
  }

  @Override
  public String toString() {
    return "StoreCredentials[user=" + user + ", password=***]";
  }
}
