package org.hrcg.service.sparql;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * A dataset that notes which named graphs a write touches, so that exactly those are validated. A
 * write to the default graph is noted as one to the graph the store sends such writes to ({@code
 * graph/default}); a write to every graph ({@code CLEAR ALL}, a wildcard delete) notes every graph
 * listed. Updates reach a dataset both quad by quad and through its graphs ({@code CLEAR}, {@code
 * COPY}, {@code LOAD}), so both ways are covered.
 */
final class TouchedGraphs extends DatasetGraphWrapper {

  private final Node defaultTarget;
  private final Set<Node> touched = new LinkedHashSet<>();

  TouchedGraphs(DatasetGraph dataset, Node defaultTarget) {
    super(dataset);
    this.defaultTarget = defaultTarget;
  }

  /** The graphs written so far, in the order first written. */
  Set<Node> graphs() {
    return Collections.unmodifiableSet(touched);
  }

  private static boolean isDefault(Node g) {
    return g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g);
  }

  private void note(Node g) {
    if (isDefault(g)) {
      touched.add(defaultTarget);
    } else if (g.isConcrete()) {
      touched.add(g);
    } else {
      noteAll();
    }
  }

  private void noteAll() {
    touched.addAll(Iter.toList(get().listGraphNodes()));
    touched.add(defaultTarget);
  }

  @Override
  public Graph getDefaultGraph() {
    return new Noting(get().getDefaultGraph(), defaultTarget);
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
    return new Noting(get().getGraph(g), g);
  }

  @Override
  public void addGraph(Node g, Graph graph) {
    note(g);
    super.addGraph(g, graph);
  }

  @Override
  public void removeGraph(Node g) {
    note(g);
    super.removeGraph(g);
  }

  @Override
  public void add(Quad quad) {
    note(quad.getGraph());
    super.add(quad);
  }

  @Override
  public void add(Node g, Node s, Node p, Node o) {
    note(g);
    super.add(g, s, p, o);
  }

  @Override
  public void delete(Quad quad) {
    note(quad.getGraph());
    super.delete(quad);
  }

  @Override
  public void delete(Node g, Node s, Node p, Node o) {
    note(g);
    super.delete(g, s, p, o);
  }

  @Override
  public void deleteAny(Node g, Node s, Node p, Node o) {
    note(g);
    super.deleteAny(g, s, p, o);
  }

  @Override
  public void clear() {
    noteAll();
    super.clear();
  }

  /** A graph of the dataset that notes its writes. */
  private final class Noting extends GraphWrapper {
    private final Node name;

    Noting(Graph graph, Node name) {
      super(graph);
      this.name = name;
    }

    @Override
    public void add(Triple t) {
      touched.add(name);
      super.add(t);
    }

    @Override
    public void delete(Triple t) {
      touched.add(name);
      super.delete(t);
    }

    @Override
    public void remove(Node s, Node p, Node o) {
      touched.add(name);
      super.remove(s, p, o);
    }

    @Override
    public void clear() {
      touched.add(name);
      super.clear();
    }
  }
}
