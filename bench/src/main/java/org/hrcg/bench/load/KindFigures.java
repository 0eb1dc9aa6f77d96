package org.hrcg.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one kind of request in a run: its latencies (of every request, refused or failed
 * ones included), its answers by HTTP status, its documented refusals by reason and its failures by
 * cause.
 *
 * @param kind the kind
 * @param latency the latencies; its {@link LatencyStats#errors()} are the failures
 * @param statuses requests by HTTP status, 0 for no answer
 * @param refusals documented refusals by reason ({@link Outcome#DOCUMENTED_REASONS})
 * @param failures failures by cause ({@code status 500}, {@code io-error}, {@code client-timeout})
 * @param medianBytes the median size of an answer's body
 */
public record KindFigures(
    RequestKind kind,
    LatencyStats latency,
    SortedMap<Integer, Integer> statuses,
    SortedMap<String, Integer> refusals,
    SortedMap<String, Integer> failures,
    long medianBytes) {

  public KindFigures {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(latency, "latency");
    statuses = Collections.unmodifiableSortedMap(new TreeMap<>(statuses));
    refusals = Collections.unmodifiableSortedMap(new TreeMap<>(refusals));
    failures = Collections.unmodifiableSortedMap(new TreeMap<>(failures));
  }

  /** The figures of the samples of this kind among {@code samples}. */
  static KindFigures of(RequestKind kind, List<Sample> samples) {
    List<Double> latencies = new ArrayList<>();
    List<Double> bytes = new ArrayList<>();
    SortedMap<Integer, Integer> statuses = new TreeMap<>();
    SortedMap<String, Integer> refusals = new TreeMap<>();
    SortedMap<String, Integer> failures = new TreeMap<>();
    int failed = 0;
    for (Sample sample : samples) {
      if (sample.kind() != kind) {
        continue;
      }
      latencies.add(sample.latencyMs());
      bytes.add((double) sample.bytes());
      statuses.merge(sample.status(), 1, Integer::sum);
      if (sample.refused()) {
        refusals.merge(sample.outcome().detail(), 1, Integer::sum);
      } else if (sample.failed()) {
        failures.merge(sample.outcome().detail(), 1, Integer::sum);
        failed++;
      }
    }
    double[] sortedBytes = bytes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new KindFigures(
        kind,
        LatencyStats.of(latencies, failed),
        statuses,
        refusals,
        failures,
        sortedBytes.length == 0 ? 0 : (long) LatencyStats.percentile(sortedBytes, 50));
  }

  /** Requests that a documented limit refused. */
  public int refused() {
    return refusals.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Requests that failed. */
  public int failed() {
    return latency.errors();
  }

  /** {@code 200 ×1200, 429 ×3}: the requests by status, {@code none} for no answer. */
  static String counts(Map<?, Integer> counts) {
    if (counts.isEmpty()) {
      return "-";
    }
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (key, count) -> parts.add((Integer.valueOf(0).equals(key) ? "none" : key) + " ×" + count));
    return String.join(", ", parts);
  }
}
