package org.hrcg.service.peers;

import java.util.concurrent.locks.ReentrantLock;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.HrcgProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The current {@link PeerIndex}, rebuilt when the store's revision changes: each request compares
 * the revision (a cheap read) with the index's; one request rebuilds under a lock while the others
 * keep using the index they have, and only a request that finds no index at all waits for it.
 */
@Component
public class PeerIndexes {

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
