package org.hrcg.service.peers;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.api.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The current {@link PeerIndex} (with the {@link PracticeTable} of the practice search), rebuilt
 * when the store's revision changes: each request compares the revision (a cheap read) with the
 * index's; one request rebuilds under a lock while the others keep using the index they have.
 *
 * <p>Only before the first build ends is there no index to use: a request that comes then waits for
 * that build for at most {@code hrcg.limits.index-wait}, and past it is refused with {@code 503}
 * and {@code Retry-After}. The readiness health ({@code /actuator/health/readiness}) says whether
 * the first build has ended.
 */
@Component
public class PeerIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(PeerIndexes.class);

  /** How long a request waits for the first build unless told otherwise. */
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

  private final GraphStore store;
  private final BiFunction<GraphStore, Long, PeerIndex> builder;
  private final Duration wait;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile PeerIndex current;

  @Autowired
  public PeerIndexes(GraphStore store, HrcgProperties properties) {
    this(
        store,
        (s, revision) -> PeerIndex.build(s, revision, properties.baseIri()),
        properties.limits().indexWait());
  }

  /** Indexes with the default wait ({@code hrcg.limits.index-wait}). */
  PeerIndexes(GraphStore store, String baseIri) {
    this(store, (s, revision) -> PeerIndex.build(s, revision, baseIri), DEFAULT_WAIT);
  }

  /**
   * @param store the store
   * @param builder builds the index of the store at a revision
   * @param wait how long a request waits for the first build before it is refused
   */
  PeerIndexes(GraphStore store, BiFunction<GraphStore, Long, PeerIndex> builder, Duration wait) {
    this.store = store;
    this.builder = builder;
    this.wait = wait;
  }

  /**
   * Builds the index once the service is up, on a thread of its own, so that the first visitor does
   * not wait for it (tens of seconds at 100,000 practices; see BENCHMARKS.md). A request that comes
   * first waits for this build, for a bounded time, rather than starting another.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void buildAtStartup() {
    IndexBuilds.start("peers index", () -> refresh(false), LOG);
  }

  /** Whether an index has been built (at any revision). */
  public boolean built() {
    return current != null;
  }

  /** The revision of the index requests use now, or -1 before the first build has ended. */
  public long revision() {
    PeerIndex index = current;
    return index == null ? -1 : index.revision();
  }

  /**
   * The index for the store's current revision (or the previous one while it is being rebuilt).
   *
   * @throws ApiProblem 503 with {@code Retry-After} when there is no index yet and the first build
   *     does not end within the wait
   */
  public PeerIndex get() {
    return refresh(true);
  }

  private PeerIndex refresh(boolean bounded) {
    long revision = store.revision();
    PeerIndex index = current;
    if (index != null && index.revision() == revision) {
      return index;
    }
    if (index != null && !lock.tryLock()) {
      return index;
    }
    if (index == null) {
      lock(bounded);
    }
    try {
      index = current;
      revision = store.revision();
      if (index == null || index.revision() != revision) {
        long started = System.nanoTime();
        index = builder.apply(store, revision);
        current = index;
        LOG.info(
            "peers index built at revision {}: {} territories, {} in {} ms",
            revision,
            index.territories().size(),
            index.practices(),
            (System.nanoTime() - started) / 1_000_000);
      }
      return index;
    } finally {
      lock.unlock();
    }
  }

  private void lock(boolean bounded) {
    if (bounded) {
      IndexBuilds.lock(
          lock,
          wait,
          "the service has just started and is building its index of territories and practices");
    } else {
      lock.lock();
    }
  }
}
