package org.hrcg.service.sparql.cache;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.jena.Jena;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ServletBase;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.hrcg.service.sparql.QueryRequestFilter;
import org.hrcg.service.sparql.cache.CacheMetrics.Result;
import org.hrcg.service.sparql.cache.CachedAnswer.Header;
import org.hrcg.service.sparql.cache.PreparedQueries.Prepared;
import org.hrcg.service.sparql.limits.QueryText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a repeated query from the {@link ResultCache} while the store stays at the revision the
 * answer is of, and lets clients revalidate an answer they hold.
 *
 * <p>For each query request ({@code GET}, {@code HEAD}, or {@code POST} as a form or as the body),
 * before it waits for its turn ({@code AdmissionFilter}) or anything runs:
 *
 * <ol>
 *   <li>The query is parsed and normalised (serialised again from its syntax tree, so that spacing
 *       and comments do not count), and the answer's media type is negotiated as Fuseki's handler
 *       will negotiate it; this is remembered by the request's words ({@link PreparedQueries}), so
 *       that the same request is not parsed again. A query whose answer depends on more than the
 *       store ({@link Cacheability}), or a request for Fuseki's own presentation parameters ({@code
 *       stylesheet}, {@code force-accept}), is passed on as it is, marked {@code X-Cache: bypass}.
 *   <li>The store's revision is read (one small read; on a remote store, one request to it), and
 *       the answer's {@link AnswerKey} made of the revision, the normalised query, the request's
 *       {@code default-graph-uri} and {@code named-graph-uri}, the media type, the result cap and
 *       the Jena version that writes the answer.
 *   <li>{@code GET} and {@code HEAD}: an {@code If-None-Match} that names the key's entity tag is
 *       answered {@code 304 Not Modified} at once.
 *   <li>An answer held for the key is sent ({@code X-Cache: hit}) with the headers it had.
 *   <li>Otherwise ({@code X-Cache: miss}) the request goes on to run the query. Its answer is kept
 *       if it is a {@code 200} in the negotiated media type, written whole (not a {@code HEAD}, not
 *       larger than an entry may be, no failure while it was written), and the store is still at
 *       the revision read before, so that the answer is exactly the one of that revision. Errors,
 *       refusals and timeouts are never kept; a result cut at the row cap is kept with its marks,
 *       since it is what the same request gets again.
 * </ol>
 *
 * <p>Answers to {@code GET} and {@code HEAD} carry the key's strong {@code ETag}, {@code
 * Cache-Control: public, no-cache} (anyone may keep the answer, and must ask whether it is still
 * current before using it again: any write may change it, so no fixed lifetime would be right) and
 * Fuseki's {@code Vary}, which names {@code Accept}. HTTP defines {@code 304} for {@code GET} and
 * {@code HEAD} only, so a {@code POST} gets the server's cache but no entity tag, and keeps
 * Fuseki's {@code no-store}.
 */
final class ResultCacheFilter implements Filter {

  /**
   * The response header that says what the cache did: {@code hit}, {@code miss}, {@code bypass}.
   */
  static final String X_CACHE = "X-Cache";

  /**
   * How clients may keep an answer to a {@code GET}: anyone may, revalidating it before each use.
   */
  static final String CACHE_CONTROL = "public, no-cache";

  private static final Logger LOG = LoggerFactory.getLogger(ResultCacheFilter.class);

  /** Fuseki's parameters that change how an answer is presented, which the cache leaves alone. */
  private static final List<String> PRESENTATION =
      List.of(HttpNames.paramStyleSheet, HttpNames.paramForceAccept);

  private final ResultCache cache;
  private final PreparedQueries preparedQueries;
  private final LongSupplier revisions;
  private final CacheMetrics metrics;
  private final String writer;

  /**
   * @param cache the answers held
   * @param revisions reads the store's revision
   * @param metrics counts what the cache did
   * @param maxRows the result cap, which shapes a cut answer
   */
  ResultCacheFilter(ResultCache cache, LongSupplier revisions, CacheMetrics metrics, int maxRows) {
    this.cache = Objects.requireNonNull(cache, "cache");
    this.preparedQueries = new PreparedQueries(cache.maxEntries());
    this.revisions = Objects.requireNonNull(revisions, "revisions");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.writer = "hrcg answer 1; rows " + maxRows + "; " + Jena.VERSION;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse answer)) {
      chain.doFilter(request, response);
      return;
    }
    String method = http.getMethod();
    boolean head = "HEAD".equals(method);
    boolean validated = head || "GET".equals(method);
    Optional<String> text =
        validated || "POST".equals(method) ? QueryText.of(http) : Optional.empty();
    if (text.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Prepared prepared = presentation(http) ? Prepared.BYPASS : prepare(http, text.get());
    if (prepared == null) {
      // The query does not parse: the query handler answers with the syntax error.
      chain.doFilter(request, response);
      return;
    }
    OptionalLong current = prepared.cacheable() ? revision() : OptionalLong.empty();
    if (current.isEmpty()) {
      metrics.count(Result.BYPASS);
      answer.setHeader(X_CACHE, Result.BYPASS.tag());
      chain.doFilter(request, response);
      return;
    }
    AnswerKey key = new AnswerKey(current.getAsLong(), prepared.digest());
    if (validated
        && key.matchedBy(String.join(",", Collections.list(http.getHeaders("If-None-Match"))))) {
      metrics.count(Result.NOT_MODIFIED);
      answer.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      validators(answer, key);
      return;
    }
    Optional<CachedAnswer> held = cache.get(key.revision(), key.digest());
    if (held.isPresent()) {
      metrics.count(Result.HIT);
      send(answer, held.get(), validated ? key : null, head);
      return;
    }
    metrics.count(Result.MISS);
    answer.setHeader(X_CACHE, Result.MISS.tag());
    Recording recording =
        new Recording(
            answer, validated ? key : null, prepared.mediaType(), head ? 0 : cache.maxEntryBytes());
    chain.doFilter(request, recording);
    recording.finish();
    Optional<CachedAnswer> written = recording.answer(key);
    // Kept only if no write came in between: then the answer is exactly that revision's.
    if (written.isPresent() && revision().equals(current)) {
      cache.put(written.get());
    }
  }

  /** Whether the request asks for one of Fuseki's own presentations, which the cache leaves. */
  private static boolean presentation(HttpServletRequest request) {
    for (String parameter : PRESENTATION) {
      if (request.getParameter(parameter) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the request's query comes to, as remembered for the same words or worked out now; null if
   * the query does not parse.
   */
  private Prepared prepare(HttpServletRequest request, String text) {
    String accept = QueryRequestFilter.accept(request);
    List<String> words = new ArrayList<>();
    words.add(text);
    words.add(accept == null ? "" : accept);
    datasetParts(words, request);
    String identity = AnswerKey.digest(words);
    Prepared known = preparedQueries.get(identity);
    if (known != null) {
      return known;
    }
    Optional<Query> query = QueryText.parsed(request);
    if (query.isEmpty()) {
      return null;
    }
    Prepared made = prepare(request, query.get(), accept);
    preparedQueries.put(identity, made);
    return made;
  }

  /** The answer's identity without the revision and its media type, or that it is never kept. */
  private Prepared prepare(HttpServletRequest request, Query query, String accept) {
    Optional<String> uncacheable = Cacheability.uncacheable(query);
    if (uncacheable.isPresent()) {
      LOG.debug("not cached: the query calls {}", uncacheable.get());
      return Prepared.BYPASS;
    }
    MediaType mediaType;
    try {
      mediaType = negotiate(query, accept);
    } catch (RuntimeException e) {
      // An Accept header that does not parse: the query handler answers as it does.
      LOG.debug("not cached: {}", e.toString());
      return Prepared.BYPASS;
    }
    List<String> parts = new ArrayList<>();
    parts.add(writer);
    parts.add(query.serialize());
    parts.add(mediaType.getContentTypeStr());
    datasetParts(parts, request);
    return new Prepared(AnswerKey.digest(parts), mediaType.getContentTypeStr());
  }

  /** The request's {@code default-graph-uri} and {@code named-graph-uri}, each list counted. */
  private static void datasetParts(List<String> parts, HttpServletRequest request) {
    for (String name : List.of(HttpNames.paramDefaultGraphURI, HttpNames.paramNamedGraphURI)) {
      String[] values = request.getParameterValues(name);
      parts.add(name + " " + (values == null ? 0 : values.length));
      if (values != null) {
        parts.addAll(List.of(values));
      }
    }
  }

  /** The store's revision, or none if the store does not answer. */
  private OptionalLong revision() {
    try {
      return OptionalLong.of(revisions.getAsLong());
    } catch (RuntimeException e) {
      // The query handler gives the answer it gives to a store that fails, uncached.
      LOG.debug("not cached: the store's revision could not be read: {}", e.toString());
      return OptionalLong.empty();
    }
  }

  /**
   * The media type Fuseki's handler chooses for the query's answer, from the offers it makes for
   * each form of query (see Fuseki's {@code Responses}).
   */
  static MediaType negotiate(Query query, String accept) {
    if (query.isJsonType()) {
      return MediaType.create("application/json");
    }
    AcceptList offer;
    MediaType fallback;
    if (query.isSelectType()) {
      offer = DEF.rsOfferTable;
      fallback = DEF.acceptResultSetXML;
    } else if (query.isAskType()) {
      offer = DEF.rsOfferBoolean;
      fallback = DEF.acceptResultSetXML;
    } else {
      offer = DEF.constructOffer;
      fallback = DEF.acceptTurtle;
    }
    if (accept == null) {
      return fallback;
    }
    MediaType chosen = AcceptList.match(new AcceptList(accept), offer);
    return chosen == null ? fallback : chosen;
  }

  /** Sends an answer held in the cache, with the headers a fresh one would have. */
  private static void send(
      HttpServletResponse response, CachedAnswer held, AnswerKey validator, boolean head)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(held.contentType());
    for (Header header : held.headers()) {
      response.addHeader(header.name(), header.value());
    }
    if (validator != null) {
      validators(response, validator);
    } else {
      ServletOps.setNoCache(response);
    }
    response.setHeader(X_CACHE, Result.HIT.tag());
    response.setContentLength(held.body().length);
    if (!head) {
      response.getOutputStream().write(held.body());
    }
  }

  /** The headers by which a client keeps and revalidates an answer to a {@code GET}. */
  private static void validators(HttpServletResponse response, AnswerKey key) {
    response.setHeader("ETag", key.etag());
    response.setHeader("Cache-Control", CACHE_CONTROL);
    ServletBase.setVaryHeader(response);
  }

  /**
   * The response of a query that runs: passes everything on, gives a {@code GET}'s answer its
   * validators before the first byte is written, and keeps a copy of the answer and of the headers
   * that describe it.
   */
  private static final class Recording extends HttpServletResponseWrapper {

    /** Headers that are the protocol's or the cache's, not the answer's. */
    private static final Set<String> NOT_KEPT =
        Set.of(
            "cache-control",
            "pragma",
            "vary",
            "etag",
            "content-type",
            "content-length",
            X_CACHE.toLowerCase(Locale.ROOT),
            Fuseki.FusekiRequestIdHeader.toLowerCase(Locale.ROOT));

    private final AnswerKey validator;
    private final String mediaType;
    private final long maxBytes;
    private final List<Header> headers = new ArrayList<>();
    private ByteArrayOutputStream copy;
    private Copying stream;
    private boolean decided;
    private boolean isTheAnswer;
    private boolean failed;
    private String pragma;

    /**
     * @param validator the key whose entity tag a {@code GET}'s answer carries, or null
     * @param mediaType the negotiated media type, which the answer must have
     * @param maxBytes the most bytes copied; 0 copies nothing
     */
    Recording(HttpServletResponse response, AnswerKey validator, String mediaType, long maxBytes) {
      super(response);
      this.validator = validator;
      this.mediaType = mediaType;
      this.maxBytes = maxBytes;
      this.copy = maxBytes > 0 ? new ByteArrayOutputStream() : null;
    }

    @Override
    public void setHeader(String name, String value) {
      if (validator != null && !decided && "Pragma".equalsIgnoreCase(name)) {
        // Fuseki's no-cache for HTTP/1.0, which an answer with validators does without.
        pragma = value;
        return;
      }
      super.setHeader(name, value);
      if (kept(name)) {
        headers.removeIf(header -> header.name().equalsIgnoreCase(name));
        headers.add(new Header(name, value));
      }
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, value);
      if (kept(name)) {
        headers.add(new Header(name, value));
      }
    }

    private static boolean kept(String name) {
      return name != null && !NOT_KEPT.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      // Fuseki may ask for the stream before it sets the content type: the decision waits for the
      // first byte.
      if (stream == null) {
        stream = new Copying(super.getOutputStream());
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      // Answers are written as bytes; text written otherwise is not copied.
      decide();
      copy = null;
      return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      decide();
      super.flushBuffer();
    }

    @Override
    public void sendError(int status) throws IOException {
      refuse();
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      refuse();
      super.sendError(status, message);
    }

    private void refuse() {
      decided = true;
      isTheAnswer = false;
      copy = null;
      restorePragma();
    }

    private void restorePragma() {
      if (pragma != null) {
        super.setHeader("Pragma", pragma);
        pragma = null;
      }
    }

    /**
     * Decides, before the first byte goes out (or the headers otherwise do), whether this is the
     * answer the key names: a {@code 200} in the negotiated media type. Only then does it get the
     * validators.
     */
    private void decide() {
      if (decided) {
        return;
      }
      decided = true;
      isTheAnswer = getStatus() == HttpServletResponse.SC_OK && hasMediaType();
      if (isTheAnswer && validator != null) {
        validators((HttpServletResponse) getResponse(), validator);
      } else {
        restorePragma();
      }
    }

    /** Decides for an answer that wrote no bytes, as a {@code HEAD}'s does. */
    void finish() {
      if (!decided && !isCommitted()) {
        decide();
      }
    }

    private boolean hasMediaType() {
      String contentType = getContentType();
      if (contentType == null) {
        return false;
      }
      try {
        return MediaType.create(contentType).getContentTypeStr().equalsIgnoreCase(mediaType);
      } catch (RuntimeException e) {
        return false;
      }
    }

    /** The answer as it was written, if it was written whole and may be kept. */
    Optional<CachedAnswer> answer(AnswerKey key) {
      if (!isTheAnswer
          || failed
          || copy == null
          || getStatus() != HttpServletResponse.SC_OK
          || !hasMediaType()) {
        return Optional.empty();
      }
      return Optional.of(
          new CachedAnswer(
              key.revision(), key.digest(), getContentType(), headers, copy.toByteArray()));
    }

    /** Passes bytes on, and copies them while the copy stays within its bound. */
    private final class Copying extends ServletOutputStream {
      private final ServletOutputStream out;

      Copying(ServletOutputStream out) {
        this.out = out;
      }

      @Override
      public void write(int b) throws IOException {
        decide();
        try {
          out.write(b);
        } catch (IOException | RuntimeException e) {
          failed = true;
          throw e;
        }
        if (copy != null) {
          if (copy.size() + 1 > maxBytes) {
            copy = null;
          } else {
            copy.write(b);
          }
        }
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        decide();
        try {
          out.write(bytes, offset, length);
        } catch (IOException | RuntimeException e) {
          failed = true;
          throw e;
        }
        if (copy != null) {
          if (copy.size() + (long) length > maxBytes) {
            copy = null;
          } else {
            copy.write(bytes, offset, length);
          }
        }
      }

      @Override
      public void flush() throws IOException {
        decide();
        try {
          out.flush();
        } catch (IOException | RuntimeException e) {
          failed = true;
          throw e;
        }
      }

      @Override
      public void close() throws IOException {
        decide();
        try {
          out.close();
        } catch (IOException | RuntimeException e) {
          failed = true;
          throw e;
        }
      }

      @Override
      public boolean isReady() {
        return out.isReady();
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        out.setWriteListener(listener);
      }
    }
  }
}
