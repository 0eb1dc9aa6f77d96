package org.hrcg.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hrcg.model.store.TdbStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --store} option, shared by the commands that read or write a store. */
final class StoreOptions {

  /** The default store: {@code ./store}, relative to the working directory. */
  static final String DEFAULT_STORE = "store";

  private static final Pattern URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://.*");

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = DEFAULT_STORE,
      description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
  String store;

  /** Opens the store, creating the directory if there is none. */
  TdbStore openOrCreate() {
    return TdbStore.open(directory());
  }

  /** Opens a store that must exist: reading an empty new one would only hide a wrong path. */
  TdbStore openExisting() {
    Path directory = directory();
    if (!isStore(directory)) {
      throw new ParameterException(
          spec.commandLine(),
          "--store "
              + store
              + ": no store there (load one with 'hrcg ingest PATH... --store DIR')");
    }
    return TdbStore.open(directory);
  }

  private Path directory() {
    if (URL.matcher(store).matches()) {
      throw new ParameterException(
          spec.commandLine(), "--store " + store + ": remote stores are not supported yet");
    }
    Path directory = Path.of(store);
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new ParameterException(spec.commandLine(), "--store " + store + ": not a directory");
    }
    return directory;
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
