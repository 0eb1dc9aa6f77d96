package org.hrcg.service.sparql;

import java.util.List;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVisitor;

/**
 * A visit of every operator of a query's algebra and of every expression in it, with the patterns
 * of {@code EXISTS} wherever an expression holds one. Jena's walk enters the expressions of
 * filters, {@code BIND} and projections; those of {@code ORDER BY}, {@code GROUP BY} and aggregates
 * it leaves out, so this visitor walks them itself. A subclass that overrides the visit of {@link
 * OpOrder}, {@link OpTopN} or {@link OpGroup} calls this class's method too.
 */
public abstract class AlgebraWalk extends OpVisitorBase {

  /** The visitor of every expression, called after the operators inside it are visited. */
  protected abstract ExprVisitor expressions();

  /** Visits the operator, everything below it, and every expression of theirs. */
  public final void walk(Op op) {
    Walker.walk(op, this, expressions());
  }

  /** Visits an expression, and the patterns inside it. */
  protected final void walk(Expr expr) {
    Walker.walk(expr, this, expressions());
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
    group.getGroupVars().getExprs().values().forEach(this::walk);
    for (ExprAggregator aggregator : group.getAggregators()) {
      ExprList arguments = aggregator.getAggregator().getExprList();
      if (arguments != null) {
        arguments.forEach(this::walk);
      }
    }
  }

  private void sortConditions(List<SortCondition> conditions) {
    for (SortCondition condition : conditions) {
      walk(condition.getExpression());
    }
  }
}
