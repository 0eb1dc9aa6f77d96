package org.hrcg.service.home;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser that opens the SPARQL endpoint ({@code GET /sparql} without a query, asking for HTML)
 * gets the query editor; every other request on the endpoint goes on to the protocol, where a
 * client asking for RDF gets the service description.
 */
final class QueryEditorOnEndpoint extends OncePerRequestFilter {

  private static final List<MediaType> HTML =
      List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

  private final String editorPath;

  QueryEditorOnEndpoint(String editorPath) {
    this.editorPath = editorPath;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (read
        && request.getParameter("query") == null
        && wantsHtml(request.getHeader(HttpHeaders.ACCEPT))) {
      // The same URL answers RDF to other clients: caches must keep the two apart.
      response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
      request.getRequestDispatcher(editorPath).forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Whether HTML is what an {@code Accept} header prefers: of the named media types (wildcards
   * aside) with the highest quality, the first listed is HTML. A browser's navigation ({@code
   * text/html,...,*}{@code /*;q=0.8}) is; {@code text/turtle}, {@code *}{@code /*} and no header
   * are not.
   */
  static boolean wantsHtml(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    MediaType best = null;
    for (MediaType type : types) {
      if (type.isWildcardType() || type.isWildcardSubtype()) {
        continue;
      }
      if (best == null || type.getQualityValue() > best.getQualityValue()) {
        best = type;
      }
    }
    if (best == null || best.getQualityValue() == 0) {
      return false;
    }
    MediaType preferred = best;
    return HTML.stream().anyMatch(html -> html.equalsTypeAndSubtype(preferred));
  }
}
