package org.hrcg.ingest.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.RemoteStore;
import org.hrcg.model.store.StoreCredentials;
import org.hrcg.model.store.StoreFault;
import org.hrcg.model.store.StoreFaultException;
import org.hrcg.model.store.Stores;
import org.hrcg.model.store.TdbStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --store} option, shared by the commands that read or write a store: a TDB2 directory
 * or the URL of a remote SPARQL 1.1 dataset, with HTTP Basic credentials for it from {@value
 * #USER_VARIABLE} and {@value #PASSWORD_VARIABLE} (or the options that override them).
 */
final class StoreOptions {

  /** The default store: {@code ./store}, relative to the working directory. */
  static final String DEFAULT_STORE = "store";

  /** The environment variable that names the remote store's user. */
  static final String USER_VARIABLE = "HRCG_STORE_USER";

  /** The environment variable that holds the remote store's password. */
  static final String PASSWORD_VARIABLE = "HRCG_STORE_PASSWORD";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--store",
      paramLabel = "DIR|URL",
      defaultValue = DEFAULT_STORE,
      description =
          "The store: a TDB2 directory (default: ${DEFAULT-VALUE}) or the URL of a remote SPARQL"
              + " 1.1 dataset, such as http://localhost:3030/hrcg.")
  String store;

  @Option(
      names = "--store-user",
      paramLabel = "NAME",
      description =
          "The user for a remote store's HTTP Basic authentication (default: $"
              + USER_VARIABLE
              + "); the password comes from $"
              + PASSWORD_VARIABLE
              + " or --store-password-file.")
  String user;

  @Option(
      names = "--store-password-file",
      paramLabel = "FILE",
      description = "Read the remote store's password from the first line of this file.")
  Path passwordFile;

  /** Opens the store, creating the directory or setting up the remote dataset if needed. */
  GraphStore openOrCreate() {
    return openOrCreate(RemoteStore.DEFAULT_MAX_REQUEST_TRIPLES);
  }

  /**
   * Opens the store, creating it if needed; a remote store writes loads larger than this many
   * triples in steps.
   */
  GraphStore openOrCreate(long maxRequestTriples) {
    if (Stores.isRemote(store)) {
      return remote(false, maxRequestTriples);
    }
    return TdbStore.open(directory());
  }

  /**
   * Opens a store that must exist, to read it: a directory this process may read but not write is
   * read from a private copy ({@link TdbStore#openReadOnly}), with a note on standard error.
   */
  GraphStore openForReading() {
    try {
      return openExisting();
    } catch (StoreFaultException e) {
      if (e.fault().kind() != StoreFault.Kind.READ_ONLY) {
        throw e;
      }
      GraphStore copy = TdbStore.openReadOnly(directory(), IriMinter.defaults(), e.fault());
      spec.commandLine()
          .getErr()
          .println(spec.qualifiedName() + ": note: " + e.getMessage() + ": reading a copy of it");
      return copy;
    }
  }

  /** Opens a store that must exist: reading an empty new one would only hide a wrong path. */
  GraphStore openExisting() {
    if (Stores.isRemote(store)) {
      return remote(true, RemoteStore.DEFAULT_MAX_REQUEST_TRIPLES);
    }
    Path directory = directory();
    if (!isStore(directory)) {
      throw usage(
          "--store "
              + store
              + ": no store there (load one with 'hrcg ingest PATH... --store DIR')");
    }
    return TdbStore.open(directory);
  }

  private GraphStore remote(boolean existing, long maxRequestTriples) {
    RemoteStore.Builder builder;
    try {
      builder =
          RemoteStore.builder(store)
              .credentials(credentials())
              .maxRequestTriples(maxRequestTriples)
              .existing(existing);
    } catch (IllegalArgumentException e) {
      throw usage("--store: " + e.getMessage());
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw usage("--store: " + e.getMessage());
    } catch (NoSuchElementException e) {
      throw usage(
          "--store "
              + store
              + ": "
              + e.getMessage()
              + " (load one with 'hrcg ingest PATH... --store URL')");
    }
  }

  /** The credentials from the options and the environment, or null for none. */
  private StoreCredentials credentials() {
    Map<String, String> environment = environment();
    String name = user != null ? user : environment.get(USER_VARIABLE);
    String password = passwordFile != null ? readPassword() : environment.get(PASSWORD_VARIABLE);
    boolean hasName = name != null && !name.isEmpty();
    boolean hasPassword = password != null && !password.isEmpty();
    if (!hasName && !hasPassword) {
      return null;
    }
    if (!hasName) {
      throw usage(
          "a password for the store is given but no user: set "
              + USER_VARIABLE
              + " or --store-user");
    }
    if (!hasPassword) {
      throw usage(
          "the store user '"
              + name
              + "' has no password: set "
              + PASSWORD_VARIABLE
              + " or --store-password-file");
    }
    try {
      return new StoreCredentials(name, password);
    } catch (IllegalArgumentException e) {
      throw usage("store user: " + e.getMessage());
    }
  }

  private String readPassword() {
    try (Stream<String> lines = Files.lines(passwordFile, StandardCharsets.UTF_8)) {
      return lines.findFirst().orElse("");
    } catch (IOException e) {
      throw usage("--store-password-file " + passwordFile + ": cannot read it");
    }
  }

  private Map<String, String> environment() {
    CommandSpec parent = spec.parent();
    if (parent != null && parent.userObject() instanceof HrcgCommand command) {
      return command.environment();
    }
    return System.getenv();
  }

  private Path directory() {
    if (user != null || passwordFile != null) {
      throw usage("--store-user and --store-password-file are for a remote store (a URL)");
    }
    if (store.contains("://")) {
      throw usage("--store " + store + ": a remote store's URL must be http or https");
    }
    Path directory = Path.of(store);
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw usage("--store " + store + ": not a directory");
    }
    return directory;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static boolean isStore(Path directory) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isPresent();
    } catch (IOException e) {
      return false;
    }
  }
}
