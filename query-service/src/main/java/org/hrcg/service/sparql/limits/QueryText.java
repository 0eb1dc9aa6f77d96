package org.hrcg.service.sparql.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The query or update that a protocol request carries: the body of a direct {@code POST}, which
 * {@link RequestSizeFilter} has read into memory, or else its form or URL parameter. Filters that
 * run after the request-size limit read it here, and the body stays there for the next reader.
 */
public final class QueryText {

  private QueryText() {}

  /** The query of a request to {@code /sparql}, if it carries one. */
  public static Optional<String> of(HttpServletRequest request) {
    return of(request, "application/sparql-query", "query");
  }

  /** The text of a request sent as a body of the given media type, or in the first parameter. */
  static Optional<String> of(HttpServletRequest request, String bodyType, String... parameters) {
    String contentType = request.getContentType();
    if (contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith(bodyType)
        && "POST".equals(request.getMethod())) {
      return RequestSizeFilter.CachedBody.of(request)
          .map(body -> new String(body, StandardCharsets.UTF_8));
    }
    for (String parameter : parameters) {
      String value = request.getParameter(parameter);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
