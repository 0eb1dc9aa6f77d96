package org.hrcg.service.home;

import org.hrcg.service.sparql.SparqlConfiguration;
import org.hrcg.service.sparql.SparqlEndpoints;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query editor on the SPARQL endpoint's own URL, for browsers. */
@Configuration(proxyBeanMethods = false)
class HomeConfiguration {

  /**
   * Before the protocol's filters, while the request still names the public path: a browser's
   * {@code GET /sparql} never reaches Fuseki or the service description.
   */
  @Bean
  FilterRegistrationBean<QueryEditorOnEndpoint> queryEditorOnEndpoint() {
    FilterRegistrationBean<QueryEditorOnEndpoint> registration =
        new FilterRegistrationBean<>(new QueryEditorOnEndpoint("/"));
    registration.addUrlPatterns(SparqlEndpoints.QUERY);
    registration.setOrder(SparqlConfiguration.ROUTING_ORDER - 1);
    return registration;
  }
}
