package org.hrcg.service.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.api.ApiProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first build of the peers index, held back by a latch: a request that comes meanwhile waits
 * for it for a bounded time, and past it is refused with 503 and Retry-After; the readiness signals
 * say whether an index is there.
 */
class PeerIndexesTest {

  static final String BASE = "https://w3id.org/hrcg/";

  TdbStore store;
  final CountDownLatch started = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void open() {
    store = TdbStore.inMemory();
    store.update(
        """
        PREFIX hrc: <https://w3id.org/hrcg/ontology#>
        INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/tiny> {
          <https://w3id.org/hrcg/id/territory/a> a hrc:City .
          <https://w3id.org/hrcg/id/practice/a-care> a hrc:Practice ;
            hrc:territory <https://w3id.org/hrcg/id/territory/a> ;
            hrc:theme <https://w3id.org/hrcg/id/theme/care> .
        } }
        """);
  }

  @AfterEach
  void close() {
    release.countDown();
    store.close();
  }

  /** Indexes whose builds wait for the latch. */
  PeerIndexes heldBack(Duration wait) {
    return new PeerIndexes(
        store,
        (s, revision) -> {
          started.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return PeerIndex.build(s, revision, BASE);
        },
        wait);
  }

  @Test
  void aRequestDuringTheFirstBuildIsRefusedAfterTheWait() throws Exception {
    PeerIndexes indexes = heldBack(Duration.ofMillis(300));
    indexes.buildAtStartup();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(indexes.built()).isFalse();
    assertThat(indexes.revision()).isEqualTo(-1);

    ApiProblem refused = assertThrows(ApiProblem.class, indexes::get);

    assertThat(refused.getStatusCode().value()).isEqualTo(503);
    assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("1");
    assertThat(refused.getBody().getProperties()).containsEntry("reason", "index-building");
    assertThat(refused.getBody().getDetail()).contains("hrcg.limits.index-wait");
    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(indexes::built);
    assertThat(indexes.get().practices().size()).isEqualTo(1);
    assertThat(indexes.revision()).isEqualTo(store.revision());
  }

  @Test
  void aRequestDuringTheFirstBuildGetsTheIndexWhenTheBuildEndsWithinTheWait() throws Exception {
    PeerIndexes indexes = heldBack(Duration.ofSeconds(20));
    indexes.buildAtStartup();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<PeerIndex> waiting = CompletableFuture.supplyAsync(indexes::get);
    Thread.sleep(200);
    assertThat(waiting).isNotDone();

    release.countDown();

    PeerIndex index = waiting.get(10, TimeUnit.SECONDS);
    assertThat(index.isPractice(BASE + "id/practice/a-care")).isTrue();
  }
}
