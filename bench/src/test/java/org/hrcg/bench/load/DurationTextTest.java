package org.hrcg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

  @Test
  void readsSecondsMinutesAndMilliseconds() {
    assertThat(DurationText.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(DurationText.parse("30")).isEqualTo(Duration.ofSeconds(30));
    assertThat(DurationText.parse("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(DurationText.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(DurationText.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(DurationText.parse(" 1h ")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void rejectsOtherTextQuotingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse("30 seconds"));

    assertThat(e).hasMessageContaining("'30 seconds'");
    assertThrows(IllegalArgumentException.class, () -> DurationText.parse("-3s"));
    assertThrows(IllegalArgumentException.class, () -> DurationText.parse("PT30S"));
  }
}
