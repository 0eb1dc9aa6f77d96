package org.hrcg.bench.load;

/**
 * One request sent: when (ms after the generator started), how long it took to the last byte of its
 * answer, and what came back.
 *
 * @param kind the kind it counts for
 * @param warmup whether it was part of the warm-up, which no figure counts
 * @param startMs when it was sent, in milliseconds after the generator started
 * @param latencyMs from sending to the last byte of the answer (or to the error)
 * @param status the HTTP status, 0 when there was no answer
 * @param outcome answered, refused or failed
 * @param bytes the size of the answer's body
 * @param shown what the CSV shows of the request ({@link Request#shown()})
 */
record Sample(
    RequestKind kind,
    boolean warmup,
    double startMs,
    double latencyMs,
    int status,
    Outcome outcome,
    long bytes,
    String shown) {

  boolean failed() {
    return outcome.type() == Outcome.Type.FAILED;
  }

  boolean refused() {
    return outcome.type() == Outcome.Type.REFUSED;
  }
}
