package org.hrcg.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.tdb2.TDBException;
import org.junit.jupiter.api.Test;

/** What the file system said, told apart: no write allowed, no room, or something else. */
class StoreFaultTest {

  static final Path STORE = Path.of("/srv/hrcg/store");

  @Test
  void aLockFileThatCannotBeOpenedMeansTheStoreIsReadOnly() {
    // As TDB2 throws it when its lock file may not be written.
    RuntimeException failure =
        new RuntimeIOException(
            "Failed to open '/srv/hrcg/store/tdb.lock'",
            new AccessDeniedException("/srv/hrcg/store/tdb.lock"));
    StoreFault fault = StoreFault.of(failure, STORE).orElseThrow();
    assertThat(fault.kind()).isEqualTo(StoreFault.Kind.READ_ONLY);
    assertThat(fault.cause()).isEqualTo("tdb.lock: Permission denied");
    assertThat(fault.message())
        .startsWith("the store /srv/hrcg/store cannot be written by user ")
        .endsWith("(tdb.lock: Permission denied)");
    assertThat(fault.detail())
        .contains("(Permission denied)", "refuses every write")
        .doesNotContain("/srv");
  }

  @Test
  void aFileThatMayNotGrowMeansTheStoreIsFull() {
    // As TDB2 throws it when a write passes the process's file-size limit (EFBIG).
    RuntimeException failure =
        new TDBException(
            "NodeTableThrift/Write", new RuntimeIOException(new IOException("File too large")));
    StoreFault fault = StoreFault.of(failure, STORE).orElseThrow();
    assertThat(fault.kind()).isEqualTo(StoreFault.Kind.FULL);
    assertThat(fault.cause()).startsWith("File too large").contains("ulimit -f");
    assertThat(fault.detail())
        .contains("(File too large (the file-size limit", "nothing of it was written");
  }

  @Test
  void noSpaceAndQuotasMeanTheStoreIsFull() {
    FileSystemException noSpace =
        new FileSystemException(
            "/srv/hrcg/store/Data-0001/journal.jrnl", null, "No space left on device");
    StoreFault fault = StoreFault.of(new UncheckedIOException(noSpace), STORE).orElseThrow();
    assertThat(fault.kind()).isEqualTo(StoreFault.Kind.FULL);
    assertThat(fault.cause()).isEqualTo("Data-0001/journal.jrnl: No space left on device");
    assertThat(fault.detail()).contains("(No space left on device)").doesNotContain("journal");

    assertThat(StoreFault.of(new IOException("Disk quota exceeded"), STORE))
        .map(StoreFault::kind)
        .contains(StoreFault.Kind.FULL);
  }

  @Test
  void aFaultOnAMappedPageMeansTheStoreIsFull() {
    // HotSpot's InternalError for SIGBUS on a memory-mapped file, as a full tmpfs gives it.
    InternalError error =
        new InternalError(
            "a fault occurred in a recent unsafe memory access operation in compiled Java code");
    assertThat(StoreFault.of(error, STORE)).map(StoreFault::kind).contains(StoreFault.Kind.FULL);
  }

  @Test
  void aReadOnlyFileSystemMeansTheStoreIsReadOnly() {
    IOException readOnly = new IOException("Read-only file system");
    assertThat(StoreFault.of(new RuntimeIOException(readOnly), STORE))
        .map(StoreFault::kind)
        .contains(StoreFault.Kind.READ_ONLY);
  }

  @Test
  void otherFailuresAreNoFaultOfTheDirectory() {
    assertThat(StoreFault.of(new IllegalStateException("the store is closed"), STORE)).isEmpty();
    assertThat(StoreFault.of(new IOException("Input/output error"), STORE)).isEmpty();
    assertThat(StoreFault.of(new InternalError("something else"), STORE)).isEmpty();
    assertThat(StoreFault.of(null, STORE)).isEmpty();
  }
}
