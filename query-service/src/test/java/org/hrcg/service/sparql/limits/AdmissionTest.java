package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionTest {

  @Test
  void runsUpToItsWorkersAtOnce() throws Exception {
    Admission admission = new Admission(2, 0, Duration.ofMillis(10));

    try (Admission.Turn first = admission.enter();
        Admission.Turn second = admission.enter()) {
      assertThat(admission.running()).isEqualTo(2);
      Admission.Refused refused = assertThrows(Admission.Refused.class, admission::enter);
      assertThat(refused.reason()).isEqualTo(Reason.QUEUE_FULL);
    }
    assertThat(admission.running()).isZero();
  }

  @Test
  void aRequestThatWaitsLongerThanTheWaitIsRefused() throws Exception {
    Admission admission = new Admission(1, 1, Duration.ofMillis(100));

    try (Admission.Turn busy = admission.enter()) {
      Admission.Refused refused = assertThrows(Admission.Refused.class, admission::enter);
      assertThat(refused.reason()).isEqualTo(Reason.QUEUE_TIMEOUT);
    }
    assertThat(admission.waiting()).isZero();
  }

  @Test
  void aWaitingRequestGetsTheTurnThatIsGivenBack() throws Exception {
    Admission admission = new Admission(1, 1, Duration.ofSeconds(60));
    Admission.Turn busy = admission.enter();
    CountDownLatch started = new CountDownLatch(1);

    CompletableFuture<Boolean> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              started.countDown();
              try (Admission.Turn turn = admission.enter()) {
                return true;
              } catch (Admission.Refused | InterruptedException e) {
                return false;
              }
            });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    while (admission.waiting() == 0 && !waiting.isDone()) {
      Thread.sleep(10);
    }
    assertThat(assertThrows(Admission.Refused.class, admission::enter).reason())
        .as("the queue of one is full")
        .isEqualTo(Reason.QUEUE_FULL);
    busy.close();

    assertThat(waiting.get(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void tellsRefusedClientsToComeBackAfterTheWaitInWholeSeconds() {
    assertThat(new Admission(1, 1, Duration.ofSeconds(5)).retryAfterSeconds()).isEqualTo(5);
    assertThat(new Admission(1, 1, Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
    assertThat(new Admission(1, 1, Duration.ofMillis(10)).retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void aSeatMovedToTheHeavyLaneGivesItsStandardTurnToTheNext() throws Exception {
    Admission standard = new Admission(1, 0, Duration.ofMillis(10));
    Admission heavy = new Admission(1, 0, Duration.ofMillis(10));

    try (AdmissionFilter.Seat seat = new AdmissionFilter.Seat(standard.enter(), heavy)) {
      seat.moveToHeavy();

      assertThat(standard.running()).isZero();
      assertThat(heavy.running()).isEqualTo(1);
      assertThrows(IllegalStateException.class, seat::moveToHeavy);
    }
    assertThat(heavy.running()).isZero();
  }

  @Test
  void aSeatThatFindsNoTurnInTheHeavyLaneHoldsNone() throws Exception {
    Admission standard = new Admission(1, 0, Duration.ofMillis(10));
    Admission heavy = new Admission(1, 0, Duration.ofMillis(10));

    try (Admission.Turn other = heavy.enter()) {
      AdmissionFilter.Seat seat = new AdmissionFilter.Seat(standard.enter(), heavy);
      Admission.Refused refused = assertThrows(Admission.Refused.class, seat::moveToHeavy);
      seat.close();

      assertThat(refused.reason()).isEqualTo(Reason.QUEUE_FULL);
      assertThat(standard.running()).isZero();
      assertThat(heavy.running()).as("only the other turn").isEqualTo(1);
    }
  }
}
