package org.hrcg.service.sparql.cache;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Now;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.Unstable;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.hrcg.service.sparql.AlgebraWalk;

/**
 * Whether a query's answer depends on the store alone, so that the answer at one revision can be
 * served again while the store stays at that revision.
 *
 * <p>It does not when the query calls a function that answers differently from call to call ({@code
 * RAND}, {@code NOW}, {@code UUID}, {@code STRUUID}, {@code BNODE}, and XPath's {@code
 * current-dateTime} and the like, whose answer a client expects to be new), a function or custom
 * aggregate that is not known to be a function of its arguments (any extension function, {@code
 * CALL}), or {@code SERVICE}, whose endpoint's data does not follow the store's revision. Known
 * functions of their arguments: the XSD casts, the XPath functions and their {@code math:} library
 * (but for those that read the clock or the implicit timezone), and a few of ARQ's string and
 * number functions.
 *
 * <p>Blank nodes in an answer do not stop it being cached, whether they come from the data or from
 * a {@code CONSTRUCT} template: a blank node's label is local to the document that carries it, so
 * the same document sent twice says what two runs of the query say.
 *
 * <p>The walk ({@link AlgebraWalk}) covers every place an expression can hide: filters, {@code
 * BIND}, projections, {@code HAVING}, {@code GROUP BY}, aggregates, {@code ORDER BY}, and the
 * patterns of {@code EXISTS}.
 */
final class Cacheability {

  private static final String FN = ARQConstants.fnPrefix;
  private static final String MATH = ARQConstants.mathPrefix;
  private static final String XSD = ARQConstants.xsdPrefix;
  private static final String AFN = ARQConstants.ARQFunctionLibraryURI;

  /** XPath functions that read the clock or the implicit timezone. */
  private static final Set<String> FN_UNSTABLE =
      Set.of(
          "current-date",
          "current-dateTime",
          "current-time",
          "implicit-timezone",
          "adjust-date-to-timezone",
          "adjust-dateTime-to-timezone",
          "adjust-time-to-timezone");

  /** ARQ's functions that are functions of their arguments alone. */
  private static final Set<String> AFN_STABLE =
      Set.of(
          "localname",
          "namespace",
          "strjoin",
          "sprintf",
          "substr",
          "substring",
          "strlen",
          "sha1sum",
          "min",
          "max",
          "pi",
          "e",
          "sqrt",
          "evenInteger");

  private Cacheability() {}

  /**
   * Why the query's answer must not be cached, naming the first thing found that depends on more
   * than the store; empty if it may be cached.
   */
  static Optional<String> uncacheable(Query query) {
    Objects.requireNonNull(query, "query");
    if (query.getQueryPattern() == null) {
      return Optional.empty();
    }
    Finder finder = new Finder();
    finder.walk(Algebra.compile(query));
    return Optional.ofNullable(finder.found);
  }

  /** Whether a function called by its IRI is known to answer the same for the same arguments. */
  static boolean stableFunction(String iri) {
    if (iri.startsWith(XSD) || iri.startsWith(MATH)) {
      return true;
    }
    if (iri.startsWith(FN)) {
      return !FN_UNSTABLE.contains(iri.substring(FN.length()));
    }
    if (iri.startsWith(AFN)) {
      return AFN_STABLE.contains(iri.substring(AFN.length()));
    }
    return false;
  }

  /** Looks at every operator and expression for what makes an answer depend on more. */
  private static final class Finder extends AlgebraWalk {
    private String found;

    private final ExprVisitor expressions =
        new ExprVisitorBase() {
          @Override
          public void visit(ExprFunction0 function) {
            check(function);
          }

          @Override
          public void visit(ExprFunction1 function) {
            check(function);
          }

          @Override
          public void visit(ExprFunction2 function) {
            check(function);
          }

          @Override
          public void visit(ExprFunction3 function) {
            check(function);
          }

          @Override
          public void visit(ExprFunctionN function) {
            check(function);
          }
        };

    @Override
    protected ExprVisitor expressions() {
      return expressions;
    }

    private void check(ExprFunction function) {
      if (found != null) {
        return;
      }
      if (function instanceof Unstable || function instanceof E_Now) {
        found = function.getFunctionSymbol().getSymbol().toUpperCase(Locale.ROOT) + "()";
      } else if (function instanceof E_Call) {
        found = "CALL()";
      } else if (function instanceof E_Function call && !stableFunction(call.getFunctionIRI())) {
        found = "<" + call.getFunctionIRI() + ">()";
      }
    }

    @Override
    public void visit(OpService service) {
      if (found == null) {
        found = "SERVICE";
      }
    }

    @Override
    public void visit(OpGroup group) {
      for (ExprAggregator aggregator : group.getAggregators()) {
        if (aggregator.getAggregator() instanceof AggCustom custom && found == null) {
          found = "AGG <" + custom.getIRI() + ">";
        }
      }
      super.visit(group);
    }
  }
}
