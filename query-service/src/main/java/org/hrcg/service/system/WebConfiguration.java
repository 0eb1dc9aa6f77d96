package org.hrcg.service.system;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.RemoteStore;
import org.hrcg.model.store.StoreFault;
import org.hrcg.model.store.TdbStore;
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

  /**
   * The store answers: {@code /actuator/health} reports it (component {@code store}) with its
   * revision, whether it is the embedded TDB2 store or a remote one (then with its URL and how long
   * it took to answer), details that only the admin sees. An embedded store also says its
   * directory, the space left on that directory's file system, and whether it is served read-only
   * ({@code readOnly}, and then {@code reason} and {@code cause}): a read-only store, or a full
   * disk, leaves the service {@code UP}, since it still answers every read.
   */
  @Bean
  HealthIndicator storeHealthIndicator(GraphStore store) {
    String mode = store instanceof RemoteStore ? "remote" : "embedded";
    return () -> {
      Health.Builder health = Health.unknown().withDetail("mode", mode);
      if (store instanceof RemoteStore remote) {
        health.withDetail("location", remote.location());
      }
      long start = System.nanoTime();
      try {
        long revision = store.revision();
        health.up().withDetail("revision", revision);
        if (store instanceof RemoteStore) {
          health
              .withDetail("reachable", true)
              .withDetail("responseMillis", (System.nanoTime() - start) / 1_000_000);
        }
        if (store instanceof TdbStore tdb) {
          embedded(health, tdb);
        }
        return health.build();
      } catch (RuntimeException e) {
        if (store instanceof RemoteStore) {
          health.withDetail("reachable", false);
        }
        return health.down(e).build();
      }
    };
  }

  private static void embedded(Health.Builder health, TdbStore store) {
    health.withDetail("location", store.location().toString());
    Optional<StoreFault> readOnly = store.readOnly();
    health.withDetail("readOnly", readOnly.isPresent());
    readOnly.ifPresent(
        fault ->
            health.withDetail("reason", fault.kind().tag()).withDetail("cause", fault.cause()));
    try {
      health.withDetail("diskFreeBytes", Files.getFileStore(store.location()).getUsableSpace());
    } catch (IOException e) {
      // Not knowing the space left is no reason to report the store as down.
    }
  }
}
