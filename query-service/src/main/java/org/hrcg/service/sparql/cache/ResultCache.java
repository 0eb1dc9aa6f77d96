package org.hrcg.service.sparql.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of one revision of the store, bounded by their number and their bytes: the answer
 * least recently used goes first. Answers are kept for the newest revision seen only: the first
 * request that sees a newer one drops them all, since no request can ask for an older revision
 * again (the revision only grows).
 */
final class ResultCache {

  private final int maxEntries;
  private final long maxBytes;
  private final long maxEntryBytes;
  private final LinkedHashMap<String, CachedAnswer> answers = new LinkedHashMap<>(64, 0.75f, true);
  private long revision = -1;
  private long bytes;
  private long evictions;
  private long invalidations;

  /**
   * @param maxEntries the most answers held
   * @param maxBytes the most bytes held, counted by the answers' bodies
   * @param maxEntryBytes the largest answer held
   */
  ResultCache(int maxEntries, long maxBytes, long maxEntryBytes) {
    if (maxEntries < 1 || maxBytes < 1 || maxEntryBytes < 1) {
      throw new IllegalArgumentException(
          "bounds must be positive, were "
              + maxEntries
              + " entries, "
              + maxBytes
              + " bytes, "
              + maxEntryBytes
              + " bytes an entry");
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.maxEntryBytes = Math.min(maxEntryBytes, maxBytes);
  }

  /** The answer with the key at the revision, if it is held. */
  synchronized Optional<CachedAnswer> get(long revision, String key) {
    follow(revision);
    if (revision != this.revision) {
      return Optional.empty();
    }
    return Optional.ofNullable(answers.get(key));
  }

  /**
   * Keeps an answer, unless it is larger than an entry may be or of an older revision than the
   * newest seen; evicts the least recently used answers until the bounds hold again.
   *
   * @return whether the answer is held
   */
  synchronized boolean put(CachedAnswer answer) {
    if (answer.body().length > maxEntryBytes) {
      return false;
    }
    follow(answer.revision());
    if (answer.revision() != revision) {
      return false;
    }
    CachedAnswer replaced = answers.put(answer.key(), answer);
    if (replaced != null) {
      bytes -= replaced.body().length;
    }
    bytes += answer.body().length;
    Iterator<Map.Entry<String, CachedAnswer>> eldest = answers.entrySet().iterator();
    while (answers.size() > maxEntries || bytes > maxBytes) {
      CachedAnswer evicted = eldest.next().getValue();
      eldest.remove();
      bytes -= evicted.body().length;
      evictions++;
    }
    return true;
  }

  /** Drops every answer when the store is at a newer revision than theirs. */
  private void follow(long seen) {
    if (seen > revision) {
      if (!answers.isEmpty()) {
        invalidations++;
      }
      answers.clear();
      bytes = 0;
      revision = seen;
    }
  }

  synchronized int entries() {
    return answers.size();
  }

  synchronized long bytes() {
    return bytes;
  }

  /** How many answers were dropped to keep the bounds. */
  synchronized long evictions() {
    return evictions;
  }

  /** How many times a new revision dropped the answers held. */
  synchronized long invalidations() {
    return invalidations;
  }

  int maxEntries() {
    return maxEntries;
  }

  long maxBytes() {
    return maxBytes;
  }

  long maxEntryBytes() {
    return maxEntryBytes;
  }
}
