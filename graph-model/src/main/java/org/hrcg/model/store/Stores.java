package org.hrcg.model.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.hrcg.model.iri.IriMinter;

/**
 * Opens a store from where it is: the URL of a remote SPARQL 1.1 dataset ({@code http://} or {@code
 * https://}) gives a {@link RemoteStore}, anything else names a TDB2 directory and gives a {@link
 * TdbStore}.
 *
 * <pre>{@code
 * try (GraphStore store = Stores.open("http://localhost:3030/hrcg", credentials)) { ... }
 * }</pre>
 */
public final class Stores {

  private Stores() {}

  /** Whether the location is the URL of a remote store rather than a directory. */
  public static boolean isRemote(String location) {
    Objects.requireNonNull(location, "location");
    String lower = location.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * Opens the store at a location, setting it up if it is new, with the published base.
   *
   * @param credentials HTTP Basic credentials for a remote store, or null; ignored for a directory
   */
  public static GraphStore open(String location, StoreCredentials credentials) {
    return open(location, credentials, IriMinter.defaults());
  }

  /**
   * Opens the store at a location, setting it up if it is new, with graph IRIs under a base.
   *
   * @param credentials HTTP Basic credentials for a remote store, or null; ignored for a directory
   * @throws IllegalArgumentException for a URL that is not http or https
   * @throws RemoteStoreException if a remote store cannot be reached or refuses
   */
  public static GraphStore open(String location, StoreCredentials credentials, IriMinter minter) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(minter, "minter");
    if (isRemote(location)) {
      return RemoteStore.builder(location).credentials(credentials).minter(minter).build();
    }
    if (location.contains("://")) {
      throw new IllegalArgumentException(
          "store location '"
              + location.substring(0, location.indexOf("://"))
              + "://...': a remote store's URL must be http or https");
    }
    return TdbStore.open(Path.of(location), minter);
  }
}
