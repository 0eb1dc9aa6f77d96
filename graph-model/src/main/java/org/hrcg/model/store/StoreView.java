package org.hrcg.model.store;

import java.util.Iterator;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The dataset as the store hands it out: its default graph is the union of the named graphs, and
 * writes either fail (a read view) or follow the store's rules (a write view): writes to the
 * default graph go to {@code graph/default}, writes to a protected graph fail.
 *
 * <p>A write view does not list the protected graphs, so that {@code CLEAR ALL} and {@code DROP
 * ALL}, which clear every listed graph, leave them in place; they can still be read by name.
 */
final class StoreView extends DatasetGraphWrapper {

  private final boolean writable;
  private final Node defaultTarget;
  private final Set<Node> protectedGraphs;

  private StoreView(
      DatasetGraph base, boolean writable, Node defaultTarget, Set<Node> protectedGraphs) {
    super(base);
    this.writable = writable;
    this.defaultTarget = defaultTarget;
    this.protectedGraphs = Set.copyOf(protectedGraphs);
  }

  static StoreView reading(DatasetGraph base) {
    return new StoreView(base, false, null, Set.of());
  }

  static StoreView writing(DatasetGraph base, Node defaultTarget, Set<Node> protectedGraphs) {
    return new StoreView(base, true, defaultTarget, protectedGraphs);
  }

  private static boolean isDefault(Node g) {
    return g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g);
  }

  private RuntimeException readOnly() {
    return new UnsupportedOperationException("the store's read view cannot be changed");
  }

  /** The named graph a write to {@code g} goes to; fails for protected graphs and read views. */
  private Node writeTarget(Node g) {
    if (!writable) {
      throw readOnly();
    }
    if (isDefault(g)) {
      return defaultTarget;
    }
    if (protectedGraphs.contains(g)) {
      throw new ProtectedGraphException(g.getURI());
    }
    return g;
  }

  @Override
  public Graph getDefaultGraph() {
    Graph union = get().getUnionGraph();
    if (!writable) {
      return GuardGraph.refusingWrites(union, this::readOnly);
    }
    return GuardGraph.redirectingWrites(union, get().getGraph(defaultTarget));
  }

  @Override
  public Graph getUnionGraph() {
    return getDefaultGraph();
  }

  @Override
  public Graph getGraph(Node g) {
    if (isDefault(g)) {
      return getDefaultGraph();
    }
    Graph graph = get().getGraph(g);
    if (!writable) {
      return GuardGraph.refusingWrites(graph, this::readOnly);
    }
    if (protectedGraphs.contains(g)) {
      return GuardGraph.refusingWrites(graph, () -> new ProtectedGraphException(g.getURI()));
    }
    return graph;
  }

  @Override
  public boolean containsGraph(Node g) {
    return isDefault(g) || get().containsGraph(g);
  }

  @Override
  public Iterator<Node> listGraphNodes() {
    Iterator<Node> nodes = get().listGraphNodes();
    if (!writable) {
      return nodes;
    }
    return Iter.filter(nodes, g -> !protectedGraphs.contains(g));
  }

  @Override
  public void addGraph(Node g, Graph graph) {
    get().addGraph(writeTarget(g), graph);
  }

  @Override
  public void removeGraph(Node g) {
    get().removeGraph(writeTarget(g));
  }

  @Override
  public void add(Quad quad) {
    add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public void add(Node g, Node s, Node p, Node o) {
    get().add(writeTarget(g), s, p, o);
  }

  @Override
  public void delete(Quad quad) {
    delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public void delete(Node g, Node s, Node p, Node o) {
    get().delete(writeTarget(g), s, p, o);
  }

  @Override
  public void deleteAny(Node g, Node s, Node p, Node o) {
    if (g != null && g.isConcrete()) {
      get().deleteAny(writeTarget(g), s, p, o);
      return;
    }
    if (!writable) {
      throw readOnly();
    }
    for (Node graph : Iter.toList(listGraphNodes())) {
      get().deleteAny(graph, s, p, o);
    }
  }

  @Override
  public void clear() {
    if (!writable) {
      throw readOnly();
    }
    for (Node graph : Iter.toList(listGraphNodes())) {
      get().removeGraph(graph);
    }
  }

  @Override
  public Iterator<Quad> find(Quad quad) {
    return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
    if (g != null && isDefault(g)) {
      return unionAsQuads(s, p, o);
    }
    return get().find(g, s, p, o);
  }

  @Override
  public boolean contains(Quad quad) {
    return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public boolean contains(Node g, Node s, Node p, Node o) {
    if (g != null && isDefault(g)) {
      return get().getUnionGraph().contains(s, p, o);
    }
    return get().contains(g, s, p, o);
  }

  private Iterator<Quad> unionAsQuads(Node s, Node p, Node o) {
    Iterator<Triple> triples = get().getUnionGraph().find(s, p, o);
    return Iter.map(triples, t -> Quad.create(Quad.defaultGraphIRI, t));
  }
}
