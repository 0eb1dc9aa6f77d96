package org.hrcg.service.sparql.limits;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * SPARQL functions that make a query slow on purpose, registered in the test's own process, where
 * the service runs: {@code <urn:hrcg-test:pause>(millis)} sleeps and returns its argument; {@code
 * <urn:hrcg-test:hold>(x)} blocks until the test releases it.
 */
public final class Pause {

  public static final String PAUSE = "urn:hrcg-test:pause";
  public static final String HOLD = "urn:hrcg-test:hold";

  private static volatile CountDownLatch entered = new CountDownLatch(1);
  private static volatile CountDownLatch released = new CountDownLatch(1);

  private Pause() {}

  public static void register() {
    FunctionRegistry.get().put(PAUSE, Sleep.class);
    FunctionRegistry.get().put(HOLD, Hold.class);
  }

  /** Makes the next call of {@code hold} block until {@link #release}. */
  public static void arm() {
    entered = new CountDownLatch(1);
    released = new CountDownLatch(1);
  }

  /** Waits until a query is blocked in {@code hold}. */
  public static boolean awaitHeld(long seconds) throws InterruptedException {
    return entered.await(seconds, TimeUnit.SECONDS);
  }

  public static void release() {
    released.countDown();
  }

  public static final class Sleep extends FunctionBase1 {
    @Override
    public NodeValue exec(NodeValue millis) {
      try {
        Thread.sleep(millis.getInteger().longValue());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return millis;
    }
  }

  public static final class Hold extends FunctionBase1 {
    @Override
    public NodeValue exec(NodeValue value) {
      entered.countDown();
      try {
        if (!released.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return value;
    }
  }
}
