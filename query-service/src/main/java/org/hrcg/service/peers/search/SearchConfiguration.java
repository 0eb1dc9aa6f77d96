package org.hrcg.service.peers.search;

import java.nio.file.Path;
import java.util.Locale;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.HrcgProperties;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The practice search and its text index, beside the store ({@code {store}-text/}); in memory for a
 * remote store, and for a store served read-only, whose directory cannot take an index beside it.
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
    return new TextIndex(store, directory);
  }

  @Bean
  PracticeSearch practiceSearch(GraphStore store, TextIndex practiceTextIndex) {
    return new PracticeSearch(store, practiceTextIndex);
  }

  /**
   * Builds (or reopens) the text index once the service is up, on a thread of its own, so that the
   * first search does not wait for it; a search that comes first waits for this build.
   */
  @Bean
  ApplicationListener<ApplicationReadyEvent> textIndexAtStartup(TextIndex practiceTextIndex) {
    return event -> {
      Thread builder =
          new Thread(
              () -> {
                try {
                  practiceTextIndex.warm();
                } catch (RuntimeException e) {
                  LoggerFactory.getLogger(TextIndex.class)
                      .warn("the text index could not be built at startup; searches will retry", e);
                }
              },
              "hrcg-text-index");
      builder.setDaemon(true);
      builder.start();
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
