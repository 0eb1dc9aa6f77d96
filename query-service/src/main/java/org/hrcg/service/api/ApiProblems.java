package org.hrcg.service.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error of a request under {@code /api} as an RFC 9457 problem detail ({@code
 * application/problem+json}, whatever the request accepts, with {@code type}, {@code title}, {@code
 * status}, {@code detail} and {@code instance}): {@code 400} for a bad or missing parameter, naming
 * it in the member {@code parameter}; {@code 404} for a path the API does not have; {@code 405}
 * with {@code Allow}; {@code 413}; {@code 415} with {@code Accept} or {@code Accept-Post}; a
 * feature's own {@link ApiProblem}s and Spring's other {@link ErrorResponse}s as they are; and
 * {@code 500} for anything unexpected, logged here with its cause, whose body tells nothing of it.
 * A feature's own {@code 5xx} problem (a store that refuses writes, a {@code 503} that a limit
 * sends on purpose) is not logged here: the feature chose it and logs what an operator needs.
 *
 * <p>A handler exception resolver rather than a controller advice: an advice sees the requests that
 * no controller took (an unknown path, a method no handler has), which are still the API's, only
 * when it applies to every controller, and then it would stand before other features' advices for
 * their own requests too. This resolver answers requests under {@code /api} and no others; it runs
 * after the {@code @ExceptionHandler} methods, so that one a feature declares still wins, and
 * before Spring's defaults, which would send the error to the container's error page. Security's
 * refusals ({@code 401}, {@code 403}) are written by the security filters, in the same form.
 */
@Component
class ApiProblems implements WebMvcConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  private static final int MAX_VALUE_LENGTH = 80;

  private static final String BLANK = "about:blank";

  private final JsonMapper json;

  ApiProblems(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
    int position = 0;
    for (int i = 0; i < resolvers.size(); i++) {
      if (resolvers.get(i) instanceof ExceptionHandlerExceptionResolver) {
        position = i + 1;
      }
    }
    resolvers.add(position, this::resolve);
  }

  /** Answers an exception of an API request; leaves every other request to the next resolver. */
  ModelAndView resolve(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      Exception exception) {
    if (!JsonApi.covers(request)
        || exception instanceof AccessDeniedException
        || exception instanceof AuthenticationException) {
      return null;
    }
    ResponseEntity<ProblemDetail> answer = answer(exception, request);
    // A feature's own 5xx (a store that refuses writes, a limit) is an answer it chose and logs.
    if (answer.getStatusCode().is5xxServerError() && !(exception instanceof ApiProblem)) {
      LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), exception);
    }
    if (response.isCommitted()) {
      LOG.debug(
          "{} {}: the answer had begun; the problem is not sent",
          request.getMethod(),
          request.getRequestURI());
      return new ModelAndView();
    }
    response.resetBuffer();
    response.setStatus(answer.getStatusCode().value());
    answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    try {
      json.writeValue(response.getOutputStream(), members(answer, request));
    } catch (IOException | JacksonException e) {
      LOG.debug(
          "{} {}: the problem could not be sent: {}",
          request.getMethod(),
          request.getRequestURI(),
          e.toString());
    }
    return new ModelAndView();
  }

  /** The members of the body, the standard ones first and always said, then the feature's. */
  private static Map<String, Object> members(
      ResponseEntity<ProblemDetail> answer, HttpServletRequest request) {
    ProblemDetail body = answer.getBody();
    HttpStatusCode status = answer.getStatusCode();
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("type", body.getType() == null ? BLANK : body.getType().toString());
    HttpStatus known = HttpStatus.resolve(status.value());
    members.put(
        "title",
        body.getTitle() != null ? body.getTitle() : known != null ? known.getReasonPhrase() : "");
    members.put("status", status.value());
    if (body.getDetail() != null) {
      members.put("detail", body.getDetail());
    }
    members.put(
        "instance",
        body.getInstance() != null ? body.getInstance().toString() : request.getRequestURI());
    if (body.getProperties() != null) {
      body.getProperties().forEach(members::putIfAbsent);
    }
    return members;
  }

  private static ResponseEntity<ProblemDetail> answer(
      Exception exception, HttpServletRequest request) {
    if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
      Class<?> type = mismatch.getRequiredType();
      return badParameter(
          mismatch.getName(),
          "'"
              + shorten(String.valueOf(mismatch.getValue()))
              + "' is not a valid value of parameter '"
              + mismatch.getName()
              + "'"
              + (type == null ? "" : " (expected " + describe(type) + ")"));
    }
    if (exception instanceof MissingServletRequestParameterException missing) {
      return badParameter(
          missing.getParameterName(), "parameter '" + missing.getParameterName() + "' is required");
    }
    if (exception instanceof MissingServletRequestPartException missing) {
      return badParameter(
          missing.getRequestPartName(),
          "the multipart body has no part '" + missing.getRequestPartName() + "'");
    }
    if (exception instanceof HandlerMethodValidationException invalid) {
      return invalidParameters(invalid);
    }
    if (exception instanceof NoResourceFoundException
        || exception instanceof NoHandlerFoundException) {
      return of(HttpStatus.NOT_FOUND, "this API has nothing at " + request.getRequestURI());
    }
    if (exception instanceof MaxUploadSizeExceededException tooLarge) {
      long limit = tooLarge.getMaxUploadSize();
      return of(
          HttpStatus.CONTENT_TOO_LARGE,
          "the upload is larger than the limit"
              + (limit > 0 ? " of " + limit + " bytes" : "")
              + " (hrcg.limits.max-upload-size)");
    }
    if (exception instanceof MultipartException) {
      return of(HttpStatus.BAD_REQUEST, "the multipart body cannot be read");
    }
    if (exception instanceof HttpMessageNotReadableException) {
      return of(HttpStatus.BAD_REQUEST, "the request body cannot be read as this request needs");
    }
    if (exception instanceof ErrorResponse error) {
      HttpHeaders headers = new HttpHeaders();
      headers.putAll(error.getHeaders());
      return ResponseEntity.status(error.getStatusCode()).headers(headers).body(error.getBody());
    }
    return of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "the service failed on this request; the failure is logged for its operators");
  }

  private static ResponseEntity<ProblemDetail> invalidParameters(
      HandlerMethodValidationException invalid) {
    List<String> names =
        invalid.getParameterValidationResults().stream()
            .map(result -> result.getMethodParameter().getParameterName())
            .distinct()
            .toList();
    String detail =
        invalid.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                "parameter '"
                                    + result.getMethodParameter().getParameterName()
                                    + "': "
                                    + error.getDefaultMessage()))
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid parameters");
    ResponseEntity<ProblemDetail> answer = of(HttpStatus.BAD_REQUEST, detail);
    if (!names.isEmpty()) {
      answer.getBody().setProperty(ApiProblem.PARAMETER, names.get(0));
      answer.getBody().setProperty("parameters", names);
    }
    return answer;
  }

  private static ResponseEntity<ProblemDetail> badParameter(String parameter, String detail) {
    ResponseEntity<ProblemDetail> answer = of(HttpStatus.BAD_REQUEST, detail);
    answer.getBody().setProperty(ApiProblem.PARAMETER, parameter);
    return answer;
  }

  private static ResponseEntity<ProblemDetail> of(HttpStatusCode status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }

  private static String describe(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return "one of " + List.of(constants);
    }
    return "a " + type.getSimpleName();
  }

  private static String shorten(String value) {
    return value.length() <= MAX_VALUE_LENGTH
        ? value
        : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
  }
}
