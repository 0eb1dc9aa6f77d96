package org.hrcg.service.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Shows Fuseki a request for a public path ({@code /sparql}) as one for its endpoint on the mounted
 * dataset ({@code /hrcg/sparql}). Fuseki dispatches on the request URI alone; the request URL, the
 * base for relative IRIs in uploaded data, stays the one the client used.
 */
final class PublicPathFilter implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http) {
      String contextPath = http.getContextPath();
      String path = http.getRequestURI().substring(contextPath.length());
      var endpoint = SparqlEndpoints.endpointName(path);
      if (endpoint.isPresent()) {
        String internal = contextPath + SparqlEndpoints.DATASET + "/" + endpoint.get();
        chain.doFilter(new Routed(http, internal), response);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static final class Routed extends HttpServletRequestWrapper {
    private final String requestUri;

    Routed(HttpServletRequest request, String requestUri) {
      super(request);
      this.requestUri = requestUri;
    }

    @Override
    public String getRequestURI() {
      return requestUri;
    }
  }
}
