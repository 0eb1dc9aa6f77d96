package org.hrcg.service.sparql;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Graph Store Protocol reads. {@code GET ?default} answers the union of the named graphs, as a
 * query's default graph is; {@code GET} without parameters answers every graph as quads.
 */
final class GraphStoreRead extends GSP_R {

  @Override
  protected DatasetGraph decideDataset(HttpAction action) {
    return UnionDefault.forGraphStore(action, super.decideDataset(action));
  }
}
