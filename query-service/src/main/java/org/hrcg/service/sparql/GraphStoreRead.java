package org.hrcg.service.sparql;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.RemoteStore;

/**
 * Graph Store Protocol reads. {@code GET ?default} answers the union of the named graphs, as a
 * query's default graph is; {@code GET} without parameters answers every graph as quads.
 *
 * <p>On the embedded store the graphs are read from its dataset, in Fuseki's read transaction. On a
 * remote store each request reads a {@link org.hrcg.model.store.LocalCopy} made for it: the graph
 * asked for is fetched in one query, and the union or the whole dataset in one query too.
 */
final class GraphStoreRead extends GSP_R {

  private final RemoteStore remote;

  GraphStoreRead(GraphStore store) {
    this.remote = store instanceof RemoteStore r ? r : null;
  }

  @Override
  protected DatasetGraph decideDataset(HttpAction action) {
    return readable(action, super.decideDataset(action), remote);
  }

  /**
   * The dataset a Graph Store read of this request sees: the one Fuseki serves (embedded), or a
   * copy of the remote store; with the union as its default graph when the request names a graph.
   */
  static DatasetGraph readable(HttpAction action, DatasetGraph served, RemoteStore remote) {
    if (remote == null) {
      return UnionDefault.forGraphStore(action, served);
    }
    if (action.getRequestQueryString() == null) {
      // The whole dataset, as quads: every graph is read, so all of them in one request.
      return remote.localCopy().fetchAll().dataset();
    }
    return UnionDefault.forGraphStore(action, remote.localCopy().dataset());
  }
}
