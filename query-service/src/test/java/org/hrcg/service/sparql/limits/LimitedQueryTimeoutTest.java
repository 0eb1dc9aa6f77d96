package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.hrcg.service.HrcgProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** How long each query may run: in the standard lane on trial, heavy, and moved. */
class LimitedQueryTimeoutTest {

  private static LimitedQuery handler(Duration timeout, Duration heavyTimeout, Duration after) {
    HrcgProperties.Limits limits =
        new HrcgProperties.Limits(
            timeout,
            100_000,
            DataSize.ofMegabytes(1),
            DataSize.ofMegabytes(64),
            2,
            64,
            Duration.ofSeconds(5),
            List.of(),
            1,
            heavyTimeout,
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            after);
    return new LimitedQuery(
        limits,
        new ServiceAllowlist(List.of()),
        new KnownHeavyQueries(),
        new SparqlMetrics(new SimpleMeterRegistry()));
  }

  private static MockHttpServletRequest seated() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
    Admission lane = new Admission(1, 0, Duration.ofMillis(10));
    try {
      request.setAttribute(AdmissionFilter.SEAT, new AdmissionFilter.Seat(lane.enter(), lane));
    } catch (Admission.Refused | InterruptedException e) {
      throw new AssertionError(e);
    }
    return request;
  }

  @Test
  void aQueryInTheStandardLaneRunsForHeavyAfterThenMoves() {
    LimitedQuery handler =
        handler(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(1));

    assertThat(handler.timeoutFor(seated())).isEqualTo(Duration.ofSeconds(1));
    assertThat(handler.timeoutFor(new MockHttpServletRequest()))
        .as("no seat of the admission, so nowhere to move: the whole timeout")
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aHeavyQueryHasTheHeavyTimeoutAndAMovedOneNoMoreThanTheTimeoutInAll() {
    LimitedQuery handler =
        handler(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(1));
    MockHttpServletRequest heavy = seated();
    heavy.setAttribute(AdmissionFilter.HEAVY, Boolean.TRUE);
    MockHttpServletRequest moved = seated();
    moved.setAttribute(AdmissionFilter.HEAVY, Boolean.TRUE);
    moved.setAttribute(LimitedQuery.MOVED, Boolean.TRUE);

    assertThat(handler.timeoutFor(heavy)).isEqualTo(Duration.ofSeconds(30));
    assertThat(handler.timeoutFor(moved)).isEqualTo(Duration.ofSeconds(29));
  }

  @Test
  void heavyAfterAsLongAsTheTimeoutSwitchesTheMoveOff() {
    LimitedQuery handler =
        handler(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(30));

    assertThat(handler.timeoutFor(seated())).isEqualTo(Duration.ofSeconds(30));
  }
}
