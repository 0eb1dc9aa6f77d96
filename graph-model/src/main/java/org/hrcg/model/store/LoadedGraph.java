package org.hrcg.model.store;

import java.util.Objects;

/**
 * A graph's entry in the meta graph: how its current content was loaded.
 *
 * @param graph the graph's IRI
 * @param record who loaded it, when and from which file
 * @param revision the store revision that the load produced
 */
public record LoadedGraph(String graph, LoadRecord record, long revision) {

  public LoadedGraph {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(record, "record");
  }
}
