package org.hrcg.service.sparql.limits;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.hrcg.service.sparql.AlgebraWalk;

/**
 * The URLs a query or an update would make the server fetch: the endpoints of its {@code SERVICE}
 * clauses and the sources of its {@code LOAD} operations, found in the algebra before anything
 * runs. The walk covers every place a pattern can hide: sub-queries, {@code OPTIONAL}, {@code
 * MINUS}, nested {@code SERVICE}, and the {@code EXISTS} and {@code NOT EXISTS} inside filters,
 * {@code BIND}, projections, {@code HAVING}, aggregates and {@code ORDER BY}.
 */
final class RemoteAccess {

  /** How an endpoint given by a variable is named: it could be any URL. */
  static final String VARIABLE_ENDPOINT = "?";

  private RemoteAccess() {}

  /** The {@code SERVICE} endpoints of a query, in order, each once. */
  static List<String> serviceEndpoints(Query query) {
    Objects.requireNonNull(query, "query");
    Set<String> endpoints = new LinkedHashSet<>();
    if (query.getQueryPattern() != null) {
      collect(Algebra.compile(query), endpoints);
    }
    return List.copyOf(endpoints);
  }

  /** The {@code SERVICE} endpoints in the {@code WHERE} clauses of an update, each once. */
  static List<String> serviceEndpoints(UpdateRequest request) {
    Objects.requireNonNull(request, "request");
    Set<String> endpoints = new LinkedHashSet<>();
    for (Update update : request.getOperations()) {
      if (update instanceof UpdateModify modify) {
        Element where = modify.getWherePattern();
        if (where != null) {
          collect(Algebra.compile(where), endpoints);
        }
      }
    }
    return List.copyOf(endpoints);
  }

  /** The sources of the {@code LOAD} operations of an update. */
  static List<String> loadSources(UpdateRequest request) {
    Objects.requireNonNull(request, "request");
    List<String> sources = new ArrayList<>();
    for (Update update : request.getOperations()) {
      if (update instanceof UpdateLoad load) {
        sources.add(load.getSource());
      }
    }
    return sources;
  }

  private static void collect(Op op, Set<String> endpoints) {
    new Services(endpoints).walk(op);
  }

  /** Collects the endpoints of {@code SERVICE}, wherever the algebra holds one. */
  private static final class Services extends AlgebraWalk {
    private static final ExprVisitor NO_EXPRESSIONS = new ExprVisitorBase();

    private final Set<String> endpoints;

    Services(Set<String> endpoints) {
      this.endpoints = endpoints;
    }

    @Override
    protected ExprVisitor expressions() {
      return NO_EXPRESSIONS;
    }

    @Override
    public void visit(OpService service) {
      Node endpoint = service.getService();
      endpoints.add(endpoint.isURI() ? endpoint.getURI() : VARIABLE_ENDPOINT);
    }
  }
}
