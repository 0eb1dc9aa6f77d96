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

  /**
   * A refusal.
   *
   * @param status the status, 4xx
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
