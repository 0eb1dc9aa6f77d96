package org.hrcg.service.sparql;

import java.util.Objects;
import java.util.Optional;
import org.apache.jena.fuseki.FusekiConfigException;
import org.apache.jena.fuseki.server.Validators;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.GraphTarget;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.DataUploader;
import org.apache.jena.fuseki.system.UploadDetails;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.RemoteStore;

/**
 * Graph Store Protocol writes through the store: {@code PUT}, {@code POST} and {@code DELETE} of a
 * graph ({@code ?graph=} or {@code ?default}, which is {@code graph/default}) or, without
 * parameters, {@code PUT} and {@code POST} of quads to the dataset. The body is parsed before the
 * transaction starts, then written by {@link ProtocolWrites}: the ontology, schemes and meta graphs
 * answer 403, a graph that breaks the shapes 422, and every write kept bumps the revision. The
 * writes are the same on a remote store, made on a copy and sent as the graphs they leave.
 */
final class GraphStoreWrite extends GSP_RW {

  private final ProtocolWrites writes;
  private final RemoteStore remote;

  GraphStoreWrite(ProtocolWrites writes, GraphStore store) {
    this.writes = Objects.requireNonNull(writes, "writes");
    this.remote = store instanceof RemoteStore r ? r : null;
  }

  @Override
  protected DatasetGraph decideDataset(HttpAction action) {
    return GraphStoreRead.readable(action, super.decideDataset(action), remote);
  }

  @Override
  protected void doPut(HttpAction action) {
    if (!writes.refusedAsReadOnly(action)) {
      upload(action, true);
    }
  }

  @Override
  protected void doPost(HttpAction action) {
    if (!writes.refusedAsReadOnly(action)) {
      upload(action, false);
    }
  }

  @Override
  protected void doPatch(HttpAction action) {
    ServletOps.errorMethodNotAllowed("PATCH");
  }

  @Override
  protected void doDelete(HttpAction action) {
    if (isQuads(action)) {
      // As Fuseki: the whole dataset is never deleted in one request.
      ServletOps.errorMethodNotAllowed("DELETE");
    }
    if (writes.refusedAsReadOnly(action)) {
      return;
    }
    Optional<Boolean> deleted =
        writes.apply(
            action,
            dataset -> {
              GraphTarget target = target(dataset, action);
              if (!target.exists()) {
                ServletOps.errorNotFound("No such graph: " + target.label());
              }
              if (target.isDefault()) {
                target.graph().clear();
              } else {
                dataset.removeGraph(target.graphName());
              }
              return Boolean.TRUE;
            });
    if (deleted.isPresent()) {
      ServletOps.successNoContent(action);
    }
  }

  private void upload(HttpAction action, boolean replace) {
    if (ActionLib.getContentType(action) == null) {
      ServletOps.errorBadRequest("No Content-Type:");
    }
    boolean quads = isQuads(action);
    DatasetGraph parsed = DatasetGraphFactory.create();
    UploadDetails details =
        read(
            action,
            quads ? StreamRDFLib.dataset(parsed) : StreamRDFLib.graph(parsed.getDefaultGraph()));
    Optional<Boolean> existed =
        writes.apply(
            action,
            dataset ->
                quads
                    ? writeQuads(dataset, parsed, replace)
                    : writeGraph(action, dataset, parsed.getDefaultGraph(), replace));
    if (existed.isPresent()) {
      details.setExistedBefore(existed.get());
      ServletOps.uploadResponse(action, details);
    }
  }

  private static UploadDetails read(HttpAction action, StreamRDF destination) {
    try {
      return DataUploader.incomingData(action, destination);
    } catch (RiotParseException e) {
      ServletOps.errorParseError(e);
    } catch (RiotException e) {
      ServletOps.errorBadRequest(e.getMessage());
    }
    throw new IllegalStateException("unreachable: ServletOps errors throw");
  }

  private boolean writeGraph(HttpAction action, DatasetGraph dataset, Graph data, boolean replace) {
    GraphTarget target = target(dataset, action);
    boolean existed = target.exists();
    Graph graph = target.graph();
    if (replace && existed) {
      graph.clear();
    }
    GraphUtil.addInto(graph, data);
    return existed;
  }

  private static boolean writeQuads(DatasetGraph dataset, DatasetGraph data, boolean replace) {
    if (replace) {
      dataset.clear();
    }
    data.find().forEachRemaining(dataset::add);
    return true;
  }

  /** The graph a request names, refused if it is the union or a graph only the store writes. */
  private GraphTarget target(DatasetGraph dataset, HttpAction action) {
    GraphTarget target = GraphTarget.determineTargetGSP(dataset, action);
    if (target.isUnion()) {
      ServletOps.errorBadRequest("The union graph cannot be written");
    }
    if (!target.isDefault()) {
      if (target.graphName().isURI()) {
        try {
          Validators.graphName(target.graphName().getURI());
        } catch (FusekiConfigException e) {
          ServletOps.errorBadRequest("Bad graph IRI: " + target.graphName().getURI());
        }
      }
      writes.refuseProtected(target.graphName());
    }
    return target;
  }
}
