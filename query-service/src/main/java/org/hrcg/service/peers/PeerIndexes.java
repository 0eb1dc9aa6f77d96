package org.hrcg.service.peers;

import java.util.concurrent.locks.ReentrantLock;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.HrcgProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The current {@link PeerIndex}, rebuilt when the store's revision changes: each request compares
 * the revision (a cheap read) with the index's; one request rebuilds under a lock while the others
 * keep using the index they have, and only a request that finds no index at all waits for it.
 */
@Component
public class PeerIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(PeerIndexes.class);

  private final GraphStore store;
  private final String baseIri;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile PeerIndex current;

  @Autowired
  public PeerIndexes(GraphStore store, HrcgProperties properties) {
    this(store, properties.baseIri());
  }

  PeerIndexes(GraphStore store, String baseIri) {
    this.store = store;
    this.baseIri = baseIri;
  }

  /**
   * Builds the index once the service is up, on a thread of its own, so that the first visitor does
   * not wait for it (about ten seconds at 100,000 practices; see BENCHMARKS.md). A request that
   * comes first waits for this build rather than starting another.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void buildAtStartup() {
    Thread builder =
        new Thread(
            () -> {
              try {
                get();
              } catch (RuntimeException e) {
                LOG.warn("the peers index could not be built at startup; requests will retry", e);
              }
            },
            "hrcg-peers-index");
    builder.setDaemon(true);
    builder.start();
  }

  /** Whether an index has been built (at any revision). */
  public boolean built() {
    return current != null;
  }

  /** The index for the store's current revision (or the previous one while it is being rebuilt). */
  public PeerIndex get() {
    long revision = store.revision();
    PeerIndex index = current;
    if (index != null && index.revision() == revision) {
      return index;
    }
    if (index != null && !lock.tryLock()) {
      return index;
    }
    if (index == null) {
      lock.lock();
    }
    try {
      index = current;
      revision = store.revision();
      if (index == null || index.revision() != revision) {
        index = PeerIndex.build(store, revision, baseIri);
        current = index;
      }
      return index;
    } finally {
      lock.unlock();
    }
  }
}
