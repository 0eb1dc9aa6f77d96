package org.hrcg.service.sparql.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.hrcg.ingest.rdf.JsonNesting;
import org.hrcg.ingest.rdf.XmlDoctypeCheck;

/**
 * No client makes the server fetch a URL: a query or an update with {@code SERVICE} to an endpoint
 * that is not allowed, or with {@code LOAD}, is answered {@code 403 Forbidden} before it runs,
 * whoever sends it; an RDF/XML upload whose DOCTYPE names an external DTD or entity is answered
 * {@code 400}. A request that does not parse is left to the protocol handler, which reports the
 * syntax error.
 *
 * <p>This filter needs the body of a query or update sent as {@code application/sparql-query} or
 * {@code application/sparql-update}: {@link RequestSizeFilter} runs first and holds it in memory.
 */
final class RemoteAccessFilter implements Filter {

  private final ServiceAllowlist allowlist;
  private final SparqlMetrics metrics;

  RemoteAccessFilter(ServiceAllowlist allowlist, SparqlMetrics metrics) {
    this.allowlist = Objects.requireNonNull(allowlist, "allowlist");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse answer) {
      Endpoint endpoint = Endpoint.of(http);
      if (endpoint.uploads(http.getMethod()) && isXml(http)) {
        checkXml(http, answer, chain);
        return;
      }
      if (endpoint.uploads(http.getMethod()) && isJson(http)) {
        checkJsonDepth(http, answer, chain);
        return;
      }
      Optional<Problem> refusal =
          switch (endpoint) {
            case QUERY -> QueryText.parsed(http).flatMap(this::query);
            case UPDATE ->
                QueryText.of(http, "application/sparql-update", "update", "request")
                    .flatMap(this::update);
            default -> Optional.empty();
          };
      if (refusal.isPresent()) {
        refuse(answer, refusal.get());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletResponse response, Problem problem) throws IOException {
    metrics.rejected(problem.reason());
    problem.write(response);
  }

  /**
   * An RDF/XML or TriX upload whose prolog names an external DTD or entity is refused; the rest
   * goes on with the prolog read here put back in front of the body.
   */
  private void checkXml(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ServletInputStream body = request.getInputStream();
    byte[] start = body.readNBytes(PROLOG_BYTES);
    // The same check as case-study files get; the prolog is ASCII in practice, so UTF-8 serves.
    Optional<XmlDoctypeCheck.Finding> external =
        XmlDoctypeCheck.externalReference(new String(start, StandardCharsets.UTF_8));
    if (external.isPresent()) {
      refuse(
          response,
          Problem.of(
              400,
              "Bad Request",
              external.get().message() + "; this service never fetches one",
              Reason.XML_ENTITY));
      return;
    }
    chain.doFilter(new Replayed(request, start, body), response);
  }

  /**
   * A JSON-LD upload that nests deeper than {@link JsonNesting#MAX_DEPTH} levels is refused before
   * a parser sees it (the parser recurses once a level, and thousands of levels overflow its
   * stack); the rest goes on with the body read here. Uploads are bounded by the upload limit,
   * which {@link RequestSizeFilter} applies first, and need credentials.
   */
  private void checkJsonDepth(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ServletInputStream body = request.getInputStream();
    byte[] all = body.readAllBytes();
    OptionalInt deep =
        JsonNesting.tooDeep(new String(all, StandardCharsets.UTF_8), JsonNesting.MAX_DEPTH);
    if (deep.isPresent()) {
      refuse(
          response,
          Problem.of(
              400,
              "Bad Request",
              "the JSON-LD nests deeper than "
                  + JsonNesting.MAX_DEPTH
                  + " levels of arrays and objects (at character "
                  + (deep.getAsInt() + 1)
                  + ")",
              Reason.TOO_DEEP));
      return;
    }
    chain.doFilter(new Replayed(request, all, body), response);
  }

  /** JSON-LD, and JSON that Jena would read as JSON-LD. */
  private static boolean isJson(HttpServletRequest request) {
    String contentType = request.getContentType();
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("application/ld+json") || type.startsWith("application/json");
  }

  /** How much of an XML upload is read for its prolog. */
  private static final int PROLOG_BYTES = 64 * 1024;

  /** RDF/XML and TriX, the XML syntaxes Jena reads. */
  private static boolean isXml(HttpServletRequest request) {
    String contentType = request.getContentType();
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("application/rdf+xml") || type.startsWith("application/trix");
  }

  /** A request whose body's start was read, and is read again before the rest. */
  private static final class Replayed extends HttpServletRequestWrapper {
    private final ServletInputStream input;

    Replayed(HttpServletRequest request, byte[] start, ServletInputStream rest) {
      super(request);
      this.input = new Joined(new ByteArrayInputStream(start), rest);
    }

    @Override
    public ServletInputStream getInputStream() {
      return input;
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              input, encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
    }
  }

  private static final class Joined extends ServletInputStream {
    private final ByteArrayInputStream start;
    private final ServletInputStream rest;

    Joined(ByteArrayInputStream start, ServletInputStream rest) {
      this.start = start;
      this.rest = rest;
    }

    @Override
    public int read() throws IOException {
      int b = start.read();
      return b >= 0 ? b : rest.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      int n = start.read(buffer, offset, length);
      return n > 0 ? n : rest.read(buffer, offset, length);
    }

    @Override
    public boolean isFinished() {
      return start.available() == 0 && rest.isFinished();
    }

    @Override
    public boolean isReady() {
      return start.available() > 0 || rest.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      rest.setReadListener(listener);
    }
  }

  private Optional<Problem> query(Query query) {
    return service(RemoteAccess.serviceEndpoints(query));
  }

  private Optional<Problem> update(String text) {
    UpdateRequest update;
    try {
      update = UpdateFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
    } catch (QueryException e) {
      return Optional.empty();
    }
    List<String> sources = RemoteAccess.loadSources(update);
    if (!sources.isEmpty()) {
      return Optional.of(load(sources.get(0)));
    }
    return service(RemoteAccess.serviceEndpoints(update));
  }

  private Optional<Problem> service(List<String> endpoints) {
    return endpoints.stream()
        .filter(endpoint -> !allowlist.allows(endpoint))
        .findFirst()
        .map(RemoteAccessFilter::service);
  }

  /** The refusal of a {@code SERVICE} endpoint; the query handler gives the same answer. */
  static Problem service(String endpoint) {
    String which =
        RemoteAccess.VARIABLE_ENDPOINT.equals(endpoint)
            ? "SERVICE with an endpoint given by a variable"
            : "SERVICE <" + endpoint + ">";
    return Problem.of(
        403,
        "Forbidden",
        which
            + " is refused: this service does not call other endpoints unless its operator lists"
            + " them (hrcg.limits.service-allowlist). Federate from the client instead: a"
            + " federating client can join this endpoint with others.",
        Reason.SERVICE);
  }

  private static Problem load(String source) {
    return Problem.of(
        403,
        "Forbidden",
        "LOAD <"
            + source
            + "> is refused: this service never fetches a URL on a client's behalf. Send the"
            + " data itself: a Graph Store Protocol PUT or POST to /data, or INSERT DATA.",
        Reason.LOAD);
  }
}
