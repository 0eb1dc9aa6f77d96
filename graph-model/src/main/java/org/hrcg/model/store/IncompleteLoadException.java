package org.hrcg.model.store;

import java.util.List;
import java.util.Objects;

/**
 * A load written in steps ({@link GraphStore#load}) stopped before it was complete because the
 * store failed. It says exactly which graphs the store holds from this load and which it does not:
 * {@link #written()} were committed, {@link #notWritten()} were not, and {@link #inFlight()} were
 * sent in a step whose outcome is unknown (the connection broke before the store answered: the
 * store committed all of that step or none of it). Running the same load again completes it.
 */
public class IncompleteLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int step;
  private final int steps;
  private final List<String> written;
  private final List<String> inFlight;
  private final List<String> notWritten;

  /**
   * @param step the step that failed, from 1
   * @param steps how many steps the load takes
   * @param written the graphs written, in IRI order
   * @param inFlight the graphs of the failed step when its outcome is unknown, in IRI order
   * @param notWritten the graphs not written, in IRI order
   * @param cause the store's failure
   */
  public IncompleteLoadException(
      int step,
      int steps,
      List<String> written,
      List<String> inFlight,
      List<String> notWritten,
      Throwable cause) {
    super(message(step, steps, written, inFlight, notWritten, cause), cause);
    this.step = step;
    this.steps = steps;
    this.written = List.copyOf(written);
    this.inFlight = List.copyOf(inFlight);
    this.notWritten = List.copyOf(notWritten);
  }

  private static String message(
      int step,
      int steps,
      List<String> written,
      List<String> inFlight,
      List<String> notWritten,
      Throwable cause) {
    Objects.requireNonNull(cause, "cause");
    int total = written.size() + inFlight.size() + notWritten.size();
    return "the store failed in step "
        + step
        + " of "
        + steps
        + " ("
        + cause.getMessage()
        + "): "
        + written.size()
        + " of "
        + total
        + " graphs written"
        + (inFlight.isEmpty() ? "" : ", " + inFlight.size() + " in a step whose outcome is unknown")
        + ", "
        + notWritten.size()
        + " not written; run the same load again to complete it";
  }

  /** The step that failed, from 1. */
  public int step() {
    return step;
  }

  /** How many steps the load takes. */
  public int steps() {
    return steps;
  }

  /** The graphs the store committed, in IRI order. */
  public List<String> written() {
    return written;
  }

  /**
   * The graphs of the failed step, when the store may have committed it before the connection
   * broke: the store holds all of them from this load, or none.
   */
  public List<String> inFlight() {
    return inFlight;
  }

  /** The graphs the store did not write, in IRI order. */
  public List<String> notWritten() {
    return notWritten;
  }
}
