package org.hrcg.service.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.WebContent;

/**
 * Refuses a query or update whose body the protocol does not define, before anything reads it: a
 * {@code POST} with a body but no {@code Content-Type} (a URL-encoded body sent without {@code
 * application/x-www-form-urlencoded} is not a form: Fuseki would read it as one or as a query), and
 * a direct {@code POST} in a character set other than UTF-8, which SPARQL 1.1 Protocol requires and
 * which the servlet container's own decoding would otherwise mask. Both answer 415.
 */
final class RequestBodyTypeFilter implements Filter {

  static final int UNSUPPORTED_MEDIA_TYPE = 415;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse answer
        && "POST".equalsIgnoreCase(http.getMethod())) {
      String header = http.getHeader("Content-Type");
      if (header == null || header.isBlank()) {
        if (hasBody(http)) {
          ProtocolProblem.send(
              answer,
              UNSUPPORTED_MEDIA_TYPE,
              "Unsupported Media Type",
              "a POST with a body needs a Content-Type: "
                  + WebContent.contentTypeHTMLForm
                  + ", or "
                  + directType(http)
                  + " for a request sent as the body");
          return;
        }
      } else if (isDirect(header) && !isUtf8(ContentType.create(header).getCharset())) {
        ProtocolProblem.send(
            answer,
            UNSUPPORTED_MEDIA_TYPE,
            "Unsupported Media Type",
            "SPARQL requests sent as the body must be encoded in UTF-8, not "
                + ContentType.create(header).getCharset());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  private static boolean isDirect(String header) {
    String mediaType = ContentType.create(header).getContentTypeStr();
    return WebContent.contentTypeSPARQLQuery.equalsIgnoreCase(mediaType)
        || WebContent.contentTypeSPARQLUpdate.equalsIgnoreCase(mediaType);
  }

  private static boolean isUtf8(String charset) {
    if (charset == null) {
      return true;
    }
    try {
      return Charset.forName(charset.trim()).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String directType(HttpServletRequest request) {
    return SparqlEndpoints.UPDATE.equals(request.getServletPath())
        ? WebContent.contentTypeSPARQLUpdate
        : WebContent.contentTypeSPARQLQuery;
  }
}
