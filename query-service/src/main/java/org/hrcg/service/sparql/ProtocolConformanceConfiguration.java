package org.hrcg.service.sparql;

import jakarta.servlet.Filter;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.HrcgProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the service does what SPARQL 1.1 Protocol, Graph Store Protocol and Service Description
 * require and the embedded Fuseki does not (docs/conformance.md): protocol filters between {@link
 * SparqlConfiguration#ROUTING_ORDER} and {@link SparqlConfiguration#FUSEKI_ORDER}, each on the
 * public paths it concerns. The W3C manifests check them ({@code W3cConformanceIT}).
 */
@Configuration(proxyBeanMethods = false)
class ProtocolConformanceConfiguration {

  static final int BODY_TYPE_ORDER = SparqlConfiguration.ROUTING_ORDER + 15;
  static final int SERVICE_DESCRIPTION_ORDER = SparqlConfiguration.ROUTING_ORDER + 25;
  static final int QUERY_REQUEST_ORDER = SparqlConfiguration.ROUTING_ORDER + 35;
  static final int GRAPH_STORE_REQUEST_ORDER = SparqlConfiguration.ROUTING_ORDER + 45;
  static final int RESPONSE_CHARSET_ORDER = SparqlConfiguration.ROUTING_ORDER + 55;

  @Bean
  FilterRegistrationBean<RequestBodyTypeFilter> requestBodyTypes() {
    return register(
        new RequestBodyTypeFilter(),
        BODY_TYPE_ORDER,
        SparqlEndpoints.QUERY,
        SparqlEndpoints.UPDATE);
  }

  @Bean
  FilterRegistrationBean<ServiceDescriptionFilter> serviceDescription(
      GraphStore store, HrcgProperties properties) {
    ServiceDescriptionFilter filter =
        new ServiceDescriptionFilter(
            () -> new ServiceDescription.Facts(!properties.readOnly(), store.graphNames()));
    return register(filter, SERVICE_DESCRIPTION_ORDER, SparqlEndpoints.QUERY);
  }

  @Bean
  FilterRegistrationBean<QueryRequestFilter> queryRequests() {
    return register(new QueryRequestFilter(), QUERY_REQUEST_ORDER, SparqlEndpoints.QUERY);
  }

  @Bean
  FilterRegistrationBean<GraphStoreRequestFilter> graphStoreRequests(GraphStore store) {
    return register(
        new GraphStoreRequestFilter(GraphStoreRequestFilter.uuidGraphs(store.minter()::graph)),
        GRAPH_STORE_REQUEST_ORDER,
        SparqlEndpoints.DATA);
  }

  @Bean
  FilterRegistrationBean<ResponseCharsetFilter> responseCharsets() {
    return register(
        new ResponseCharsetFilter(),
        RESPONSE_CHARSET_ORDER,
        SparqlEndpoints.QUERY,
        SparqlEndpoints.DATA);
  }

  private static <F extends Filter> FilterRegistrationBean<F> register(
      F filter, int order, String... paths) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns(paths);
    registration.setOrder(order);
    return registration;
  }
}
