package org.hrcg.service.sparql.limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;

/**
 * Which queries are heavy, told from the query alone before it runs, so that they wait and run in a
 * lane of their own ({@link AdmissionFilter}) with a short timeout, and cannot take the workers
 * that cheap queries need. A query is heavy when its pattern
 *
 * <ul>
 *   <li>follows a property path of any length ({@code *}, {@code +}, {@code {n,}}) between two free
 *       variables (from or to a resource, or a variable that {@code VALUES} binds, a path stays
 *       near it),
 *   <li>has two parts or more that share no variable and that no given resource holds to few
 *       matches (a cartesian product of large parts), or
 *   <li>scans every triple ({@code ?s ?p ?o}, none of them bound elsewhere) without a small {@code
 *       LIMIT} to stop it, or to aggregate or order over all of them.
 * </ul>
 *
 * A query that does not parse is not heavy: the protocol handler refuses it at once. The competency
 * questions are cheap by this measure (tested).
 */
final class QueryCost {

  /** A scan of every triple is cheap when the query stops after this many results. */
  static final long SMALL_LIMIT = 1000;

  private QueryCost() {}

  /** Whether the query text names a heavy query. */
  static boolean isHeavy(String queryText) {
    return QueryText.parse(queryText).map(QueryCost::isHeavy).orElse(false);
  }

  static boolean isHeavy(Query query) {
    Op op = Algebra.compile(query);
    Finder finder = new Finder();
    OpWalker.walk(op, finder);
    if (finder.pathBetweenFreeVariables() || unanchoredComponents(finder.patterns) > 1) {
      return true;
    }
    if (finder.scansEveryTriple()) {
      boolean small = query.isAskType() || (query.hasLimit() && query.getLimit() <= SMALL_LIMIT);
      boolean whole = query.hasAggregators() || query.hasOrderBy() || query.hasGroupBy();
      return !small || whole;
    }
    return false;
  }

  private static final class Finder extends OpVisitorBase {
    final List<Triple> scans = new ArrayList<>();
    final List<Pattern> patterns = new ArrayList<>();
    final List<OpPath> openPaths = new ArrayList<>();
    final Set<Node> bound = new HashSet<>();

    @Override
    public void visit(OpBGP bgp) {
      for (Triple triple : bgp.getPattern().getList()) {
        if (triple.getSubject().isVariable()
            && triple.getPredicate().isVariable()
            && triple.getObject().isVariable()) {
          scans.add(triple);
        }
        patterns.add(
            new Pattern(
                variables(triple.getSubject(), triple.getPredicate(), triple.getObject()),
                anchored(triple.getSubject(), triple.getPredicate(), triple.getObject())));
      }
    }

    @Override
    public void visit(OpPath path) {
      Node subject = path.getTriplePath().getSubject();
      Node object = path.getTriplePath().getObject();
      patterns.add(
          new Pattern(variables(subject, object), subject.isConcrete() || object.isConcrete()));
      if (unbounded(path.getTriplePath().getPath())) {
        openPaths.add(path);
      }
    }

    @Override
    public void visit(OpExtend extend) {
      // BIND(f(?a, ?b) AS ?c) joins ?c to ?a and ?b; a constant, or an aggregate's own hidden
      // variable, joins nothing.
      extend
          .getVarExprList()
          .forEachVarExpr(
              (variable, expression) -> {
                Set<Node> joined = new HashSet<>();
                if (expression != null) {
                  expression.getVarsMentioned().stream()
                      .filter(v -> !v.isAllocVar())
                      .forEach(joined::add);
                }
                if (!joined.isEmpty() && !variable.isAllocVar()) {
                  joined.add(variable);
                  patterns.add(new Pattern(joined, false));
                }
              });
    }

    @Override
    public void visit(OpTable table) {
      bound.addAll(table.getTable().getVars());
      patterns.add(new Pattern(new HashSet<>(table.getTable().getVars()), true));
    }

    /**
     * Whether a path of any length runs between two free variables: variables that no other pattern
     * and no {@code VALUES} binds. A path from or to a resource, or from a variable that another
     * pattern binds, starts from few nodes; between two free variables it may walk the whole graph
     * from every node.
     */
    boolean pathBetweenFreeVariables() {
      for (OpPath path : openPaths) {
        if (free(path.getTriplePath().getSubject()) && free(path.getTriplePath().getObject())) {
          return true;
        }
      }
      return false;
    }

    /** Whether a pattern {@code ?s ?p ?o} stands alone: none of its variables bound elsewhere. */
    boolean scansEveryTriple() {
      for (Triple scan : scans) {
        if (free(scan.getSubject()) && free(scan.getPredicate()) && free(scan.getObject())) {
          return true;
        }
      }
      return false;
    }

    private boolean free(Node node) {
      if (!node.isVariable() || bound.contains(node)) {
        return false;
      }
      int uses = 0;
      for (Pattern pattern : patterns) {
        if (pattern.variables().contains(node)) {
          uses++;
        }
      }
      // The pattern itself is one use.
      return uses <= 1;
    }
  }

  /** Whether a path may repeat without end: {@code *}, {@code +} or {@code {n,}}. */
  private static boolean unbounded(Path path) {
    if (path instanceof P_ZeroOrMore1
        || path instanceof P_ZeroOrMoreN
        || path instanceof P_OneOrMore1
        || path instanceof P_OneOrMoreN) {
      return true;
    }
    if (path instanceof P_Mod mod && mod.getMax() == P_Mod.UNSET) {
      return true;
    }
    if (path instanceof P_Path1 one) {
      return unbounded(one.getSubPath());
    }
    if (path instanceof P_Path2 two) {
      return unbounded(two.getLeft()) || unbounded(two.getRight());
    }
    return false;
  }

  private static Set<Node> variables(Node... nodes) {
    Set<Node> variables = new HashSet<>();
    for (Node node : nodes) {
      if (node.isVariable()) {
        variables.add(node);
      }
    }
    return variables;
  }

  /**
   * A triple pattern or path of the query: its variables, and whether a given resource holds it to
   * few matches (a resource as subject, or as object of any property but {@code rdf:type}).
   */
  record Pattern(Set<Node> variables, boolean anchored) {}

  /** Whether a given resource holds the pattern {@code subject predicate object} to few matches. */
  static boolean anchored(Node subject, Node predicate, Node object) {
    return subject.isConcrete() || (object.isConcrete() && !RDF.type.asNode().equals(predicate));
  }

  /**
   * How many groups of patterns that share variables, across the whole query (OPTIONAL and UNION
   * included), have no pattern held by a given resource: more than one is a cartesian product of
   * large parts.
   */
  static int unanchoredComponents(List<Pattern> patterns) {
    Map<Node, Node> root = new HashMap<>();
    for (Pattern pattern : patterns) {
      Node first = null;
      for (Node variable : pattern.variables()) {
        root.putIfAbsent(variable, variable);
        Node other = find(root, variable);
        if (first == null) {
          first = other;
        } else if (!other.equals(first)) {
          root.put(other, first);
        }
      }
    }
    Set<Node> all = new HashSet<>();
    Set<Node> anchored = new HashSet<>();
    for (Pattern pattern : patterns) {
      for (Node variable : pattern.variables()) {
        Node group = find(root, variable);
        all.add(group);
        if (pattern.anchored()) {
          anchored.add(group);
        }
      }
    }
    all.removeAll(anchored);
    return all.size();
  }

  private static Node find(Map<Node, Node> root, Node node) {
    Node at = node;
    while (!root.get(at).equals(at)) {
      at = root.get(at);
    }
    return at;
  }
}
