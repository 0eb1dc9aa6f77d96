package org.hrcg.model.store;

import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * A graph that reads from one graph and sends writes to another, or refuses them. Read views and
 * protected graphs refuse; the default graph of a write view reads the union and writes to {@code
 * graph/default}.
 */
final class GuardGraph extends GraphWrapper {

  private final Graph writeTarget;
  private final Supplier<RuntimeException> refusal;

  private GuardGraph(Graph reads, Graph writeTarget, Supplier<RuntimeException> refusal) {
    super(reads);
    this.writeTarget = writeTarget;
    this.refusal = refusal;
  }

  static Graph refusingWrites(Graph graph, Supplier<RuntimeException> refusal) {
    return new GuardGraph(graph, null, refusal);
  }

  static Graph redirectingWrites(Graph reads, Graph writeTarget) {
    return new GuardGraph(reads, writeTarget, null);
  }

  private Graph target() {
    if (writeTarget == null) {
      throw refusal.get();
    }
    return writeTarget;
  }

  @Override
  public void add(Triple t) {
    target().add(t);
  }

  @Override
  public void delete(Triple t) {
    target().delete(t);
  }

  @Override
  public void remove(Node s, Node p, Node o) {
    target().remove(s, p, o);
  }

  @Override
  public void clear() {
    target().clear();
  }
}
