package org.hrcg.model.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Turns a SPARQL Update written against the store's rules into one that keeps them on a plain
 * SPARQL 1.1 server, whose default graph is its own stored graph rather than the union:
 *
 * <ul>
 *   <li>a write to the default graph (data, templates without {@code GRAPH}, {@code LOAD}, {@code
 *       CLEAR DEFAULT}, the target of {@code ADD}/{@code COPY}/{@code MOVE}) goes to {@code
 *       graph/default};
 *   <li>a {@code WHERE} clause, and {@code DEFAULT} as the source of {@code ADD}/{@code
 *       COPY}/{@code MOVE}, read the union of the named graphs ({@code GRAPH
 *       <urn:x-arq:UnionGraph>} around the pattern); {@code GRAPH} inside it reaches each named
 *       graph as before;
 *   <li>{@code CLEAR}/{@code DROP} {@code ALL} and {@code NAMED} clear every graph but the
 *       protected ones;
 *   <li>a write that names a protected graph is refused here ({@link ProtectedGraphException}); a
 *       template {@code GRAPH ?g} whose {@code ?g} could be bound to one is checked on the server,
 *       in the same request, by operations that fail it if the pattern binds {@code ?g} to a
 *       protected graph.
 * </ul>
 */
final class UpdateRewriter {

  private final StoreLayout layout;
  private final Node union;
  private final RemoteWrites writes;

  UpdateRewriter(StoreLayout layout, Node union, RemoteWrites writes) {
    this.layout = layout;
    this.union = union;
    this.writes = writes;
  }

  /** The graph a request fails on when it would write into {@code graph}. */
  static Node writeCheck(Node protectedGraph) {
    return NodeFactory.createURI(protectedGraph.getURI() + "#write-check");
  }

  /**
   * A pattern with a graph as its default graph: {@code GRAPH <graph> { pattern }}. An empty
   * pattern stays as it is: it reads no graph, and {@code GRAPH} around nothing asks whether the
   * graph exists.
   */
  static Element withDefaultGraph(Node graph, Element pattern) {
    if (pattern == null || (pattern instanceof ElementGroup group && group.isEmpty())) {
      return pattern;
    }
    ElementGroup wrapped = new ElementGroup();
    wrapped.addElement(new ElementNamedGraph(graph, pattern));
    return wrapped;
  }

  /**
   * The operations to send for the request.
   *
   * @throws ProtectedGraphException if an operation names a protected graph as a target
   * @throws UnsupportedOperationException for {@code USING NAMED} or several {@code USING} graphs
   */
  List<Update> rewrite(UpdateRequest request) {
    List<Update> operations = new ArrayList<>();
    for (Update update : request.getOperations()) {
      operations.addAll(rewrite(update));
    }
    return operations;
  }

  private List<Update> rewrite(Update update) {
    if (update instanceof UpdateDataInsert data) {
      return List.of(new UpdateDataInsert(dataQuads(data)));
    }
    if (update instanceof UpdateDataDelete data) {
      return List.of(new UpdateDataDelete(dataQuads(data)));
    }
    if (update instanceof UpdateDeleteWhere deleteWhere) {
      return modify(deleteWhere.getQuads(), List.of(), whereOf(deleteWhere.getQuads()), null, null);
    }
    if (update instanceof UpdateModify modify) {
      return modify(modify);
    }
    if (update instanceof UpdateDropClear dropClear) {
      return dropClear(dropClear);
    }
    if (update instanceof UpdateCreate create) {
      refuseProtected(create.getGraph());
      return List.of(create);
    }
    if (update instanceof UpdateLoad load) {
      Node target =
          load.getDest() == null ? layout.defaultGraph() : refuseProtected(load.getDest());
      return List.of(new UpdateLoad(load.getSource(), target, load.isSilent()));
    }
    if (update instanceof UpdateBinaryOp binary) {
      return binary(binary);
    }
    throw new UnsupportedOperationException(
        "a remote store cannot run this update operation: " + update);
  }

  private QuadDataAcc dataQuads(UpdateData data) {
    QuadDataAcc quads = new QuadDataAcc();
    for (Quad quad : data.getQuads()) {
      quads.addQuad(
          Quad.create(writeTarget(quad.getGraph(), layout.defaultGraph()), quad.asTriple()));
    }
    return quads;
  }

  private List<Update> modify(UpdateModify modify) {
    if (!modify.getUsingNamed().isEmpty() || modify.getUsing().size() > 1) {
      throw new UnsupportedOperationException(
          "a remote store runs USING with one graph only, and no USING NAMED");
    }
    Node with = modify.getWithIRI();
    Node whereDefault = modify.getUsing().isEmpty() ? with : modify.getUsing().get(0);
    return modify(
        modify.hasDeleteClause() ? modify.getDeleteQuads() : List.of(),
        modify.hasInsertClause() ? modify.getInsertQuads() : List.of(),
        modify.getWherePattern(),
        with,
        whereDefault);
  }

  /**
   * A DELETE/INSERT whose templates write where the store's rules say and whose WHERE reads the
   * union (or the WITH or USING graph), preceded by the server-side checks for template graphs that
   * are variables.
   */
  private List<Update> modify(
      List<Quad> delete, List<Quad> insert, Element where, Node with, Node whereDefault) {
    Node templateDefault = with != null ? refuseProtected(with) : layout.defaultGraph();
    UpdateModify rewritten = new UpdateModify();
    rewritten.setHasDeleteClause(!delete.isEmpty());
    rewritten.setHasInsertClause(!insert.isEmpty());
    Set<Var> graphVariables = new LinkedHashSet<>();
    template(delete, templateDefault, rewritten.getDeleteAcc(), graphVariables);
    template(insert, templateDefault, rewritten.getInsertAcc(), graphVariables);
    Element pattern = withDefaultGraph(whereDefault != null ? whereDefault : union, where);
    rewritten.setElement(pattern == null ? new ElementGroup() : pattern);
    List<Update> operations = new ArrayList<>();
    if (!graphVariables.isEmpty()) {
      for (Node graph : layout.protectedGraphs()) {
        operations.addAll(writeGuard(graph, graphVariables, rewritten.getWherePattern()));
      }
    }
    operations.add(rewritten);
    return operations;
  }

  private void template(
      List<Quad> quads, Node defaultTarget, QuadAcc into, Set<Var> graphVariables) {
    for (Quad quad : quads) {
      Node graph = quad.getGraph();
      if (Var.isVar(graph)) {
        graphVariables.add(Var.alloc(graph));
        into.addQuad(quad);
      } else {
        into.addQuad(Quad.create(writeTarget(graph, defaultTarget), quad.asTriple()));
      }
    }
  }

  /**
   * Fails the request if the pattern binds one of the variables to the protected graph: the check
   * graph is filled only when no such binding exists, and clearing it fails when it is empty.
   */
  private List<Update> writeGuard(Node graph, Set<Var> variables, Element where) {
    Expr bindsProtected = null;
    for (Var variable : variables) {
      Expr equals = new E_Equals(new ExprVar(variable), NodeValue.makeNode(graph));
      bindsProtected = bindsProtected == null ? equals : new E_LogicalOr(bindsProtected, equals);
    }
    ElementGroup forbidden = new ElementGroup();
    forbidden.addElement(where);
    forbidden.addElement(new ElementFilter(bindsProtected));
    ElementGroup allowed = new ElementGroup();
    allowed.addElement(new ElementFilter(new E_NotExists(forbidden)));
    Node check = writeCheck(graph);
    UpdateModify fill = new UpdateModify();
    fill.setHasInsertClause(true);
    fill.getInsertAcc().addQuad(Quad.create(check, check, StoreVocab.rdfType, StoreVocab.Load));
    fill.setElement(allowed);
    return List.of(fill, new UpdateClear(check, false), new UpdateDrop(check, true));
  }

  private List<Update> dropClear(UpdateDropClear update) {
    boolean drop = update instanceof UpdateDrop;
    Target target = update.getTarget();
    if (target.isDefault()) {
      Node graph = layout.defaultGraph();
      return List.of(drop ? new UpdateDrop(graph, true) : new UpdateClear(graph, true));
    }
    if (target.isOneNamedGraph()) {
      refuseProtected(target.getGraph());
      return List.of(update);
    }
    return writes.clearData();
  }

  private List<Update> binary(UpdateBinaryOp update) {
    Target source = update.getSrc();
    Target destination = update.getDest();
    if (source.isDefault() && destination.isDefault()) {
      return List.of();
    }
    Node target =
        destination.isDefault() ? layout.defaultGraph() : refuseProtected(destination.getGraph());
    boolean move = update instanceof UpdateMove;
    if (move && source.isOneNamedGraph()) {
      refuseProtected(source.getGraph());
    }
    if (source.isOneNamedGraph()) {
      Target to = Target.create(target);
      if (update instanceof UpdateAdd) {
        return List.of(new UpdateAdd(source, to, update.isSilent()));
      }
      if (update instanceof UpdateCopy) {
        return List.of(new UpdateCopy(source, to, update.isSilent()));
      }
      return List.of(new UpdateMove(source, to, update.isSilent()));
    }
    // DEFAULT as the source is the union, as queries see it.
    List<Update> operations = new ArrayList<>();
    if (!(update instanceof UpdateAdd)) {
      operations.add(new UpdateDrop(target, true));
    }
    Var s = Var.alloc("s");
    Var p = Var.alloc("p");
    Var o = Var.alloc("o");
    UpdateModify copy = new UpdateModify();
    copy.setHasInsertClause(true);
    copy.getInsertAcc().addQuad(Quad.create(target, s, p, o));
    BasicPattern any = new BasicPattern();
    any.add(Triple.create(s, p, o));
    ElementGroup all = new ElementGroup();
    all.addElement(new ElementTriplesBlock(any));
    copy.setElement(withDefaultGraph(union, all));
    operations.add(copy);
    if (move) {
      operations.add(new UpdateDrop(layout.defaultGraph(), true));
    }
    return operations;
  }

  /** The WHERE of a DELETE WHERE: its quads as a pattern, those without GRAPH as triples. */
  private static Element whereOf(List<Quad> quads) {
    ElementGroup where = new ElementGroup();
    for (Quad quad : quads) {
      BasicPattern triple = new BasicPattern();
      triple.add(quad.asTriple());
      Element block = new ElementTriplesBlock(triple);
      where.addElement(
          Quad.isDefaultGraph(quad.getGraph())
              ? block
              : new ElementNamedGraph(quad.getGraph(), block));
    }
    return where;
  }

  /** The graph a write addressed to {@code graph} goes to. */
  private Node writeTarget(Node graph, Node defaultTarget) {
    if (graph == null || Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph)) {
      return defaultTarget;
    }
    return refuseProtected(graph);
  }

  private Node refuseProtected(Node graph) {
    if (graph != null && layout.isProtected(graph)) {
      throw new ProtectedGraphException(graph.getURI());
    }
    return graph;
  }
}
