package org.hrcg.service.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.StoreCredentials;
import org.hrcg.model.store.StoreFault;
import org.hrcg.model.store.StoreFaultException;
import org.hrcg.model.store.Stores;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.HrcgProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store's lifecycle: opened once when the service starts (loaded with the data folder when it
 * holds no data graph, before any request is served), closed when the service stops. {@code
 * hrcg.store} names a TDB2 directory (the embedded store) or the URL of a remote SPARQL 1.1 dataset
 * (see {@code docs/deployment.md}), reached with the HTTP Basic credentials of {@code
 * hrcg.store-user} and {@code hrcg.store-password} or {@code hrcg.store-password-file}, if any.
 *
 * <p>A store directory this process may read but not write is served read-only, from a private copy
 * ({@link TdbStore#openReadOnly}), said in one line at {@code WARN}; every write is then refused
 * ({@link org.hrcg.service.StoreFaults}). A directory that cannot even be read or created, or that
 * has no room to be set up, stops the service once with a plain message ({@link
 * StoreFailureAnalyzer}) and the exit status {@value StoreUnavailableException#EXIT_CODE}.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(StoreConfiguration.class);

  @Bean(destroyMethod = "close")
  GraphStore store(HrcgProperties properties) {
    String location = properties.store();
    IriMinter minter = new IriMinter(properties.baseIri());
    boolean remote = Stores.isRemote(location);
    StoreCredentials credentials = remote ? credentials(properties) : null;
    if (!remote && hasCredentials(properties)) {
      LOG.warn("hrcg.store-user and the store password are for a remote store: ignored");
    }
    long start = System.nanoTime();
    GraphStore store;
    try {
      store = Stores.open(location, credentials, minter);
      LOG.info(
          "store {} ({}{}) open in {} ms at revision {}",
          remote ? location : Path.of(location).toAbsolutePath().normalize(),
          remote ? "remote SPARQL 1.1 dataset" : "embedded TDB2",
          credentials != null ? ", as " + credentials.user() : "",
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
          store.revision());
    } catch (StoreFaultException e) {
      store = readOnly(Path.of(location), minter, e);
    }
    try {
      new InitialLoad(properties.dataDir(), minter).loadIfEmpty(store);
    } catch (StoreFaultException e) {
      store.close();
      throw new StoreUnavailableException(
          e.fault(),
          e.getMessage() + ": the data in " + properties.dataDir() + " was not loaded",
          e);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  /**
   * The store in a directory this process may read but not write, opened read-only from a copy;
   * anything else that keeps the directory from opening stops the service.
   *
   * @throws StoreUnavailableException if the store cannot be opened even for reading
   */
  private static TdbStore readOnly(Path directory, IriMinter minter, StoreFaultException refused) {
    StoreFault fault = refused.fault();
    if (fault.kind() != StoreFault.Kind.READ_ONLY || !Files.isDirectory(directory)) {
      throw new StoreUnavailableException(fault, refused.getMessage(), refused);
    }
    long start = System.nanoTime();
    TdbStore store;
    try {
      store = TdbStore.openReadOnly(directory, minter, fault);
    } catch (StoreFaultException e) {
      throw new StoreUnavailableException(
          e.fault(),
          refused.getMessage() + ", and cannot be served read-only: " + e.fault().cause(),
          e);
    }
    LOG.warn(
        "{}: serving a read-only copy of it (in {}, opened in {} ms) at revision {}; every write"
            + " is refused with 503 ({}) until the service is restarted with write access",
        refused.getMessage(),
        store.copy().orElseThrow(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
        store.revision(),
        fault.kind().tag());
    return store;
  }

  private static boolean hasCredentials(HrcgProperties properties) {
    return present(properties.storeUser())
        || present(properties.storePassword())
        || properties.storePasswordFile() != null;
  }

  /**
   * The remote store's credentials, or null for none.
   *
   * @throws IllegalArgumentException when a user has no password or a password no user
   */
  static StoreCredentials credentials(HrcgProperties properties) {
    String user = properties.storeUser();
    String password =
        properties.storePasswordFile() != null
            ? firstLine(properties.storePasswordFile())
            : properties.storePassword();
    if (!present(user) && !present(password)) {
      return null;
    }
    if (!present(user)) {
      throw new IllegalArgumentException(
          "a password for the store is given but no user: set hrcg.store-user (HRCG_STORE_USER)");
    }
    if (!present(password)) {
      throw new IllegalArgumentException(
          "the store user '"
              + user
              + "' has no password: set hrcg.store-password (HRCG_STORE_PASSWORD) or"
              + " hrcg.store-password-file");
    }
    return new StoreCredentials(user, password);
  }

  private static String firstLine(Path file) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.findFirst().orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException("hrcg.store-password-file " + file + ": cannot read it", e);
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }
}
