package org.hrcg.service.peers;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.hrcg.service.api.ApiProblem;
import org.hrcg.service.sparql.limits.Units;
import org.slf4j.Logger;

/**
 * Builds an index on a thread of its own once the service is up, so that the first visitor does not
 * wait for it; a build that fails (a remote store not reachable yet, for example) is tried again
 * after a pause until one succeeds, so that the service becomes ready without a request having to
 * start the build.
 */
public final class IndexBuilds {

  /** The pause before a failed build is tried again. */
  static final Duration RETRY = Duration.ofSeconds(10);

  private IndexBuilds() {}

  /**
   * Starts the build.
   *
   * @param name the index, for the thread's name and the log
   * @param build builds the index, or does nothing if it is built already
   * @param log where failures are reported
   */
  public static void start(String name, Runnable build, Logger log) {
    Thread thread =
        new Thread(
            () -> {
              while (true) {
                try {
                  build.run();
                  return;
                } catch (RuntimeException e) {
                  log.warn(
                      "the {} could not be built; trying again in {} s",
                      name,
                      RETRY.toSeconds(),
                      e);
                }
                try {
                  Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
              }
            },
            "hrcg-" + name.replace(' ', '-'));
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Takes the lock under which an index is built, waiting for a build under way for at most the
   * wait.
   *
   * @param what what is being built and why the request waits, for the refusal ("the text index is
   *     being built after a write")
   * @throws ApiProblem 503 with {@code Retry-After} (the wait, in seconds) and reason {@code
   *     index-building} when the wait ends first
   */
  public static void lock(ReentrantLock lock, Duration wait, String what) {
    boolean locked;
    try {
      locked = lock.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      locked = false;
    }
    if (!locked) {
      throw ApiProblem.unavailable(
          "index-building",
          what
              + "; this request waited "
              + Units.duration(wait)
              + " for it, the longest a request waits (hrcg.limits.index-wait); try again later",
          Math.max(1, (wait.toMillis() + 999) / 1000));
    }
  }
}
