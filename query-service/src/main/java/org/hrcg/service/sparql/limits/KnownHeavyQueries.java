package org.hrcg.service.sparql.limits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The queries that ran longer than {@code hrcg.limits.heavy-after} in the standard lane, so that
 * the next time the same text comes it goes to the heavy lane at once ({@link AdmissionFilter})
 * rather than take a cheap query's worker for that long again. The {@value #CAPACITY} most recently
 * seen are kept, each as the SHA-256 of its text, so that memory stays small whatever the queries.
 * Each service instance learns on its own; a restart forgets.
 */
final class KnownHeavyQueries {

  /** How many queries are remembered; the least recently seen one is forgotten first. */
  static final int CAPACITY = 1024;

  private final int capacity;
  private final Map<String, Boolean> known;

  KnownHeavyQueries() {
    this(CAPACITY);
  }

  KnownHeavyQueries(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity: must be positive, was " + capacity);
    }
    this.capacity = capacity;
    this.known =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > KnownHeavyQueries.this.capacity;
          }
        };
  }

  /** Remembers a query text as heavy. */
  void add(String queryText) {
    String key = key(queryText);
    synchronized (known) {
      known.put(key, Boolean.TRUE);
    }
  }

  /** Whether this query text ran long before (and is still remembered). */
  boolean contains(String queryText) {
    String key = key(queryText);
    synchronized (known) {
      return known.get(key) != null;
    }
  }

  int size() {
    synchronized (known) {
      return known.size();
    }
  }

  private static String key(String queryText) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(queryText.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
