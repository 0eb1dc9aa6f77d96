package org.hrcg.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's settings, under {@code hrcg.}; see {@code docs/service.md}.
 *
 * @param store the store: a TDB2 directory, created if missing, or the URL of a remote SPARQL 1.1
 *     dataset ({@code http://host:3030/hrcg}, see {@code docs/deployment.md})
 * @param storeUser the user of a remote store's HTTP Basic authentication, or none. Also read from
 *     the environment variable {@code HRCG_STORE_USER}.
 * @param storePassword that user's password. Also read from the environment variable {@code
 *     HRCG_STORE_PASSWORD}.
 * @param storePasswordFile a file whose first line is that password, instead of {@code
 *     storePassword}
 * @param dataDir the case studies loaded into the store when it holds no data graph at startup
 * @param baseIri the base of resource and graph IRIs
 * @param adminPassword the password of the user {@code admin}, who may do every write; without one
 *     the service is read-only. Also read from the environment variable {@code
 *     HRCG_ADMIN_PASSWORD}.
 * @param contributors a file of contributor credentials (see {@code docs/service.md}), or none
 * @param limits the limits on queries and requests
 * @param cache the cache of SPARQL answers
 */
@ConfigurationProperties("hrcg")
public record HrcgProperties(
    @DefaultValue("store") String store,
    String storeUser,
    String storePassword,
    Path storePasswordFile,
    @DefaultValue("data") Path dataDir,
    @DefaultValue("https://w3id.org/hrcg/") String baseIri,
    String adminPassword,
    Path contributors,
    @DefaultValue Limits limits,
    @DefaultValue Cache cache) {

  /** Whether no admin password is set, so that nothing may be written. */
  public boolean readOnly() {
    return adminPassword == null || adminPassword.isEmpty();
  }

  /** Never prints the password: settings end up in logs and failure reports. */
  @Override
  public String toString() {
    return "HrcgProperties[store="
        + store
        + ", storeUser="
        + storeUser
        + ", storePassword="
        + (storePassword == null || storePassword.isEmpty() ? "(none)" : "(set)")
        + ", storePasswordFile="
        + storePasswordFile
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
        + ", cache="
        + cache
        + "]";
  }

  /**
   * The limits on queries and requests ({@code hrcg.limits.*}), each on by default and enforced in
   * the {@code sparql.limits} package; see {@code docs/security.md}.
   *
   * @param queryTimeout how long a query may take until its whole result is ready; a request's
   *     {@code timeout} parameter may only shorten it
   * @param maxResultRows the most rows a SELECT answer holds (a longer result is cut, and the
   *     answer says so) and the most triples of a CONSTRUCT or DESCRIBE answer
   * @param maxRequestSize the largest query or update, in the body or in the URL
   * @param maxUploadSize the largest Graph Store Protocol write or case-study upload
   * @param maxConcurrentQueries how many queries run at once; 0 for twice the processors
   * @param queueSize how many more queries may wait for their turn
   * @param queueWait how long a query waits for its turn before it is refused
   * @param serviceAllowlist the endpoints that {@code SERVICE} may call, as exact URLs; none by
   *     default, so that {@code SERVICE} is refused
   * @param heavyConcurrentQueries how many heavy queries (unbounded paths, cartesian products,
   *     scans of every triple) run at once, in a lane of their own; they also wait in a queue of
   *     their own, of {@code queueSize}, for {@code queueWait}
   * @param heavyQueryTimeout how long a heavy query may take (at most {@code queryTimeout})
   * @param searchTimeout how long a practice search ({@code /api/practices}) may take once its
   *     indexes are ready
   * @param indexWait how long a request waits for an index that is being built (the peers index
   *     before its first build ends, the text index while it is built) before it is refused
   * @param heavyAfter how long a query may run in the standard lane: one that runs longer is heavy
   *     by the data it reads, whatever its shape; it is stopped, run again from the start in the
   *     heavy lane, and sent there at once the next time it comes
   */
  public record Limits(
      @DefaultValue("30s") Duration queryTimeout,
      @DefaultValue("100000") int maxResultRows,
      @DefaultValue("1MB") DataSize maxRequestSize,
      @DefaultValue("64MB") DataSize maxUploadSize,
      @DefaultValue("0") int maxConcurrentQueries,
      @DefaultValue("64") int queueSize,
      @DefaultValue("5s") Duration queueWait,
      List<String> serviceAllowlist,
      @DefaultValue("1") int heavyConcurrentQueries,
      @DefaultValue("10s") Duration heavyQueryTimeout,
      @DefaultValue("10s") Duration searchTimeout,
      @DefaultValue("30s") Duration indexWait,
      @DefaultValue("1s") Duration heavyAfter) {

    public Limits {
      positive("query-timeout", queryTimeout);
      positive("queue-wait", queueWait);
      positive("heavy-query-timeout", heavyQueryTimeout);
      positive("search-timeout", searchTimeout);
      positive("index-wait", indexWait);
      positive("heavy-after", heavyAfter);
      if (heavyConcurrentQueries < 1) {
        throw new IllegalArgumentException(
            "hrcg.limits.heavy-concurrent-queries: must be positive, was "
                + heavyConcurrentQueries);
      }
      Objects.requireNonNull(maxRequestSize, "max-request-size");
      Objects.requireNonNull(maxUploadSize, "max-upload-size");
      if (maxResultRows < 1
          || maxRequestSize.toBytes() < 1
          || maxUploadSize.toBytes() < 1
          || maxConcurrentQueries < 0
          || queueSize < 0) {
        throw new IllegalArgumentException(
            "hrcg.limits: max-result-rows, max-request-size and max-upload-size must be positive,"
                + " max-concurrent-queries and queue-size not negative; were "
                + maxResultRows
                + ", "
                + maxRequestSize
                + ", "
                + maxUploadSize
                + ", "
                + maxConcurrentQueries
                + ", "
                + queueSize);
      }
      serviceAllowlist = serviceAllowlist == null ? List.of() : List.copyOf(serviceAllowlist);
    }

    /** How long a heavy query may run: its own limit, never more than any query's. */
    public Duration heavyTimeout() {
      return heavyQueryTimeout.compareTo(queryTimeout) < 0 ? heavyQueryTimeout : queryTimeout;
    }

    /** How many queries run at once, with 0 resolved against this machine. */
    public int concurrentQueries() {
      return maxConcurrentQueries > 0
          ? maxConcurrentQueries
          : 2 * Runtime.getRuntime().availableProcessors();
    }

    private static void positive(String name, Duration duration) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(
            "hrcg.limits." + name + ": must be positive, was " + duration);
      }
    }
  }

  /**
   * The cache of SPARQL answers ({@code hrcg.cache.*}): answers to repeated queries are served from
   * memory until the store's revision changes; see {@code docs/service.md}.
   *
   * @param enabled whether answers are cached, and queries answered by {@code GET} carry an {@code
   *     ETag}; off, {@code /sparql} answers every request by running its query
   * @param maxEntries the most answers held
   * @param maxSize the most bytes of answers held, all together
   * @param maxEntrySize the largest answer held; a larger one is sent, not kept
   */
  public record Cache(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("1000") int maxEntries,
      @DefaultValue("64MB") DataSize maxSize,
      @DefaultValue("4MB") DataSize maxEntrySize) {

    public Cache {
      Objects.requireNonNull(maxSize, "max-size");
      Objects.requireNonNull(maxEntrySize, "max-entry-size");
      if (maxEntries < 1 || maxSize.toBytes() < 1 || maxEntrySize.toBytes() < 1) {
        throw new IllegalArgumentException(
            "hrcg.cache: max-entries, max-size and max-entry-size must be positive (set"
                + " hrcg.cache.enabled=false to switch the cache off); were "
                + maxEntries
                + ", "
                + maxSize
                + ", "
                + maxEntrySize);
      }
    }
  }
}
