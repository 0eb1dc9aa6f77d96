package org.hrcg.service.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.store.GraphLoad;
import org.hrcg.model.store.LoadRecord;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.TestGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialLoadTest {

  @TempDir Path folder;

  private InitialLoad loadOf(Path dataDir) {
    return new InitialLoad(dataDir, IriMinter.defaults());
  }

  private void caseStudyFile(String slug, String city) throws Exception {
    Files.writeString(folder.resolve(slug + ".ttl"), TestGraphs.caseStudyTurtle(slug, city));
  }

  @Test
  void loadsEveryCaseStudyOfTheFolderIntoAnEmptyStore() throws Exception {
    caseStudyFile("alpha-study", "alpha");
    caseStudyFile("beta-study", "beta");
    try (TdbStore store = TdbStore.inMemory()) {
      assertThat(loadOf(folder).loadIfEmpty(store)).isTrue();
      assertThat(store.graphNames())
          .contains(TestGraphs.graph("alpha-study"), TestGraphs.graph("beta-study"));
    }
  }

  @Test
  void leavesAStoreThatHoldsDataAlone() throws Exception {
    caseStudyFile("alpha-study", "alpha");
    try (TdbStore store = TdbStore.inMemory()) {
      store.replaceGraphs(
          Map.of(
              TestGraphs.graph("beta-study"),
              new GraphLoad(
                  TestGraphs.caseStudy("beta-study", "beta"), LoadRecord.now("t", null))));
      long revision = store.revision();
      assertThat(loadOf(folder).loadIfEmpty(store)).isFalse();
      assertThat(store.graphNames()).doesNotContain(TestGraphs.graph("alpha-study"));
      assertThat(store.revision()).isEqualTo(revision);
    }
  }

  @Test
  void refusesToStartOnAFolderThatFailsValidation() throws Exception {
    caseStudyFile("alpha-study", "alpha");
    Files.writeString(
        folder.resolve("broken.ttl"),
        TestGraphs.caseStudyTurtle("broken-study", "gamma").replace("dcterms:title", "dcterms:x"));
    try (TdbStore store = TdbStore.inMemory()) {
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> loadOf(folder).loadIfEmpty(store));
      assertThat(refused.getMessage()).contains("did not pass validation");
      assertThat(store.graphNames()).doesNotContain(TestGraphs.graph("alpha-study"));
    }
  }

  @Test
  void servesAnEmptyStoreWhenThereIsNoDataFolder() {
    try (TdbStore store = TdbStore.inMemory()) {
      assertThat(loadOf(folder.resolve("missing")).loadIfEmpty(store)).isFalse();
    }
  }

  @Test
  void recordsFilesInsideTheWorkingDirectoryByTheirRelativePath() {
    Path inside = Path.of("").toAbsolutePath().resolve("data");
    assertThat(InitialLoad.asRecorded(inside)).isEqualTo(Path.of("data"));
    Path outside = Path.of("/hrcg-elsewhere/data");
    assertThat(InitialLoad.asRecorded(outside)).isEqualTo(outside);
  }
}
