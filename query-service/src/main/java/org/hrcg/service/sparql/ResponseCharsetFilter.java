package org.hrcg.service.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.WebContent;

/**
 * Says {@code charset=utf-8} on every RDF text response of the protocols, as the Graph Store
 * Protocol tests expect ({@code text/turtle; charset=utf-8}). Jena writes these formats in UTF-8,
 * and Fuseki leaves the charset to the servlet container, which does not add one.
 */
final class ResponseCharsetFilter implements Filter {

  /** RDF syntaxes written as UTF-8 text; binary ones (Thrift, Protobuf) are left alone. */
  static final Set<String> TEXT_RDF =
      Set.of(
          WebContent.contentTypeTurtle,
          WebContent.contentTypeTurtleAlt1,
          WebContent.contentTypeNTriples,
          WebContent.contentTypeNQuads,
          WebContent.contentTypeNQuadsAlt1,
          WebContent.contentTypeTriG,
          WebContent.contentTypeTriGAlt1,
          WebContent.contentTypeJSONLD,
          WebContent.contentTypeRDFJSON,
          WebContent.contentTypeRDFXML,
          WebContent.contentTypeTriX,
          WebContent.contentTypeTriXxml);

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) {
      chain.doFilter(request, new Utf8Text(http));
      return;
    }
    chain.doFilter(request, response);
  }

  /** The content type with {@code charset=utf-8} added where it is RDF text without a charset. */
  static String withCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    ContentType parsed = ContentType.create(contentType);
    String mediaType = parsed.getContentTypeStr().toLowerCase(Locale.ROOT);
    if (parsed.getCharset() != null || !TEXT_RDF.contains(mediaType)) {
      return contentType;
    }
    return contentType + ";charset=utf-8";
  }

  private static final class Utf8Text extends HttpServletResponseWrapper {

    Utf8Text(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setContentType(String type) {
      super.setContentType(withCharset(type));
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? withCharset(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? withCharset(value) : value);
    }
  }
}
