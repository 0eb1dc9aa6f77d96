package org.hrcg.service.api;

import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request that the JSON API refuses, answered as an RFC 9457 problem detail with this status, a
 * detail that says why and what to do, and members that name what was wrong ({@code parameter},
 * {@code slug}, {@code problems}).
 */
public final class ApiProblem extends ErrorResponseException {

  /** The member that names the request parameter at fault. */
  public static final String PARAMETER = "parameter";

  /** The member that names the limit behind a {@code 503}, as the SPARQL endpoint's problems do. */
  public static final String REASON = "reason";

  /**
   * A refusal.
   *
   * @param status the status, 4xx, or 503 when a limit refuses the request for now
   * @param detail why, for the person who reads it
   */
  public ApiProblem(HttpStatusCode status, String detail) {
    super(
        Objects.requireNonNull(status, "status"),
        ProblemDetail.forStatusAndDetail(status, Objects.requireNonNull(detail, "detail")),
        null);
  }

  /** A bad or missing parameter: 400, naming it. */
  public static ApiProblem badParameter(String parameter, String detail) {
    Objects.requireNonNull(parameter, "parameter");
    return new ApiProblem(HttpStatus.BAD_REQUEST, detail).with(PARAMETER, parameter);
  }

  /**
   * Not now: 503, naming the limit in {@code reason}, with {@code Retry-After} when the client
   * should try again after a while.
   *
   * @param reason the limit's name ({@code timeout}, {@code index-building})
   * @param detail what was refused and what to do
   * @param retryAfterSeconds the {@code Retry-After} to send, or 0 for none
   */
  public static ApiProblem unavailable(String reason, String detail, long retryAfterSeconds) {
    ApiProblem problem =
        new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, detail)
            .with(REASON, Objects.requireNonNull(reason, "reason"));
    if (retryAfterSeconds > 0) {
      problem.withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }
    return problem;
  }

  /** Nothing here: 404. */
  public static ApiProblem notFound(String detail) {
    return new ApiProblem(HttpStatus.NOT_FOUND, detail);
  }

  /** This problem with one more member in its body. */
  public ApiProblem with(String name, Object value) {
    Objects.requireNonNull(name, "name");
    getBody().setProperty(name, value);
    return this;
  }

  /** This problem with a header in its answer ({@code Accept-Post} with a 415, for example). */
  public ApiProblem withHeader(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    getHeaders().set(name, value);
    return this;
  }

  @Override
  public String getMessage() {
    return getStatusCode().value() + ": " + getBody().getDetail();
  }
}
