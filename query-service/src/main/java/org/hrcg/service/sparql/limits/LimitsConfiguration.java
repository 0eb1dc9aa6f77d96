package org.hrcg.service.sparql.limits;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.RemoteStore;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.sparql.SparqlConfiguration;
import org.hrcg.service.sparql.SparqlEndpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The limits on the SPARQL protocols ({@code hrcg.limits.*}, see {@code docs/security.md}).
 *
 * <p>Filters on the protocol paths, between the routing filter and Fuseki's, in this order: the
 * request size ({@link RequestSizeFilter}), so that nothing large is queued or parsed; the queue
 * ({@link AdmissionFilter}), so that parsing a query is part of its turn; URLs the server would
 * fetch ({@link RemoteAccessFilter}); and the marks of cut results ({@link ResultMarking}). Queries
 * run in {@link LimitedQuery}, which the dataset's operation registry uses for the query operation.
 *
 * <p>Process-wide guards are set when this configuration starts: regular expressions in queries
 * stop with the query ({@link RegexGuard}); the embedded store's query context allows {@code
 * SERVICE} only to the allowed endpoints (none by default), and JSON-LD fetches no remote context
 * ({@link JsonLdFetchGuard}). On a remote store, queries run there ({@link RemoteQuery}), after the
 * same checks.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(LimitsConfiguration.class);

  static final int SIZE_ORDER = SparqlConfiguration.ROUTING_ORDER + 10;
  static final int ADMISSION_ORDER = SparqlConfiguration.ROUTING_ORDER + 20;
  static final int REMOTE_ACCESS_ORDER = SparqlConfiguration.ROUTING_ORDER + 30;
  static final int MARKING_ORDER = SparqlConfiguration.ROUTING_ORDER + 40;

  LimitsConfiguration(HrcgProperties properties) {
    JsonLdFetchGuard.install();
    RegexGuard.install(properties.limits().queryTimeout());
  }

  @Bean
  SparqlMetrics sparqlMetrics(MeterRegistry registry) {
    return new SparqlMetrics(registry);
  }

  @Bean
  ServiceAllowlist serviceAllowlist(HrcgProperties properties, GraphStore store) {
    ServiceAllowlist allowlist = new ServiceAllowlist(properties.limits().serviceAllowlist());
    if (store instanceof TdbStore tdb) {
      // A remote store runs queries itself: SERVICE is refused before a query is sent there.
      allowlist.configure(tdb.datasetGraph().getContext());
    }
    return allowlist;
  }

  @Bean
  KnownHeavyQueries knownHeavyQueries() {
    return new KnownHeavyQueries();
  }

  @Bean
  Admission queryAdmission(HrcgProperties properties, SparqlMetrics metrics) {
    HrcgProperties.Limits limits = properties.limits();
    Admission admission =
        new Admission(limits.concurrentQueries(), limits.queueSize(), limits.queueWait());
    metrics.occupancy(admission);
    LOG.info(
        "limits: {} queries at once, {} more waiting up to {}, timeout {}, {} rows, requests up to"
            + " {}, uploads up to {}, SERVICE to {}",
        admission.workers(),
        admission.queueSize(),
        Units.duration(admission.queueWait()),
        Units.duration(limits.queryTimeout()),
        limits.maxResultRows(),
        Units.bytes(limits.maxRequestSize().toBytes()),
        Units.bytes(limits.maxUploadSize().toBytes()),
        limits.serviceAllowlist().isEmpty() ? "no endpoint" : limits.serviceAllowlist());
    return admission;
  }

  /** Queries on the embedded dataset, or sent to the remote store ({@link RemoteQuery}). */
  @Bean(destroyMethod = "close")
  LimitedQuery limitedQuery(
      HrcgProperties properties,
      ServiceAllowlist allowlist,
      KnownHeavyQueries known,
      SparqlMetrics metrics,
      GraphStore store) {
    if (store instanceof RemoteStore remote) {
      return new RemoteQuery(properties.limits(), allowlist, metrics, known, remote);
    }
    return new LimitedQuery(properties.limits(), allowlist, known, metrics);
  }

  @Bean
  FilterRegistrationBean<RequestSizeFilter> requestSizeLimit(
      HrcgProperties properties, SparqlMetrics metrics) {
    HrcgProperties.Limits limits = properties.limits();
    return register(
        new RequestSizeFilter(
            limits.maxRequestSize().toBytes(), limits.maxUploadSize().toBytes(), metrics),
        SIZE_ORDER);
  }

  @Bean
  FilterRegistrationBean<RemoteAccessFilter> remoteAccessLimit(
      ServiceAllowlist allowlist, SparqlMetrics metrics) {
    return register(new RemoteAccessFilter(allowlist, metrics), REMOTE_ACCESS_ORDER);
  }

  @Bean
  FilterRegistrationBean<ResultMarking> resultMarking() {
    return register(new ResultMarking(), MARKING_ORDER);
  }

  @Bean
  FilterRegistrationBean<AdmissionFilter> admissionLimit(
      Admission queryAdmission,
      HrcgProperties properties,
      KnownHeavyQueries known,
      SparqlMetrics metrics) {
    HrcgProperties.Limits limits = properties.limits();
    Admission heavy =
        new Admission(limits.heavyConcurrentQueries(), limits.queueSize(), limits.queueWait());
    LOG.info(
        "limits: heavy queries {} at once, timeout {}; a query that runs longer than {} moves to"
            + " their lane",
        heavy.workers(),
        Units.duration(limits.heavyTimeout()),
        Units.duration(limits.heavyAfter()));
    return register(new AdmissionFilter(queryAdmission, heavy, known, metrics), ADMISSION_ORDER);
  }

  /**
   * A query in a URL longer than the container reads gets a problem body too. Tomcat only: the
   * container that the web starter brings.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
  static class TomcatLimits {

    @Bean
    OversizedRequests oversizedRequests(
        Environment environment, HrcgProperties properties, SparqlMetrics metrics) {
      DataSize header =
          environment.getProperty(
              "server.max-http-request-header-size", DataSize.class, DataSize.ofKilobytes(8));
      return new OversizedRequests(
          header.toBytes(), properties.limits().maxRequestSize().toBytes(), metrics);
    }
  }

  /** Installs the valve after Spring Boot has installed its own, so that it replaces it. */
  record OversizedRequests(long maxHeaderBytes, long maxRequestBytes, SparqlMetrics metrics)
      implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
      factory.addContextCustomizers(
          context ->
              new OversizedRequestValve(maxHeaderBytes, maxRequestBytes, metrics).install(context));
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }

  private static <F extends Filter> FilterRegistrationBean<F> register(F filter, int order) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns(SparqlEndpoints.paths());
    registration.setOrder(order);
    return registration;
  }
}
