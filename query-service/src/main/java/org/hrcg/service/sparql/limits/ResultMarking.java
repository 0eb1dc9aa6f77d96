package org.hrcg.service.sparql.limits;

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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Marks a cut SELECT result so that no client can take it for a whole one. The marks are the
 * response header {@value #HEADER}{@code : true} and, in the result itself, a {@code link} in its
 * {@code head} to {@value #LINK}: the place that both the JSON and the XML results formats keep for
 * links to metadata about the result. The formats that have no such place (CSV, TSV, text, binary
 * formats) cannot carry a mark, so a cut result is not sent in them at all ({@link Unmarkable}).
 *
 * <p>The query handler decides that a result is cut; Fuseki chooses its format by content
 * negotiation and writes it. This filter wraps the response of every query so that the handler can
 * {@link #arm arm} it, and the mark goes into whatever Fuseki writes.
 */
final class ResultMarking implements Filter {

  /** The response header that says the result was cut. */
  static final String HEADER = "Hrcg-Result-Truncated";

  /** The link in the result's head that says it was cut. */
  static final String LINK = "urn:hrcg:result-truncated";

  private static final String ATTRIBUTE = ResultMarking.class.getName();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse answer
        && Endpoint.of(http) == Endpoint.QUERY) {
      Marked marked = new Marked(answer);
      request.setAttribute(ATTRIBUTE, marked);
      chain.doFilter(request, marked);
    } else {
      chain.doFilter(request, response);
    }
  }

  /**
   * Makes the result about to be written carry the marks.
   *
   * @return false if the request passed no marking filter, so that nothing can be marked
   */
  static boolean arm(HttpServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof Marked marked) {
      marked.armed = true;
      return true;
    }
    return false;
  }

  /** The format chosen for a cut result has no place for a mark. */
  static final class Unmarkable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String contentType;

    Unmarkable(String contentType) {
      super("a cut result cannot be marked in " + contentType, null, false, false);
      this.contentType = contentType;
    }

    String contentType() {
      return contentType;
    }
  }

  private static final class Marked extends HttpServletResponseWrapper {
    private boolean armed;

    Marked(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!armed) {
        return super.getOutputStream();
      }
      armed = false;
      String type = mediaType(getContentType());
      Optional<Insertion> insertion = Insertion.forMediaType(type);
      if (insertion.isEmpty()) {
        throw new Unmarkable(type);
      }
      setHeader(HEADER, "true");
      return new Inserting(super.getOutputStream(), insertion.get());
    }

    private static String mediaType(String contentType) {
      if (contentType == null) {
        return "";
      }
      int semicolon = contentType.indexOf(';');
      return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
          .trim()
          .toLowerCase(Locale.ROOT);
    }
  }

  /** Where the link goes in each format that has a place for it, as Jena writes them. */
  private record Insertion(byte[] anchor, byte[] text, boolean before) {

    static Optional<Insertion> forMediaType(String type) {
      return switch (type) {
        case "application/sparql-results+json", "application/json" ->
            Optional.of(
                new Insertion(
                    bytes("\"head\": {"), bytes("\n    \"link\": [ \"" + LINK + "\" ] ,"), false));
        case "application/sparql-results+xml", "application/xml", "text/xml" ->
            Optional.of(
                new Insertion(
                    bytes("</head>"), bytes("  <link href=\"" + LINK + "\"/>\n  "), true));
        default -> Optional.empty();
      };
    }

    private static byte[] bytes(String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Passes bytes through, putting the insertion next to the first occurrence of its anchor. */
  private static final class Inserting extends ServletOutputStream {
    private final ServletOutputStream out;
    private final Insertion insertion;
    private final byte[] held;
    private int matched;
    private boolean done;

    Inserting(ServletOutputStream out, Insertion insertion) {
      this.out = out;
      this.insertion = insertion;
      this.held = new byte[insertion.anchor().length];
    }

    @Override
    public void write(int b) throws IOException {
      if (done) {
        out.write(b);
        return;
      }
      byte[] anchor = insertion.anchor();
      held[matched++] = (byte) b;
      if (matched == anchor.length && Arrays.equals(held, anchor)) {
        if (insertion.before()) {
          out.write(insertion.text());
          out.write(anchor);
        } else {
          out.write(anchor);
          out.write(insertion.text());
        }
        matched = 0;
        done = true;
        return;
      }
      // Keep the longest held suffix that could still start the anchor; pass the rest on.
      int keep = matched;
      while (keep > 0 && !startsAnchor(matched - keep, keep)) {
        keep--;
      }
      int pass = matched - keep;
      if (pass > 0) {
        out.write(held, 0, pass);
        System.arraycopy(held, pass, held, 0, keep);
        matched = keep;
      }
    }

    private boolean startsAnchor(int from, int length) {
      byte[] anchor = insertion.anchor();
      for (int i = 0; i < length; i++) {
        if (held[from + i] != anchor[i]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      int i = 0;
      while (!done && i < length) {
        write(bytes[offset + i]);
        i++;
      }
      if (i < length) {
        out.write(bytes, offset + i, length - i);
      }
    }

    /** The writer may stop without closing: nothing held back may stay behind. */
    @Override
    public void flush() throws IOException {
      release();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      release();
      out.close();
    }

    private void release() throws IOException {
      if (!done && matched > 0) {
        out.write(held, 0, matched);
        matched = 0;
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
