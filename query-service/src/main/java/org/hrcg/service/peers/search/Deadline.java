package org.hrcg.service.peers.search;

import java.time.Duration;
import org.hrcg.service.api.ApiProblem;
import org.hrcg.service.sparql.limits.Units;

/**
 * When a search must have its answer ({@code hrcg.limits.search-timeout}): checked between its
 * steps and inside their loops, so that a search past it stops and is answered {@code 503}.
 */
final class Deadline {

  /** How many items a loop handles between two checks. */
  static final int EVERY = 4096;

  private final Duration timeout;
  private final long end;

  private Deadline(Duration timeout) {
    this.timeout = timeout;
    this.end = System.nanoTime() + timeout.toNanos();
  }

  /** A deadline that timeout from now. */
  static Deadline after(Duration timeout) {
    return new Deadline(timeout);
  }

  /** Whether the time is up. */
  boolean passed() {
    return System.nanoTime() - end > 0;
  }

  /**
   * Stops the search if the time is up.
   *
   * @throws ApiProblem 503, reason {@code timeout}
   */
  void check() {
    if (passed()) {
      throw timedOut(timeout);
    }
  }

  static ApiProblem timedOut(Duration timeout) {
    return ApiProblem.unavailable(
        "timeout",
        "the search took longer than "
            + Units.duration(timeout)
            + ", the longest a search may take here (hrcg.limits.search-timeout); no partial"
            + " answer is sent. Try again, or narrow the search with a filter or fewer words.",
        0);
  }
}
