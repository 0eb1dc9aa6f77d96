package org.hrcg.bench.load;

import java.util.Collection;

/**
 * The latencies of one kind of request: how many, how many failed, and the median, 90th and 99th
 * percentiles and the maximum, in milliseconds. Percentiles are by nearest rank: the p-th
 * percentile of n values is the value at rank ⌈p · n / 100⌉ in ascending order, so it is always one
 * of the values measured (the median of 1, 2, 3, 4 is 2).
 *
 * @param count requests measured
 * @param errors requests that failed ({@link Outcome}): an answer outside 2xx and 304 that is not a
 *     documented refusal, or none
 * @param medianMs the 50th percentile
 * @param p90Ms the 90th percentile
 * @param p99Ms the 99th percentile
 * @param maxMs the largest
 */
public record LatencyStats(
    int count, int errors, double medianMs, double p90Ms, double p99Ms, double maxMs) {

  /** The statistics of these latencies (in milliseconds) with so many errors among them. */
  public static LatencyStats of(Collection<Double> latenciesMs, int errors) {
    double[] sorted = latenciesMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (errors < 0 || errors > sorted.length) {
      throw new IllegalArgumentException(
          "errors: " + errors + " is not between 0 and " + sorted.length);
    }
    if (sorted.length == 0) {
      return new LatencyStats(0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    return new LatencyStats(
        sorted.length,
        errors,
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        sorted[sorted.length - 1]);
  }

  /**
   * The p-th percentile of values sorted in ascending order, by nearest rank.
   *
   * @throws IllegalArgumentException if there are no values or p is not in (0, 100]
   */
  public static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("p: " + p + " is not in (0, 100]");
    }
    // The epsilon keeps a product such as 0.9 * 10 = 9.000000000000002 at rank 9.
    int rank = (int) Math.ceil(p / 100.0 * sorted.length - 1e-9);
    return sorted[Math.max(1, rank) - 1];
  }
}
