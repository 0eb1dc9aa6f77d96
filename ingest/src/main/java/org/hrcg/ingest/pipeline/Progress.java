package org.hrcg.ingest.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Told how a run goes, so that a command line can draw a progress bar. Called on the thread that
 * runs the pipeline; implementations must return quickly.
 */
@FunctionalInterface
public interface Progress {

  /** Tells nothing. */
  Progress NONE = step -> {};

  /** Called after each file is read and validated. */
  void fileDone(FileDone step);

  /** Called once before the graphs are written, when a run writes. */
  default void writing(int graphs, long triples) {}

  /**
   * Called before each write transaction (request, for a remote store): one for most runs, several
   * for a large load written in steps.
   *
   * @param step the step, from 1
   * @param steps how many steps the run writes in
   * @param graphs the graphs the step writes
   */
  default void stepStarting(int step, int steps, List<String> graphs) {}

  /** Called after each write transaction, once the store has committed it. */
  default void stepWritten(int step, int steps, List<String> graphs) {}

  /**
   * One file done.
   *
   * @param file the file
   * @param filesDone how many files are done, this one included
   * @param filesTotal how many files the run reads
   * @param fileTriples the triples read from this file
   * @param triples the triples read so far
   * @param elapsed the time since the run started
   */
  record FileDone(
      Path file, int filesDone, int filesTotal, long fileTriples, long triples, Duration elapsed) {

    public FileDone {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Triples read per second so far, 0 before any time has passed. */
    public double triplesPerSecond() {
      double seconds = elapsed.toNanos() / 1e9;
      return seconds <= 0 ? 0 : triples / seconds;
    }
  }
}
