package org.hrcg.bench.load;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one measured run: every kind's, in the order of the mix, with how many requests
 * were sent, over how long, and how the service's health answered meanwhile.
 *
 * @param kinds each kind's figures
 * @param requests measured requests
 * @param seconds the measured run's wall-clock time
 * @param concurrency clients at once
 * @param health the health checks made during the run, or null when none were
 */
public record LoadReport(
    List<KindFigures> kinds, int requests, double seconds, int concurrency, HealthFigures health) {

  public LoadReport {
    kinds = List.copyOf(Objects.requireNonNull(kinds, "kinds"));
  }

  /**
   * The figures of one kind.
   *
   * @throws IllegalArgumentException if the run did not send that kind
   */
  public KindFigures of(RequestKind kind) {
    return kinds.stream()
        .filter(k -> k.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the run sent no " + kind.label()));
  }

  /** Requests that failed, of every kind. */
  public int failed() {
    return kinds.stream().mapToInt(KindFigures::failed).sum();
  }

  /** Requests that a documented limit refused, of every kind. */
  public int refused() {
    return kinds.stream().mapToInt(KindFigures::refused).sum();
  }

  /** Documented refusals of every kind, by reason. */
  public SortedMap<String, Integer> refusals() {
    SortedMap<String, Integer> all = new TreeMap<>();
    kinds.forEach(k -> k.refusals().forEach((reason, n) -> all.merge(reason, n, Integer::sum)));
    return all;
  }

  /** Failures of every kind, by cause. */
  public SortedMap<String, Integer> failures() {
    SortedMap<String, Integer> all = new TreeMap<>();
    kinds.forEach(k -> k.failures().forEach((cause, n) -> all.merge(cause, n, Integer::sum)));
    return all;
  }
}
