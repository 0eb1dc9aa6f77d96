package org.hrcg.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.model.store.StoreFixtures.GENEVA;
import static org.hrcg.model.store.StoreFixtures.OTHER;
import static org.hrcg.model.store.StoreFixtures.geneva;
import static org.hrcg.model.store.StoreFixtures.procurementReport;
import static org.hrcg.model.store.StoreFixtures.record;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hrcg.model.iri.IriMinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store opened for reading only: served from a private copy that answers every read as the
 * directory holds it, refuses every write with the reason it was opened with, and is deleted on
 * closing, the directory itself untouched. (That an unprivileged process gets there on its own is
 * shown by the service's and the command line's tests, which run as another user.)
 */
class ReadOnlyStoreIT {

  static final StoreFault REASON =
      new StoreFault(StoreFault.Kind.READ_ONLY, "/srv/store", "tdb.lock: Permission denied");

  @TempDir Path directory;

  @Test
  void answersReadsFromACopyAndRefusesEveryWrite() throws IOException {
    Path store = directory.resolve("store");
    long revision;
    try (TdbStore writable = TdbStore.open(store)) {
      writable.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));
      revision = writable.replaceGraph(OTHER, procurementReport(), record("procurement.ttl"));
    }
    Map<Path, String> before = contents(store);
    Path copy;
    try (TdbStore readOnly = TdbStore.openReadOnly(store, IriMinter.defaults(), REASON)) {
      copy = readOnly.copy().orElseThrow();
      assertThat(copy).isNotEqualTo(store.toAbsolutePath()).exists();
      assertThat(readOnly.location()).isEqualTo(store.toAbsolutePath().normalize());
      assertThat(readOnly.readOnly()).contains(REASON);
      assertThat(readOnly.revision()).isEqualTo(revision);
      assertThat(readOnly.graphNames()).contains(GENEVA, OTHER);
      assertThat(readOnly.ask("ASK { GRAPH <" + GENEVA + "> { ?s ?p ?o } }")).isTrue();

      StoreFaultException update =
          assertThrows(
              StoreFaultException.class,
              () -> readOnly.update("INSERT DATA { <urn:x:s> <urn:x:p> 1 }"));
      assertThat(update.fault()).isEqualTo(REASON);
      assertThat(update.getMessage()).contains("/srv/store", "tdb.lock: Permission denied");
      assertThrows(StoreFaultException.class, () -> readOnly.withdraw("procurement-report"));
      assertThrows(StoreFaultException.class, () -> readOnly.withdraw("not-there"));
      assertThrows(StoreFaultException.class, readOnly::clearAll);
      assertThrows(
          StoreFaultException.class,
          () -> readOnly.replaceGraph(GENEVA, procurementReport(), record("x.ttl")));
      assertThrows(StoreFaultException.class, () -> readOnly.write(dataset -> 1));
      assertThat(readOnly.revision()).isEqualTo(revision);
    }
    assertThat(copy).as("the copy is deleted on closing").doesNotExist();
    assertThat(contents(store)).as("the directory's files are untouched").isEqualTo(before);
  }

  /** Every file below a directory, with a digest of its bytes. */
  static Map<Path, String> contents(Path directory) throws IOException {
    Map<Path, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] digest;
        try {
          digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
        contents.put(directory.relativize(file), HexFormat.of().formatHex(digest));
      }
    }
    return contents;
  }

  @Test
  void copiesOnlyTheGenerationThatTdbOpens() throws IOException {
    Path store = directory.resolve("store");
    try (TdbStore writable = TdbStore.open(store)) {
      writable.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));
    }
    // What a compaction leaves: an older generation beside the one in use.
    Path old = Files.createDirectory(store.resolve("Data-0000"));
    Files.writeString(old.resolve("junk.dat"), "an older generation");
    try (TdbStore readOnly = TdbStore.openReadOnly(store, IriMinter.defaults(), REASON);
        Stream<Path> copied = Files.list(readOnly.copy().orElseThrow())) {
      assertThat(
              copied.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("Data-")))
          .containsExactly("Data-0001");
      assertThat(readOnly.graphNames()).contains(GENEVA);
    }
  }

  @Test
  void refusesAStoreThatAProcessHasOpen() {
    Path store = directory.resolve("store");
    try (TdbStore writable = TdbStore.open(store)) {
      StoreFaultException refused =
          assertThrows(
              StoreFaultException.class,
              () -> TdbStore.openReadOnly(store, IriMinter.defaults(), REASON));
      assertThat(refused.fault().kind()).isEqualTo(StoreFault.Kind.UNAVAILABLE);
      assertThat(refused.getMessage()).contains(store.toAbsolutePath().toString(), "open");
    }
  }

  @Test
  void refusesADirectoryThatHoldsNoStore() throws IOException {
    Path empty = Files.createDirectory(directory.resolve("empty"));
    StoreFaultException refused =
        assertThrows(
            StoreFaultException.class,
            () -> TdbStore.openReadOnly(empty, IriMinter.defaults(), REASON));
    assertThat(refused.fault().kind()).isEqualTo(StoreFault.Kind.UNAVAILABLE);
    assertThat(refused.getMessage()).contains(empty.toString(), "no TDB2 store");

    StoreFaultException missing =
        assertThrows(
            StoreFaultException.class,
            () ->
                TdbStore.openReadOnly(directory.resolve("nothing"), IriMinter.defaults(), REASON));
    assertThat(missing.getMessage()).contains("does not exist");
  }
}
