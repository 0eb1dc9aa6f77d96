package org.hrcg.model.store;

import java.util.Objects;

/**
 * A write was addressed to a graph that only the store itself writes: the ontology, the concept
 * schemes or the meta graph. The write is undone.
 */
public class ProtectedGraphException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String graph;

  public ProtectedGraphException(String graph) {
    super(
        "graph <"
            + Objects.requireNonNull(graph, "graph")
            + "> is maintained by the store and cannot be written");
    this.graph = graph;
  }

  /** The IRI of the graph the write was addressed to. */
  public String graph() {
    return graph;
  }
}
