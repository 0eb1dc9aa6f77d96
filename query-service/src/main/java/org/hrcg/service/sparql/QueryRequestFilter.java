package org.hrcg.service.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.WebContent;

/**
 * Queries as the clients people use send them.
 *
 * <ul>
 *   <li>The result-format parameters that clients add ({@code format}, {@code output}, {@code
 *       results}; SPARQLWrapper sends all three) become an {@code Accept} header: a known short
 *       name ({@code json}, {@code xml}, {@code csv}, {@code tsv}, {@code turtle}, ...) or a media
 *       type decides the format when the request's {@code Accept} is absent or has a wildcard
 *       (browsers send {@code *}{@code /*}); a specific {@code Accept} wins, with the parameter's
 *       types as a fallback. Fuseki never sees them, so no value of theirs is a 400, and one that
 *       does not fit the query's form (CSV for a CONSTRUCT) falls back to the form's default.
 *   <li>{@code callback} (JSONP) is ignored: a script-wrapped answer runs in the calling page, and
 *       reads are open to every origin through CORS.
 *   <li>{@code HEAD} with a query is answered as {@code GET} is, without the body.
 * </ul>
 */
public final class QueryRequestFilter implements Filter {

  /** In the order Fuseki reads them: the first that names a format decides. */
  static final List<String> FORMAT_PARAMETERS = List.of("output", "format", "results");

  static final String CALLBACK = "callback";

  private static final String JSON =
      WebContent.contentTypeResultsJSON + ", " + WebContent.contentTypeJSONLD + ";q=0.9";
  private static final String XML =
      WebContent.contentTypeResultsXML + ", " + WebContent.contentTypeRDFXML + ";q=0.9";

  /** Short names clients use, lower case, and the media types they stand for. */
  private static final Map<String, String> SHORT_NAMES =
      Map.ofEntries(
          Map.entry("json", JSON),
          Map.entry("srj", WebContent.contentTypeResultsJSON),
          Map.entry("xml", XML),
          Map.entry("srx", WebContent.contentTypeResultsXML),
          Map.entry("csv", WebContent.contentTypeTextCSV),
          Map.entry("tsv", WebContent.contentTypeTextTSV),
          Map.entry("text", WebContent.contentTypeTextPlain),
          Map.entry("txt", WebContent.contentTypeTextPlain),
          Map.entry("turtle", WebContent.contentTypeTurtle),
          Map.entry("ttl", WebContent.contentTypeTurtle),
          Map.entry("n3", WebContent.contentTypeTurtle),
          Map.entry("nt", WebContent.contentTypeNTriples),
          Map.entry("ntriples", WebContent.contentTypeNTriples),
          Map.entry("n-triples", WebContent.contentTypeNTriples),
          Map.entry("jsonld", WebContent.contentTypeJSONLD),
          Map.entry("json-ld", WebContent.contentTypeJSONLD),
          Map.entry("rdf", WebContent.contentTypeRDFXML),
          Map.entry("rdfxml", WebContent.contentTypeRDFXML),
          Map.entry("rdf+xml", WebContent.contentTypeRDFXML),
          Map.entry("rdf/xml", WebContent.contentTypeRDFXML),
          Map.entry("trig", WebContent.contentTypeTriG),
          Map.entry("nq", WebContent.contentTypeNQuads),
          Map.entry("nquads", WebContent.contentTypeNQuads),
          Map.entry("n-quads", WebContent.contentTypeNQuads));

  /** Accepts anything, at the lowest weight, so that a requested format never ends in a 406. */
  private static final String ANY_FALLBACK = "*/*;q=0.01";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse answer) {
      boolean head = "HEAD".equalsIgnoreCase(http.getMethod());
      chain.doFilter(
          new ClientQuery(http, head, accept(http)), head ? new WithoutBody(answer) : answer);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * The {@code Accept} header Fuseki sees for a query request: the request's own, with the types
   * that its format parameters name folded in; {@code null} if there is neither.
   */
  public static String accept(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    Optional<String> requested = requestedTypes(request);
    if (requested.isEmpty()) {
      return accept;
    }
    if (accept == null || accept.isBlank() || accept.contains("*/*")) {
      return requested.get() + ", " + ANY_FALLBACK;
    }
    return accept + ", " + lowered(requested.get()) + ", " + ANY_FALLBACK;
  }

  /** The media types the format parameters name, if any parameter names one. */
  static Optional<String> requestedTypes(HttpServletRequest request) {
    for (String name : FORMAT_PARAMETERS) {
      String value = request.getParameter(name);
      if (value == null || value.isBlank()) {
        continue;
      }
      String key = value.trim().toLowerCase(Locale.ROOT);
      String types = SHORT_NAMES.get(key);
      if (types != null) {
        return Optional.of(types);
      }
      if (key.matches("[a-z0-9.+-]+/[a-z0-9.+-]+")) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** The same types at a weight below every type a client names without one. */
  private static String lowered(String types) {
    StringBuilder lowered = new StringBuilder();
    for (String type : types.split(",")) {
      String mediaType = type.trim().replaceAll(";.*", "");
      if (!lowered.isEmpty()) {
        lowered.append(", ");
      }
      lowered.append(mediaType).append(";q=0.05");
    }
    return lowered.toString();
  }

  /** The request with the client-only parameters hidden, and as a {@code GET} if it was a HEAD. */
  private static final class ClientQuery extends HttpServletRequestWrapper {

    private final boolean head;
    private final String accept;

    ClientQuery(HttpServletRequest request, boolean head, String accept) {
      super(request);
      this.head = head;
      this.accept = accept;
    }

    private static boolean hidden(String name) {
      return FORMAT_PARAMETERS.contains(name) || CALLBACK.equals(name);
    }

    @Override
    public String getMethod() {
      return head ? "GET" : super.getMethod();
    }

    @Override
    public String getHeader(String name) {
      return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if ("Accept".equalsIgnoreCase(name)) {
        return accept == null
            ? Collections.emptyEnumeration()
            : Collections.enumeration(List.of(accept));
      }
      return super.getHeaders(name);
    }

    @Override
    public String getParameter(String name) {
      return hidden(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return hidden(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> visible = new LinkedHashMap<>(super.getParameterMap());
      visible.keySet().removeIf(ClientQuery::hidden);
      return Collections.unmodifiableMap(visible);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }

  /** A response whose headers go out and whose body is dropped, as HEAD requires. */
  private static final class WithoutBody extends HttpServletResponseWrapper {

    private final ServletOutputStream nothing =
        new ServletOutputStream() {
          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("HEAD responses have no body to write");
          }

          @Override
          public void write(int b) {
            // HEAD: the body is not sent.
          }

          @Override
          public void write(byte[] b, int off, int len) {
            // HEAD: the body is not sent.
          }
        };

    private final PrintWriter discard = new PrintWriter(Writer.nullWriter());

    WithoutBody(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return nothing;
    }

    @Override
    public PrintWriter getWriter() {
      return discard;
    }

    @Override
    public void setContentLength(int length) {
      // The length of a body that is not sent would be wrong for HEAD's GET.
    }

    @Override
    public void setContentLengthLong(long length) {
      // As setContentLength.
    }
  }
}
