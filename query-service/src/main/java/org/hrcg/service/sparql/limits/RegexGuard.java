package org.hrcg.service.sparql.limits;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * Regular expressions in queries ({@code REGEX}, {@code REPLACE}) stop when the query's time is up.
 *
 * <p>A pattern such as {@code (.*a){16}$} on a string of forty {@code a}s backtracks for hours, and
 * Java's regular expressions check neither interrupts nor the query's timeout: one request would
 * keep a core busy long after its timeout answered. Every query's algebra is therefore rewritten,
 * after Jena's own optimisation, so that {@code REGEX} and {@code REPLACE} match against a text
 * that checks, every few thousand characters it hands out, the query's cancel signal (set when the
 * timeout strikes) and a deadline of its own (the query timeout, from the start of that one match);
 * past either, the match ends with {@link QueryCancelledException}. The pattern, its flags and the
 * results are Jena's own ({@link RegexEngine#makePattern}); only Java's regular expressions are
 * used, as Jena's default is.
 */
final class RegexGuard {

  /** How many characters a match may read between two checks of the clock and the signal. */
  static final int CHECK_EVERY = 4096;

  private RegexGuard() {}

  /** Rewrites every query of this process from now on, with this limit for one match. */
  static synchronized void install(Duration limit) {
    RewriteFactory standard = Optimize.stdOptimizationFactory;
    Optimize.setFactory(
        context -> {
          Rewrite optimise = standard.create(context);
          // Guarded first, so that constant folding in the optimiser evaluates guarded forms too.
          return op -> optimise.rewrite(guard(op, limit));
        });
  }

  /** The algebra with {@code REGEX} and {@code REPLACE} replaced by their guarded forms. */
  static Op guard(Op op, Duration limit) {
    return Transformer.transform(new TransformCopy(), new Guarding(limit), op);
  }

  private static final class Guarding extends ExprTransformCopy {
    private final Duration limit;

    Guarding(Duration limit) {
      this.limit = limit;
    }

    @Override
    public Expr transform(ExprFunctionN function, ExprList args) {
      if (function instanceof E_Regex) {
        return new GuardedRegex(args, limit);
      }
      if (function instanceof E_StrReplace) {
        return new GuardedReplace(args, limit);
      }
      return super.transform(function, args);
    }
  }

  /** Patterns by their text and flags, compiled once (bounded: cleared when it grows large). */
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  static Pattern pattern(String label, String pattern, String flags) {
    String key = (flags == null ? "" : flags) + "\u0000" + pattern;
    Pattern known = PATTERNS.get(key);
    if (known != null) {
      return known;
    }
    Pattern compiled = RegexEngine.makePattern(label, pattern, flags);
    if (PATTERNS.size() > 1000) {
      PATTERNS.clear();
    }
    PATTERNS.put(key, compiled);
    return compiled;
  }

  /** The query's cancel signal, when the function runs inside a query execution. */
  static AtomicBoolean signal(FunctionEnv env) {
    return env instanceof ExecutionContext context ? context.getCancelSignal() : null;
  }

  /** {@code REGEX(text, pattern [, flags])}, stopped with the query. */
  static final class GuardedRegex extends ExprFunctionN {
    private final Duration limit;

    GuardedRegex(ExprList args, Duration limit) {
      super("regex", args);
      this.limit = limit;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
      Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
      String pattern =
          NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(1)).getLiteralLexicalForm();
      String flags =
          args.size() > 2
              ? NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(2)).getLiteralLexicalForm()
              : null;
      Matcher matcher =
          pattern("Regex", pattern, flags)
              .matcher(new CancellableText(text.getLiteralLexicalForm(), signal(env), limit));
      return NodeValue.booleanReturn(matcher.find());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
      return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
      return new GuardedRegex(newArgs, limit);
    }
  }

  /** {@code REPLACE(text, pattern, replacement [, flags])}, stopped with the query. */
  static final class GuardedReplace extends ExprFunctionN {
    private final Duration limit;

    GuardedReplace(ExprList args, Duration limit) {
      super("replace", args);
      this.limit = limit;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
      String pattern =
          NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm();
      String flags =
          args.size() > 3
              ? NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(3))
                  .getLiteralLexicalForm()
              : null;
      Pattern compiled = pattern("REPLACE", pattern, flags);
      // Every match is found once on a guarded text, where the backtracking happens; Jena's own
      // replacement then repeats the same matches on the plain text (no slower than this run,
      // which finished in time) and gives the result its errors, language tag and datatype.
      Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
      Matcher matcher =
          compiled.matcher(new CancellableText(text.getLiteralLexicalForm(), signal(env), limit));
      while (matcher.find()) {
        // only the time it takes matters here
      }
      return XSDFuncOp.strReplace(args.get(0), compiled, args.get(2));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
      return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
      return new GuardedReplace(newArgs, limit);
    }
  }
}
