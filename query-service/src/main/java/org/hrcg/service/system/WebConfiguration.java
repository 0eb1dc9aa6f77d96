package org.hrcg.service.system;

import org.hrcg.model.store.GraphStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** What every request passes through, and the store's health. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

  /** First of all filters, so that the time and status include security's answers. */
  @Bean
  FilterRegistrationBean<RequestLog> requestLog() {
    FilterRegistrationBean<RequestLog> registration =
        new FilterRegistrationBean<>(new RequestLog());
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The store answers: {@code /actuator/health} reports it with its revision. */
  @Bean
  HealthIndicator storeHealth(GraphStore store) {
    return () -> {
      try {
        return Health.up().withDetail("revision", store.revision()).build();
      } catch (RuntimeException e) {
        return Health.down(e).build();
      }
    };
  }
}
