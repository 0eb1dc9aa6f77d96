package org.hrcg.service.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that tell browsers what our pages may do, on every response.
 *
 * <p>The policy allows only what the pages need: scripts, styles, fonts, images and connections
 * from this origin (the query editor sends queries here and nowhere else, so its autocompleters
 * cannot call public services), {@code data:} images (the editor's icons), no plugins, no framing
 * by other sites, forms sent only here. Pages carry no inline script, and no inline style: each
 * page's script and styles are files.
 *
 * <p>One exception, by hash rather than {@code 'unsafe-inline'}: the query editor's result table
 * (YASGUI's column resizer) adds one fixed {@code <style>} element, {@link #YASGUI_TABLE_STYLE}. A
 * new YASGUI version that changes it fails {@code SecurityHeadersTest}.
 *
 * <p>Set before the rest of the chain runs, so that every answer has them: security's refusals,
 * error pages and the SPARQL protocol's results.
 */
final class SecurityHeaders implements Filter {

  /** The hash of the one inline style the query editor adds, as CSP writes it. */
  static final String YASGUI_TABLE_STYLE = "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='";

  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self' " + YASGUI_TABLE_STYLE,
          "img-src 'self' data:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  /** Links to other sites carry no address of ours; our own pages see the full one. */
  static final String REFERRER_POLICY = "same-origin";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) {
      http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      http.setHeader("X-Content-Type-Options", "nosniff");
      http.setHeader("Referrer-Policy", REFERRER_POLICY);
    }
    chain.doFilter(request, response);
  }
}
