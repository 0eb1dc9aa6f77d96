package org.hrcg.service.sparql.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * The query or update that a protocol request carries: the body of a direct {@code POST}, which
 * {@link RequestSizeFilter} has read into memory, or else its form or URL parameter. Filters that
 * run after the request-size limit read it here, and the body stays there for the next reader. The
 * query is parsed once a request ({@link #parsed}) for all the filters that look at it.
 */
public final class QueryText {

  /** The request attribute that keeps the parsed query with the text it came from. */
  private static final String PARSED = QueryText.class.getName() + ".parsed";

  private record Parsed(String text, Optional<Query> query) {}

  private QueryText() {}

  /**
   * The query of a request to {@code /sparql}, parsed as the query handler parses it (ARQ syntax,
   * Fuseki's base IRI); empty when the request carries none or it does not parse (the handler then
   * answers with the syntax error). The first call parses and keeps the result in the request; the
   * calls after it, by the other filters, get the same {@code Query} while the text is the same.
   * The filters only read the query.
   */
  public static Optional<Query> parsed(HttpServletRequest request) {
    Optional<String> text = of(request);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (request.getAttribute(PARSED) instanceof Parsed known && known.text().equals(text.get())) {
      return known.query();
    }
    Optional<Query> query = parse(text.get());
    request.setAttribute(PARSED, new Parsed(text.get(), query));
    return query;
  }

  /** The query text parsed as the query handler parses it, or empty when it does not parse. */
  static Optional<Query> parse(String text) {
    try {
      return Optional.of(QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ));
    } catch (QueryException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

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
