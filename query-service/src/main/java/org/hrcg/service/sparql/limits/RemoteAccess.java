package org.hrcg.service.sparql.limits;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

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
    Walker.walk(op, new Services(endpoints), new ExprVisitorBase());
  }

  /**
   * Collects the endpoints of {@code SERVICE}. With an expression visitor Jena's walk enters the
   * patterns of {@code EXISTS} in filters, {@code BIND} and projections; sort conditions and
   * aggregates it leaves out, so this visitor walks those itself.
   */
  private static final class Services extends OpVisitorBase {
    private final Set<String> endpoints;

    Services(Set<String> endpoints) {
      this.endpoints = endpoints;
    }

    @Override
    public void visit(OpService service) {
      Node endpoint = service.getService();
      endpoints.add(endpoint.isURI() ? endpoint.getURI() : VARIABLE_ENDPOINT);
    }

    @Override
    public void visit(OpOrder order) {
      sortConditions(order.getConditions());
    }

    @Override
    public void visit(OpTopN top) {
      sortConditions(top.getConditions());
    }

    @Override
    public void visit(OpGroup group) {
      for (ExprAggregator aggregator : group.getAggregators()) {
        ExprList arguments = aggregator.getAggregator().getExprList();
        if (arguments != null) {
          arguments.forEach(this::expression);
        }
      }
    }

    private void sortConditions(List<SortCondition> conditions) {
      for (SortCondition condition : conditions) {
        expression(condition.getExpression());
      }
    }

    private void expression(Expr expr) {
      Walker.walk(expr, this, new ExprVisitorBase());
    }
  }
}
