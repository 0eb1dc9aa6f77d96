package org.hrcg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

  /** 1, 2, ..., n milliseconds, shuffled. */
  private static List<Double> oneToN(int n) {
    List<Double> values = new ArrayList<>();
    IntStream.rangeClosed(1, n).asDoubleStream().forEach(values::add);
    Collections.shuffle(values, new java.util.Random(n));
    return values;
  }

  @Test
  void percentilesOfAHundredValuesAreTheValuesAtThoseRanks() {
    LatencyStats stats = LatencyStats.of(oneToN(100), 0);

    assertThat(stats.count()).isEqualTo(100);
    assertThat(stats.medianMs()).isEqualTo(50);
    assertThat(stats.p90Ms()).isEqualTo(90);
    assertThat(stats.p99Ms()).isEqualTo(99);
    assertThat(stats.maxMs()).isEqualTo(100);
  }

  @Test
  void percentilesAreAlwaysMeasuredValuesRoundedUpInRank() {
    double[] sorted = {1, 2, 3, 4};

    assertThat(LatencyStats.percentile(sorted, 50)).isEqualTo(2);
    assertThat(LatencyStats.percentile(sorted, 51)).isEqualTo(3);
    assertThat(LatencyStats.percentile(sorted, 90)).isEqualTo(4);
    assertThat(LatencyStats.percentile(sorted, 100)).isEqualTo(4);
    assertThat(LatencyStats.percentile(sorted, 0.1)).isEqualTo(1);
  }

  @Test
  void rankOfAnExactProductIsNotPushedUpByRounding() {
    // 0.9 * 10 is 9.000000000000002 in doubles: the 90th percentile of ten values is the ninth.
    double[] sorted = IntStream.rangeClosed(1, 10).asDoubleStream().toArray();

    assertThat(LatencyStats.percentile(sorted, 90)).isEqualTo(9);
    assertThat(LatencyStats.percentile(sorted, 99)).isEqualTo(10);
  }

  @Test
  void fewValuesMakeTheTailPercentilesTheMaximum() {
    LatencyStats stats = LatencyStats.of(List.of(12.0, 3.0, 7.0), 1);

    assertThat(stats.medianMs()).isEqualTo(7);
    assertThat(stats.p90Ms()).isEqualTo(12);
    assertThat(stats.p99Ms()).isEqualTo(12);
    assertThat(stats.errors()).isEqualTo(1);
  }

  @Test
  void noValuesGiveNoFigures() {
    LatencyStats stats = LatencyStats.of(List.of(), 0);

    assertThat(stats.count()).isZero();
    assertThat(stats.medianMs()).isNaN();
    assertThat(LoadGenerator.ms(stats.medianMs())).isEqualTo("-");
  }

  @Test
  void rejectsPercentilesOutsideTheRangeAndEmptyInput() {
    assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(new double[0], 50));
    assertThrows(
        IllegalArgumentException.class, () -> LatencyStats.percentile(new double[] {1}, 0));
    assertThrows(
        IllegalArgumentException.class, () -> LatencyStats.percentile(new double[] {1}, 100.5));
    assertThrows(IllegalArgumentException.class, () -> LatencyStats.of(List.of(1.0), 2));
  }

  @Test
  void millisecondsKeepThreeSignificantDigits() {
    assertThat(LoadGenerator.ms(1.2345)).isEqualTo("1.23");
    assertThat(LoadGenerator.ms(12.345)).isEqualTo("12.3");
    assertThat(LoadGenerator.ms(12345.6)).isEqualTo("12346");
  }
}
