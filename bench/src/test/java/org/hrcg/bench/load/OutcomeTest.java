package org.hrcg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  private static byte[] problem(int status, String reason) {
    return ("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":"
            + status
            + ",\"detail\":\"the service is busy\",\"reason\":\""
            + reason
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void twoHundredsAndNotModifiedAreAnswers() {
    assertThat(Outcome.ofAnswer(200, "application/json", null).type())
        .isEqualTo(Outcome.Type.ANSWERED);
    assertThat(Outcome.ofAnswer(204, null, null).type()).isEqualTo(Outcome.Type.ANSWERED);
    assertThat(Outcome.ofAnswer(304, null, null).type()).isEqualTo(Outcome.Type.ANSWERED);
  }

  @Test
  void queueAndTimeoutProblemsAreDocumentedRefusals() {
    Outcome busy = Outcome.ofAnswer(429, "application/problem+json", problem(429, "queue-full"));
    Outcome waited =
        Outcome.ofAnswer(
            429, "application/problem+json;charset=UTF-8", problem(429, "queue-timeout"));
    Outcome slow = Outcome.ofAnswer(503, "application/problem+json", problem(503, "timeout"));

    assertThat(busy).isEqualTo(new Outcome(Outcome.Type.REFUSED, "queue-full"));
    assertThat(waited.detail()).isEqualTo("queue-timeout");
    assertThat(slow).hasToString("refused: timeout");
  }

  @Test
  void refusalsWithoutTheHouseProblemAreFailures() {
    // Plain text, as bare Fuseki answers a timeout.
    assertThat(
            Outcome.ofAnswer(503, "text/plain", "Query timed out".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new Outcome(Outcome.Type.FAILED, "status 503"));
    // A reason that is not a limit on load.
    assertThat(Outcome.ofAnswer(503, "application/problem+json", problem(503, "store")).type())
        .isEqualTo(Outcome.Type.FAILED);
    // A body whose status disagrees with the answer's.
    assertThat(Outcome.ofAnswer(429, "application/problem+json", problem(503, "timeout")).type())
        .isEqualTo(Outcome.Type.FAILED);
    // Not JSON at all, and JSON that is not an object.
    assertThat(
            Outcome.ofAnswer(
                    429,
                    "application/problem+json",
                    "{\"status\":429,".getBytes(StandardCharsets.UTF_8))
                .type())
        .isEqualTo(Outcome.Type.FAILED);
    assertThat(
            Outcome.ofAnswer(
                    429, "application/problem+json", "[429]".getBytes(StandardCharsets.UTF_8))
                .type())
        .isEqualTo(Outcome.Type.FAILED);
  }

  @Test
  void otherStatusesAreFailuresWhateverTheirBody() {
    assertThat(Outcome.ofAnswer(500, "application/problem+json", problem(500, "timeout")))
        .hasToString("failed: status 500");
    assertThat(Outcome.ofAnswer(404, "application/problem+json", null).detail())
        .isEqualTo("status 404");
    assertThat(Outcome.needsBody(500)).isFalse();
    assertThat(Outcome.needsBody(429)).isTrue();
  }

  @Test
  void noAnswerIsAFailureByCause() {
    assertThat(Outcome.ofError(new HttpTimeoutException("request timed out")))
        .isEqualTo(new Outcome(Outcome.Type.FAILED, "client-timeout"));
    assertThat(Outcome.ofError(new IOException("connection reset")).detail()).isEqualTo("io-error");
  }
}
