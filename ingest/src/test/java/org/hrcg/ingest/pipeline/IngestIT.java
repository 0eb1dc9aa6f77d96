package org.hrcg.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hrcg.model.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline against a TDB2 store in a directory, closed and opened again between runs. */
class IngestIT {

  @TempDir Path dir;

  @Test
  void loadedGraphsSurviveReopeningAndReloadingChangesNoData() {
    Path storeDir = dir.resolve("store");
    Path alpha = Fixtures.write(dir, "in/alpha.ttl", Fixtures.turtle("alpha"));
    Path beta = Fixtures.write(dir, "in/beta.yaml", Fixtures.yaml("beta"));
    Ingest ingest = Ingest.builder().inputs(dir.resolve("in")).build();

    String first;
    try (TdbStore store = TdbStore.open(storeDir)) {
      Report report = ingest.run(store);
      assertThat(report.added()).containsExactly(Fixtures.graph("alpha"), Fixtures.graph("beta"));
      first = IngestTest.export(store);
    }
    try (TdbStore store = TdbStore.open(storeDir)) {
      assertThat(IngestTest.export(store)).isEqualTo(first);
      long revision = store.revision();

      Report again = ingest.run(store);

      assertThat(again.replaced()).containsExactly(Fixtures.graph("alpha"), Fixtures.graph("beta"));
      assertThat(IngestTest.export(store)).isEqualTo(first);
      assertThat(store.revision()).isGreaterThan(revision);
      assertThat(store.loadRecord(Fixtures.graph("beta")).orElseThrow().record().file())
          .isEqualTo(beta.toString());
    }
    assertThat(alpha).exists();
  }

  @Test
  void failedRunLeavesTheDirectoryStoreAsItWas() {
    Path storeDir = dir.resolve("store");
    Path good = Fixtures.write(dir, "good.ttl", Fixtures.turtle("alpha"));
    try (TdbStore store = TdbStore.open(storeDir)) {
      Ingest.builder().inputs(good).build().run(store);
    }
    Path changed = Fixtures.write(dir, "changed.ttl", Fixtures.turtle("gamma"));
    Path bad = Fixtures.write(dir, "bad.yaml", Fixtures.yaml("beta", "no-such-theme"));

    String before;
    try (TdbStore store = TdbStore.open(storeDir)) {
      before = IngestTest.export(store);
      Report report = Ingest.builder().inputs(changed, bad).build().run(store);
      assertThat(report.written()).isFalse();
    }
    try (TdbStore store = TdbStore.open(storeDir)) {
      assertThat(IngestTest.export(store)).isEqualTo(before);
      assertThat(store.graphNames()).doesNotContain(Fixtures.graph("gamma"));
    }
  }
}
