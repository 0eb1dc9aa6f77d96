package org.hrcg.service.sparql.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What operators see of the cache of answers at {@code /actuator/prometheus}:
 *
 * <ul>
 *   <li>{@code hrcg_sparql_cache_requests_total} by {@code result}: {@code hit} (answered from the
 *       cache), {@code miss} (the query ran, and its answer may be kept), {@code bypass} (the query
 *       ran, and its answer is never kept), {@code not-modified} (answered {@code 304});
 *   <li>{@code hrcg_sparql_cache_entries} and {@code hrcg_sparql_cache_size_bytes}: the answers
 *       held now, and their bytes;
 *   <li>{@code hrcg_sparql_cache_evictions_total}: answers dropped to keep the bounds;
 *   <li>{@code hrcg_sparql_cache_invalidations_total}: times a new revision of the store dropped
 *       every answer held.
 * </ul>
 *
 * Every series exists from the start, at zero.
 */
final class CacheMetrics {

  static final String REQUESTS = "hrcg.sparql.cache.requests";

  /** How the cache took part in a query request. */
  enum Result {
    HIT,
    MISS,
    BYPASS,
    NOT_MODIFIED;

    /** The tag of metrics, and the value of the {@code X-Cache} header. */
    String tag() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Map<Result, Counter> requests = new EnumMap<>(Result.class);

  CacheMetrics(MeterRegistry registry, ResultCache cache) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(cache, "cache");
    for (Result result : Result.values()) {
      requests.put(
          result,
          Counter.builder(REQUESTS)
              .description("SPARQL query requests, by what the cache of answers did for them")
              .tag("result", result.tag())
              .register(registry));
    }
    Gauge.builder("hrcg.sparql.cache.entries", cache, ResultCache::entries)
        .description("Answers held in the cache")
        .register(registry);
    Gauge.builder("hrcg.sparql.cache.size", cache, ResultCache::bytes)
        .description("Bytes of the answers held in the cache")
        .baseUnit("bytes")
        .register(registry);
    FunctionCounter.builder("hrcg.sparql.cache.evictions", cache, ResultCache::evictions)
        .description("Answers dropped from the cache to keep its bounds")
        .register(registry);
    FunctionCounter.builder("hrcg.sparql.cache.invalidations", cache, ResultCache::invalidations)
        .description("Times a new revision of the store dropped every answer held")
        .register(registry);
  }

  void count(Result result) {
    requests.get(result).increment();
  }
}
