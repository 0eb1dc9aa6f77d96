package org.hrcg.bench.load;

import java.util.List;
import java.util.Objects;

/**
 * What the health checks made during a run saw.
 *
 * @param checks checks made
 * @param up checks answered {@code 200} with status {@code UP}
 * @param problems each other check: when (seconds into the run) and what it got, in order
 * @param latency the checks' latencies; its errors are the checks that were not up
 */
public record HealthFigures(int checks, int up, List<String> problems, LatencyStats latency) {

  public HealthFigures {
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    Objects.requireNonNull(latency, "latency");
  }

  /** Whether every check found the service up. */
  public boolean alwaysUp() {
    return checks > 0 && up == checks;
  }
}
