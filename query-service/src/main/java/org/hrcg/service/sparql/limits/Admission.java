package org.hrcg.service.sparql.limits;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who runs now: a fixed number of queries run at once, a bounded number more wait in turn (first
 * come, first served) for up to a fixed time, and the rest are refused at once.
 *
 * <p>There are two: the standard lane, and the heavy lane, a small share of the workers for heavy
 * queries; {@link AdmissionFilter#admissionFor} chooses per request, and a query that runs long in
 * the standard lane moves to the heavy one ({@link AdmissionFilter.Seat}).
 */
final class Admission {

  /** A turn to run; closing it gives the turn to the next in the queue. */
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  /** Thrown when the request does not get a turn, for the reason given. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Reason reason;

    Refused(Reason reason) {
      super(reason.tag(), null, false, false);
      this.reason = reason;
    }

    Reason reason() {
      return reason;
    }
  }

  private final int workers;
  private final int queueSize;
  private final Duration wait;
  private final Semaphore turns;
  private final AtomicInteger waiting = new AtomicInteger();

  Admission(int workers, int queueSize, Duration wait) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers: must be positive, was " + workers);
    }
    if (queueSize < 0) {
      throw new IllegalArgumentException("queueSize: must not be negative, was " + queueSize);
    }
    this.workers = workers;
    this.queueSize = queueSize;
    this.wait = Objects.requireNonNull(wait, "wait");
    // Fair, so that a request waiting in the queue is not overtaken by one that just arrived.
    this.turns = new Semaphore(workers, true);
  }

  /**
   * Waits for a turn.
   *
   * @throws Refused with {@link Reason#QUEUE_FULL} when every worker is busy and the queue is full,
   *     {@link Reason#QUEUE_TIMEOUT} when no turn came within the wait
   */
  Turn enter() throws Refused, InterruptedException {
    // A zero wait still respects fairness, unlike tryAcquire().
    if (turns.tryAcquire(0, TimeUnit.NANOSECONDS)) {
      return turns::release;
    }
    if (waiting.incrementAndGet() > queueSize) {
      waiting.decrementAndGet();
      throw new Refused(Reason.QUEUE_FULL);
    }
    try {
      if (turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        return turns::release;
      }
    } finally {
      waiting.decrementAndGet();
    }
    throw new Refused(Reason.QUEUE_TIMEOUT);
  }

  /** When a refused client should try again, in whole seconds. */
  long retryAfterSeconds() {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  int running() {
    return workers - turns.availablePermits();
  }

  int waiting() {
    return waiting.get();
  }

  int workers() {
    return workers;
  }

  int queueSize() {
    return queueSize;
  }

  Duration queueWait() {
    return wait;
  }
}
