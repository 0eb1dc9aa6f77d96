package org.hrcg.service.sparql;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.hrcg.model.store.WatchedDataset;

/**
 * A dataset that notes which named graphs a write touches, so that exactly those are validated. A
 * write to the default graph (or the union graph, which reads as it) is noted as one to the graph
 * the store sends such writes to ({@code graph/default}); a write to every graph ({@code CLEAR
 * ALL}, a wildcard delete) notes every graph listed. Updates reach a dataset both quad by quad and
 * through its graphs ({@code CLEAR}, {@code COPY}, {@code LOAD}): {@link WatchedDataset} sees both.
 */
final class TouchedGraphs extends WatchedDataset {

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

  /** The union graph is written as the default graph is: into {@code graph/default}. */
  @Override
  public Graph getUnionGraph() {
    return getDefaultGraph();
  }

  @Override
  protected void reading(Node g) {
    // Reads touch nothing.
  }

  @Override
  protected void changing(Node g) {
    note(g);
  }

  @Override
  protected void replacing(Node g) {
    note(g);
  }

  private void note(Node g) {
    if (g == null || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) {
      touched.add(defaultTarget);
    } else if (g.isConcrete()) {
      touched.add(g);
    } else {
      touched.addAll(Iter.toList(get().listGraphNodes()));
      touched.add(defaultTarget);
    }
  }
}
