package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class W3cSuiteTest {

  @TempDir Path root;

  @Test
  void findsTheSharedFolderBesideTheRepository() throws Exception {
    Path suite = Files.createDirectories(root.resolve(W3cSuite.FOLDER));
    Path module = Files.createDirectories(root.resolve("repository/query-service"));
    assertThat(W3cSuite.search(module)).contains(suite);
  }

  @Test
  void findsNothingWhereThereIsNoSharedFolder() throws Exception {
    Path module = Files.createDirectories(root.resolve("repository/query-service"));
    assertThat(W3cSuite.search(module)).isEmpty();
  }

  @Test
  void failsWhenTheConfiguredFolderIsMissing() {
    String previous = System.getProperty(W3cSuite.PROPERTY);
    System.setProperty(W3cSuite.PROPERTY, root.resolve("no-such-folder").toString());
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class, W3cSuite::folder);
      assertThat(e).hasMessageContaining("no-such-folder");
    } finally {
      if (previous == null) {
        System.clearProperty(W3cSuite.PROPERTY);
      } else {
        System.setProperty(W3cSuite.PROPERTY, previous);
      }
    }
  }

  @Test
  void readsTheProtocolManifestInItsOrder() {
    W3cManifest manifest = W3cManifest.read(W3cSuite.manifest("protocol/manifest.ttl"));
    assertThat(manifest.entries()).hasSize(34);
    assertThat(manifest.entries().get(0).localName()).isEqualTo("query_post_form");
    W3cManifest.Entry full = manifest.entries().get(5);
    assertThat(full.localName()).isEqualTo("query_dataset_full");
    assertThat(full.graphData()).hasSize(3);
    assertThat(full.graphData()).allSatisfy(data -> assertThat(data.file()).isRegularFile());
    assertThat(full.exchanges().get(0).expected().statuses())
        .containsExactlyInAnyOrder("StatusCode2xx", "StatusCode3xx");
  }
}
