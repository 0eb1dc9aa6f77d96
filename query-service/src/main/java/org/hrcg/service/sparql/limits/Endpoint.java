package org.hrcg.service.sparql.limits;

import jakarta.servlet.http.HttpServletRequest;
import org.hrcg.service.sparql.SparqlEndpoints;

/**
 * Which protocol endpoint a request is for. Filters see the request before or after the public path
 * is mapped onto the dataset's endpoint, so both forms are recognised.
 */
enum Endpoint {
  QUERY,
  UPDATE,
  DATA,
  OTHER;

  static Endpoint of(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(SparqlEndpoints.DATASET + "/")) {
      path = path.substring(SparqlEndpoints.DATASET.length());
    }
    return switch (path) {
      case SparqlEndpoints.QUERY -> QUERY;
      case SparqlEndpoints.UPDATE -> UPDATE;
      case SparqlEndpoints.DATA -> DATA;
      default -> OTHER;
    };
  }

  /** Whether a request on this endpoint reads: a query, or a Graph Store Protocol read. */
  boolean reads(String method) {
    return switch (this) {
      case QUERY -> !"OPTIONS".equals(method);
      case DATA -> "GET".equals(method) || "HEAD".equals(method);
      default -> false;
    };
  }

  /** Whether a request on this endpoint is a Graph Store Protocol write with a body. */
  boolean uploads(String method) {
    return this == DATA && ("PUT".equals(method) || "POST".equals(method));
  }
}
