package org.hrcg.service.sparql.cache;

import io.micrometer.core.instrument.MeterRegistry;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.sparql.SparqlConfiguration;
import org.hrcg.service.sparql.SparqlEndpoints;
import org.hrcg.service.sparql.limits.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cache of SPARQL answers ({@code hrcg.cache.*}, on unless {@code hrcg.cache.enabled} is
 * false): {@link ResultCacheFilter} on {@code /sparql}, after the request-size limit and the check
 * of the body's media type, which it relies on, and before the queue, so that an answer from the
 * cache waits for no turn, in the heavy queries' lane or the other.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    prefix = "hrcg.cache",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
class ResultCacheConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(ResultCacheConfiguration.class);

  /** After the request-size limit (+10) and the body's media type (+15), before the queue (+20). */
  static final int ORDER = SparqlConfiguration.ROUTING_ORDER + 17;

  @Bean
  ResultCache resultCache(HrcgProperties properties) {
    HrcgProperties.Cache settings = properties.cache();
    ResultCache cache =
        new ResultCache(
            settings.maxEntries(), settings.maxSize().toBytes(), settings.maxEntrySize().toBytes());
    LOG.info(
        "result cache: up to {} answers and {}, each up to {}; answers follow the store's revision",
        cache.maxEntries(),
        Units.bytes(cache.maxBytes()),
        Units.bytes(cache.maxEntryBytes()));
    return cache;
  }

  @Bean
  CacheMetrics resultCacheMetrics(MeterRegistry registry, ResultCache cache) {
    return new CacheMetrics(registry, cache);
  }

  @Bean
  FilterRegistrationBean<ResultCacheFilter> resultCacheFilter(
      ResultCache cache, CacheMetrics metrics, GraphStore store, HrcgProperties properties) {
    FilterRegistrationBean<ResultCacheFilter> registration =
        new FilterRegistrationBean<>(
            new ResultCacheFilter(
                cache, store::revision, metrics, properties.limits().maxResultRows()));
    registration.addUrlPatterns(SparqlEndpoints.QUERY);
    registration.setOrder(ORDER);
    return registration;
  }
}
