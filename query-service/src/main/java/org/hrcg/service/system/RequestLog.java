package org.hrcg.service.system;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request, {@code GET /sparql 200 12 ms}, in place of Fuseki's several. The query
 * string is left out: it holds whole queries.
 */
final class RequestLog implements Filter {

  static final Logger LOG = LoggerFactory.getLogger("org.hrcg.service.request");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      if (LOG.isInfoEnabled()
          && request instanceof HttpServletRequest http
          && response instanceof HttpServletResponse answer) {
        LOG.info(
            "{} {} {} {} ms",
            http.getMethod(),
            http.getRequestURI(),
            answer.getStatus(),
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      }
    }
  }
}
