package org.hrcg.service.sparql.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the cache made of recent requests' queries, remembered by the requests' own words (the query
 * text as sent, the {@code Accept} header and the dataset parameters), so that a repeated request
 * is not parsed, normalised and negotiated again: the answer's identity without the revision, or
 * that its answer is never cached. Nothing here depends on the store, so nothing is ever stale; the
 * least recently used request is forgotten first.
 */
final class PreparedQueries {

  /**
   * What a request's query comes to.
   *
   * @param digest the answer's identity without the revision ({@link AnswerKey#digest}); empty when
   *     the answer is never cached
   * @param mediaType the negotiated media type; empty when the answer is never cached
   */
  record Prepared(String digest, String mediaType) {

    /** An answer that is never cached. */
    static final Prepared BYPASS = new Prepared("", "");

    Prepared {
      Objects.requireNonNull(digest, "digest");
      Objects.requireNonNull(mediaType, "mediaType");
    }

    boolean cacheable() {
      return !digest.isEmpty();
    }
  }

  private final int max;
  private final Map<String, Prepared> prepared;

  /**
   * @param max the most requests remembered
   */
  PreparedQueries(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max: must be positive, was " + max);
    }
    this.max = max;
    this.prepared = new LinkedHashMap<>(64, 0.75f, true);
  }

  /** What the request with these words came to, or null if it is not remembered. */
  synchronized Prepared get(String words) {
    return prepared.get(words);
  }

  synchronized void put(String words, Prepared what) {
    prepared.put(words, what);
    if (prepared.size() > max) {
      prepared.remove(prepared.keySet().iterator().next());
    }
  }

  synchronized int size() {
    return prepared.size();
  }
}
