package org.hrcg.service.peers.search;

import java.nio.file.Path;
import java.util.Locale;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.peers.IndexBuilds;
import org.hrcg.service.peers.PeerIndexes;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The practice search, which answers from the peers index's {@link
 * org.hrcg.service.peers.PracticeTable}, and its text index, beside the store ({@code
 * {store}-text/}); in memory for a remote store, and for a store served read-only, whose directory
 * cannot take an index beside it.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean(destroyMethod = "close")
  TextIndex practiceTextIndex(GraphStore store, HrcgProperties properties) {
    if (store.readOnly().isPresent()) {
      LoggerFactory.getLogger(TextIndex.class)
          .info(
              "text search on a read-only store: the index of /api/practices?q= is kept in memory,"
                  + " built from the store at startup");
      return new TextIndex(store, null);
    }
    Path directory = directory(properties.store());
    if (directory == null) {
      LoggerFactory.getLogger(TextIndex.class)
          .warn(
              "text search on a remote store: the index of /api/practices?q= is kept in memory,"
                  + " built from the store at startup and again after every write, which the"
                  + " first search after it waits for (docs/deployment.md)");
    }
    return new TextIndex(store, directory, properties.limits().indexWait());
  }

  @Bean
  PracticeSearch practiceSearch(
      GraphStore store,
      PeerIndexes peerIndexes,
      TextIndex practiceTextIndex,
      HrcgProperties properties) {
    return new PracticeSearch(
        store, peerIndexes, practiceTextIndex, properties.limits().searchTimeout());
  }

  /**
   * Builds (or reopens) the text index once the service is up, on a thread of its own, so that the
   * first search does not wait for it; a search that comes first waits for this build.
   */
  @Bean
  ApplicationListener<ApplicationReadyEvent> textIndexAtStartup(TextIndex practiceTextIndex) {
    return event ->
        IndexBuilds.start(
            "text index", practiceTextIndex::warm, LoggerFactory.getLogger(TextIndex.class));
  }

  /**
   * Whether the service's indexes are ready ({@code indexes} in {@code /actuator/health} and in its
   * readiness group): {@code OUT_OF_SERVICE} until the peers index (with the practice search's
   * table) and the text index have first been built, {@code UP} after. The admin also sees the
   * revision each was built at.
   */
  @Bean
  HealthIndicator indexesHealthIndicator(PeerIndexes peerIndexes, TextIndex practiceTextIndex) {
    return () -> {
      long peers = peerIndexes.revision();
      long text = practiceTextIndex.revision();
      Health.Builder health = peers >= 0 && text >= 0 ? Health.up() : Health.outOfService();
      return health
          .withDetail("peers", peers >= 0 ? peers : "building")
          .withDetail("text", text >= 0 ? text : "building")
          .build();
    };
  }

  /** {@code {store}-text} beside a store directory; null (in memory) for a remote store. */
  static Path directory(String store) {
    String lower = store.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return null;
    }
    Path path = Path.of(store).toAbsolutePath().normalize();
    return path.resolveSibling(path.getFileName() + "-text");
  }
}
