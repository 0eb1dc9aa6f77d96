package org.hrcg.bench.load;

import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * What became of one request: answered, refused by one of the service's documented limits, or
 * failed.
 *
 * <p>A documented refusal is a {@code 429} or {@code 503} whose body is the service's problem JSON
 * ({@code application/problem+json}, RFC 9457) with the same {@code status} and a {@code reason}
 * among {@link #DOCUMENTED_REASONS}: the queue was full or waited too long, or the query ran past
 * its timeout ({@code docs/security.md}). Every other answer outside 2xx and {@code 304}, and every
 * request that got no answer (an I/O error, or the client's own timeout), is a failure.
 *
 * @param type answered, refused or failed
 * @param detail for a refusal its reason ({@code queue-timeout}); for a failure its cause ({@code
 *     status 500}, {@code io-error}, {@code client-timeout}); empty for an answer
 */
public record Outcome(Type type, String detail) {

  /** The three things that can become of a request. */
  public enum Type {
    /** A 2xx or 304 answer. */
    ANSWERED,
    /** A documented refusal: the client may try again later. */
    REFUSED,
    /** Anything else. */
    FAILED
  }

  /** The problem reasons of the service's limits on load: the queue and the timeouts. */
  public static final Set<String> DOCUMENTED_REASONS =
      Set.of("queue-full", "queue-timeout", "timeout");

  /** The media type of the service's problem bodies. */
  static final String PROBLEM_JSON = "application/problem+json";

  /** At most this much of a refusal's body is read to find its reason. */
  static final int MAX_PROBLEM_BYTES = 64 * 1024;

  static final Outcome ANSWERED = new Outcome(Type.ANSWERED, "");

  public Outcome {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * What an answer with this status is, reading the body only for a {@code 429} or {@code 503}.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type} header, or null
   * @param body the body, or its first {@link #MAX_PROBLEM_BYTES} bytes (null when not read)
   */
  static Outcome ofAnswer(int status, String contentType, byte[] body) {
    if ((status >= 200 && status <= 299) || status == 304) {
      return ANSWERED;
    }
    if (needsBody(status)) {
      String reason = documentedReason(status, contentType, body);
      if (reason != null) {
        return new Outcome(Type.REFUSED, reason);
      }
    }
    return new Outcome(Type.FAILED, "status " + status);
  }

  /** A request that got no answer: the client's own timeout, or any other I/O error. */
  static Outcome ofError(Exception error) {
    return new Outcome(
        Type.FAILED, error instanceof HttpTimeoutException ? "client-timeout" : "io-error");
  }

  /** Whether an answer of this status may be a documented refusal, so its body must be read. */
  static boolean needsBody(int status) {
    return status == 429 || status == 503;
  }

  private static String documentedReason(int status, String contentType, byte[] body) {
    if (contentType == null
        || body == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith(PROBLEM_JSON)) {
      return null;
    }
    JsonObject problem;
    try {
      JsonValue parsed = JSON.parseAny(new String(body, StandardCharsets.UTF_8));
      if (!parsed.isObject()) {
        return null;
      }
      problem = parsed.getAsObject();
    } catch (JsonException e) {
      return null;
    }
    JsonValue declared = problem.get("status");
    JsonValue reason = problem.get("reason");
    if (declared == null
        || !declared.isNumber()
        || declared.getAsNumber().value().intValue() != status
        || reason == null
        || !reason.isString()
        || !DOCUMENTED_REASONS.contains(reason.getAsString().value())) {
      return null;
    }
    return reason.getAsString().value();
  }

  /** How the reports show it: {@code answered}, {@code refused: timeout}, {@code failed: ...}. */
  @Override
  public String toString() {
    String name = type.name().toLowerCase(Locale.ROOT);
    return detail.isEmpty() ? name : name + ": " + detail;
  }
}
