package org.hrcg.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with an input, where it is, and how bad it is. Readers and checks collect
 * problems instead of throwing, so that a run reports all of them, not only the first.
 *
 * @param file the input file
 * @param position where in the file
 * @param severity whether it fails the run
 * @param message what is wrong, naming the field and the offending value
 */
public record Problem(Path file, Position position, Severity severity, String message) {

  /** How bad a problem is. */
  public enum Severity {
    /** Fails the run: nothing of the run is written. */
    ERROR,
    /** Printed; fails the run only with {@code --strict}. */
    WARNING
  }

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** An error at a position. */
  public static Problem error(Path file, Position position, String message) {
    return new Problem(file, position, Severity.ERROR, message);
  }

  /** A warning at a position. */
  public static Problem warning(Path file, Position position, String message) {
    return new Problem(file, position, Severity.WARNING, message);
  }

  /** Whether this problem fails the run. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line[:column]: error: message}, the form editors and CI logs link to. */
  @Override
  public String toString() {
    return file
        + ":"
        + position
        + ": "
        + (severity == Severity.ERROR ? "error" : "warning")
        + ": "
        + message;
  }
}
