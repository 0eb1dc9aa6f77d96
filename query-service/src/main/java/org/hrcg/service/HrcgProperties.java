package org.hrcg.service;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings, under {@code hrcg.}; see {@code docs/service.md}.
 *
 * @param store the TDB2 directory of the store, created if missing
 * @param dataDir the case studies loaded into the store when it holds no data graph at startup
 * @param baseIri the base of resource and graph IRIs
 * @param adminPassword the password of the user {@code admin}, who may do every write; without one
 *     the service is read-only. Also read from the environment variable {@code
 *     HRCG_ADMIN_PASSWORD}.
 * @param contributors a file of contributor credentials (see {@code docs/service.md}), or none
 * @param limits the limits on queries and requests
 */
@ConfigurationProperties("hrcg")
public record HrcgProperties(
    @DefaultValue("store") String store,
    @DefaultValue("data") Path dataDir,
    @DefaultValue("https://w3id.org/hrcg/") String baseIri,
    String adminPassword,
    Path contributors,
    @DefaultValue Limits limits) {

  /** Whether no admin password is set, so that nothing may be written. */
  public boolean readOnly() {
    return adminPassword == null || adminPassword.isEmpty();
  }

  /** Never prints the password: settings end up in logs and failure reports. */
  @Override
  public String toString() {
    return "HrcgProperties[store="
        + store
        + ", dataDir="
        + dataDir
        + ", baseIri="
        + baseIri
        + ", adminPassword="
        + (readOnly() ? "(none)" : "(set)")
        + ", contributors="
        + contributors
        + ", limits="
        + limits
        + "]";
  }

  /**
   * The limits on queries and requests ({@code hrcg.limits.*}): query timeout, result rows, request
   * size, concurrency and queue, federation. Each limit is a component of this record with its
   * default, and is enforced in the {@code sparql} package.
   */
  public record Limits() {}
}
