package org.hrcg.service.system;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link SecurityHeaders} for every request, its forwards and its error page. */
@Configuration(proxyBeanMethods = false)
class SecurityHeadersConfiguration {

  /** Right after the request log and before security, which may answer on its own. */
  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    FilterRegistrationBean<SecurityHeaders> registration =
        new FilterRegistrationBean<>(new SecurityHeaders());
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(
        DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
