package org.hrcg.service.sparql.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Caps the size of what a client sends: a query or an update (in the URL, a form or the body) at
 * {@code hrcg.limits.max-request-size}, a Graph Store Protocol write at {@code
 * hrcg.limits.max-upload-size}. A request over its cap is answered {@code 413 Content Too Large}
 * (or {@code 414 URI Too Long} for a query in the URL) before anything parses it.
 *
 * <p>Query and update bodies are read here, up to the cap, and handed on from memory, so that
 * {@link RemoteAccessFilter} can read them too. Uploads are not held in memory: a declared length
 * over the cap is refused at once, and a body without one is counted as it is read.
 */
final class RequestSizeFilter implements Filter {

  /** Tomcat's request attribute when it could not read a form body, and the reason it gives. */
  private static final String FORM_FAILED = "org.apache.catalina.parameter_parse_failed_reason";

  /** The most bytes one array holds. */
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

  private final long maxRequest;
  private final long maxUpload;
  private final SparqlMetrics metrics;

  RequestSizeFilter(long maxRequest, long maxUpload, SparqlMetrics metrics) {
    this.maxRequest = maxRequest;
    this.maxUpload = maxUpload;
    this.metrics = metrics;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse answer)) {
      chain.doFilter(request, response);
      return;
    }
    Endpoint endpoint = Endpoint.of(http);
    if (endpoint == Endpoint.QUERY || endpoint == Endpoint.UPDATE) {
      limitOperation(http, answer, chain, endpoint == Endpoint.QUERY ? "query" : "update");
    } else if (endpoint.uploads(http.getMethod())) {
      limitUpload(http, answer, chain);
    } else {
      chain.doFilter(request, response);
    }
  }

  private void limitOperation(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, String what)
      throws IOException, ServletException {
    String queryString = request.getQueryString();
    if (queryString != null && queryString.length() > maxRequest) {
      refuse(response, 414, "URI Too Long", "the URL is longer than " + limit(maxRequest, what));
      return;
    }
    if (request.getContentLengthLong() > maxRequest) {
      refuse(response, tooLarge(request.getContentLengthLong(), what));
      return;
    }
    if (isForm(request)) {
      limitForm(request, response, chain, what);
      return;
    }
    if (!hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) Math.min(maxRequest + 1, MAX_ARRAY));
    if (body.length > maxRequest) {
      refuse(response, "the request body is larger than " + limit(maxRequest, what));
      return;
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  /** The container reads a form itself, up to its own limit; what it read is measured here. */
  private void limitForm(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, String what)
      throws IOException, ServletException {
    Map<String, String[]> parameters;
    try {
      parameters = request.getParameterMap();
    } catch (IllegalStateException e) {
      refuse(
          response,
          "the form could not be read whole: it is larger than " + limit(maxRequest, what));
      return;
    }
    Object failed = request.getAttribute(FORM_FAILED);
    if (failed != null && failed.toString().contains("TOO_LARGE")) {
      refuse(response, "the form is larger than " + limit(maxRequest, what));
      return;
    }
    long size = 0;
    for (String[] values : parameters.values()) {
      for (String value : values) {
        size += value.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    if (size > maxRequest) {
      refuse(response, "the form is larger than " + limit(maxRequest, what));
      return;
    }
    chain.doFilter(request, response);
  }

  private void limitUpload(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long declared = request.getContentLengthLong();
    if (declared > maxUpload) {
      refuse(response, tooLarge(declared, "upload"));
      return;
    }
    if (declared >= 0) {
      // The container reads no more than the declared length.
      chain.doFilter(request, response);
      return;
    }
    CountedBody counted = new CountedBody(request, maxUpload);
    chain.doFilter(counted, new HeldResponse(response, counted));
    if (counted.exceeded() && !response.isCommitted()) {
      response.resetBuffer();
      refuse(response, "the upload is larger than " + limit(maxUpload, "upload"));
    }
  }

  private String tooLarge(long declared, String what) {
    return "the request body ("
        + Units.bytes(declared)
        + ") is larger than "
        + limit(what.equals("upload") ? maxUpload : maxRequest, what);
  }

  private static String limit(long max, String what) {
    return Units.bytes(max)
        + ", the largest "
        + what
        + " this service accepts"
        + (what.equals("upload")
            ? " (hrcg.limits.max-upload-size)"
            : " (hrcg.limits.max-request-size)");
  }

  private void refuse(HttpServletResponse response, String detail) throws IOException {
    refuse(response, 413, "Content Too Large", detail);
  }

  private void refuse(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    metrics.rejected(Reason.TOO_LARGE);
    Problem.of(status, title, detail, Reason.TOO_LARGE).write(response);
  }

  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  /** A request whose body was read into memory: it can be read again, by every filter. */
  static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    /** The body of a request, if a {@code CachedBody} holds it. */
    static Optional<byte[]> of(ServletRequest request) {
      ServletRequest current = request;
      while (current != null) {
        if (current instanceof CachedBody cached) {
          return Optional.of(cached.body);
        }
        current = current instanceof ServletRequestWrapper wrapper ? wrapper.getRequest() : null;
      }
      return Optional.empty();
    }

    @Override
    public ServletInputStream getInputStream() {
      return new BytesInput(new ByteArrayInputStream(body));
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }

  /** A request whose body may be read up to a limit; reading past it fails and is remembered. */
  static final class CountedBody extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream input;
    private boolean exceeded;

    CountedBody(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    boolean exceeded() {
      return exceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (input == null) {
        input = new Counting(super.getInputStream());
      }
      return input;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private final class Counting extends ServletInputStream {
      private final ServletInputStream in;
      private long count;

      Counting(ServletInputStream in) {
        this.in = in;
      }

      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
          counted(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
          counted(n);
        }
        return n;
      }

      private void counted(int n) throws IOException {
        count += n;
        if (count > max) {
          exceeded = true;
          throw new IOException("request body larger than " + Units.bytes(max));
        }
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    }
  }

  /**
   * The response as the handler sees it: once the body it reads is cut, whatever it answers about
   * the cut body (a parse error) is dropped, so that the answer is the reason it was cut.
   */
  private static final class HeldResponse extends HttpServletResponseWrapper {
    private final CountedBody body;

    HeldResponse(HttpServletResponse response, CountedBody body) {
      super(response);
      this.body = body;
    }

    private boolean held() {
      return body.exceeded();
    }

    @Override
    public void setStatus(int status) {
      if (!held()) {
        super.setStatus(status);
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      if (!held()) {
        super.sendError(status);
      }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (!held()) {
        super.sendError(status, message);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!held()) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!held()) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setContentType(String type) {
      if (!held()) {
        super.setContentType(type);
      }
    }

    @Override
    public void setContentLength(int length) {
      if (!held()) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (!held()) {
        super.setContentLengthLong(length);
      }
    }

    @Override
    public void setCharacterEncoding(String encoding) {
      if (!held()) {
        super.setCharacterEncoding(encoding);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!held()) {
        super.flushBuffer();
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return held() ? new Discard() : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return held()
          ? new PrintWriter(new OutputStreamWriter(new Discard(), StandardCharsets.UTF_8))
          : super.getWriter();
    }
  }

  private static final class Discard extends ServletOutputStream {
    @Override
    public void write(int b) {
      // dropped: see HeldResponse
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      // dropped: see HeldResponse
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("nothing is written");
    }
  }

  private static final class BytesInput extends ServletInputStream {
    private final InputStream in;

    BytesInput(ByteArrayInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return in.read(buffer, offset, length);
    }

    @Override
    public boolean isFinished() {
      try {
        return in.available() == 0;
      } catch (IOException e) {
        return true;
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new UnsupportedOperationException("the body is already in memory");
    }
  }
}
