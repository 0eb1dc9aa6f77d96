package org.hrcg.service.sparql;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The store's dataset as a Graph Store Protocol read of one graph sees it: its default graph is the
 * union of the named graphs. The store keeps nothing in TDB2's own default graph; queries get the
 * union from TDB2's {@code unionDefaultGraph} setting, which graph-level access does not consult.
 */
final class UnionDefault extends DatasetGraphWrapper {

  private UnionDefault(DatasetGraph dataset) {
    super(dataset);
  }

  /**
   * The dataset to read one graph from: with the union as default graph when the request names a
   * graph or the default graph, unchanged for a whole-dataset (quads) request, which lists the
   * named graphs themselves.
   */
  static DatasetGraph forGraphStore(HttpAction action, DatasetGraph dataset) {
    if (dataset == null || action.getRequestQueryString() == null) {
      return dataset;
    }
    return new UnionDefault(dataset);
  }

  @Override
  public Graph getDefaultGraph() {
    return new GraphReadOnly(get().getUnionGraph());
  }
}
