package org.hrcg.service.system;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.HrcgProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store's lifecycle: opened once when the service starts (loaded with the data folder when it
 * holds no data graph, before any request is served), closed when the service stops.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(StoreConfiguration.class);

  @Bean(destroyMethod = "close")
  TdbStore store(HrcgProperties properties) {
    Path directory = directory(properties.store());
    IriMinter minter = new IriMinter(properties.baseIri());
    long start = System.nanoTime();
    TdbStore store = TdbStore.open(directory, minter);
    LOG.info(
        "store {} open in {} ms at revision {}",
        directory,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
        store.revision());
    try {
      new InitialLoad(properties.dataDir(), minter).loadIfEmpty(store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /** The store's directory; a remote store is for a later version of the service. */
  static Path directory(String store) {
    String lower = store.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      throw new IllegalArgumentException(
          "hrcg.store: the service runs on an embedded TDB2 directory; a remote store ("
              + store
              + ") is not supported yet");
    }
    return Path.of(store);
  }
}
