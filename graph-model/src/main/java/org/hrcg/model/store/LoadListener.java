package org.hrcg.model.store;

import java.util.List;

/**
 * Told of the steps of {@link GraphStore#load}, on the thread that runs it; implementations must
 * return quickly.
 */
public interface LoadListener {

  /** Tells nothing. */
  LoadListener NONE = new LoadListener() {};

  /**
   * A step is about to be sent.
   *
   * @param step the step, from 1
   * @param steps how many steps the load takes
   * @param graphs the graphs the step writes
   */
  default void stepStarting(int step, int steps, List<String> graphs) {}

  /**
   * A step was written: the store committed it.
   *
   * @param step the step, from 1
   * @param steps how many steps the load takes
   * @param graphs the graphs the step wrote
   * @param revision the store's revision after it
   */
  default void stepWritten(int step, int steps, List<String> graphs, long revision) {}
}
