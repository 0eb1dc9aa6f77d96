package org.hrcg.service.sparql.limits;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * The endpoints that {@code SERVICE} may call ({@code hrcg.limits.service-allowlist}), compared as
 * exact strings; none by default. A request naming any other endpoint, or an endpoint given by a
 * variable, is refused before it runs ({@link RemoteAccessFilter}, {@link LimitedQuery}).
 *
 * <p>The execution context carries the same rule, a second layer for anything that runs a query on
 * the store: with no endpoint allowed, Jena's own switch for {@code SERVICE} is off; with some, an
 * executor at the head of Jena's chain refuses every other endpoint, after variables are bound.
 */
final class ServiceAllowlist {

  private final Set<String> endpoints;

  ServiceAllowlist(List<String> endpoints) {
    this.endpoints = Set.copyOf(endpoints);
  }

  boolean allows(String endpoint) {
    return endpoints.contains(endpoint);
  }

  boolean isEmpty() {
    return endpoints.isEmpty();
  }

  /** Puts the rule into a query execution context. */
  void configure(Context context) {
    if (endpoints.isEmpty()) {
      context.set(ARQ.httpServiceAllowed, false);
      return;
    }
    context.set(ARQ.httpServiceAllowed, true);
    ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
    registry.addSingleLink(guard());
    ServiceExecutorRegistry.set(context, registry);
  }

  private ChainingServiceExecutor guard() {
    return (opExecute, opOriginal, binding, execCxt, chain) -> {
      Node endpoint = opExecute.getService();
      if (!endpoint.isURI() || !allows(endpoint.getURI())) {
        throw new QueryDeniedException("SERVICE endpoint not allowed: " + endpoint);
      }
      return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    };
  }
}
