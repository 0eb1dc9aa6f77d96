package org.hrcg.service.sparql;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateRequest;
import org.hrcg.model.store.ConcurrentWriteException;
import org.hrcg.model.store.LocalCopy;
import org.hrcg.model.store.RemoteStore;
import org.hrcg.service.StoreFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protocol writes on a remote store, where there is no transaction to run a check in: the write is
 * made on a {@link LocalCopy} of the store at its current revision (only the graphs the write reads
 * are fetched; one that reads the union fetches every graph), the graphs it touched are checked
 * there, and only then is it sent, as one request that the store applies only if it is still at
 * that revision. So the check sees exactly what the store will hold, and a write that another
 * instance's write overtook is made, checked and sent again (three attempts, then 409).
 *
 * <p>What is sent: a SPARQL Update as the client wrote it (the store rewrites it to its rules, see
 * {@link RemoteStore}), or, for a Graph Store write or an update the store cannot take as it is
 * ({@code USING NAMED}, several {@code USING} graphs), each touched graph as the copy left it
 * ({@code DROP SILENT GRAPH}, {@code INSERT DATA}): the same triples, with the graph's blank nodes
 * created anew.
 */
final class RemoteStoreWrites extends ProtocolWrites {

  private static final Logger LOG = LoggerFactory.getLogger(RemoteStoreWrites.class);

  /** How many times a write is made and sent when other writes keep coming first. */
  static final int ATTEMPTS = 3;

  private final RemoteStore store;

  RemoteStoreWrites(RemoteStore store, ShapeCheck shapes, StoreFaults faults) {
    super(store.minter(), shapes, faults);
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  <T> T write(Function<DatasetGraph, T> change, UpdateRequest update) {
    ConcurrentWriteException conflict = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      LocalCopy copy = store.localCopy();
      Checked<T> checked =
          Txn.calculateWrite(
              copy.dataset(), () -> changeAndCheck(change, copy.writeView(), copy.dataset()));
      try {
        send(copy, checked.touched(), update);
        return checked.value();
      } catch (ConcurrentWriteException e) {
        LOG.debug("write overtaken at revision {} (attempt {})", copy.revision(), attempt);
        conflict = e;
      }
    }
    throw conflict;
  }

  private void send(LocalCopy copy, Collection<Node> touched, UpdateRequest update) {
    if (update != null) {
      try {
        store.update(update, copy.revision());
        return;
      } catch (UnsupportedOperationException e) {
        // Refused before anything was sent: send what the update left instead.
        LOG.debug("update sent as the graphs it leaves: {}", e.getMessage());
      }
    }
    store.update(replacements(copy.dataset(), touched), copy.revision());
  }

  /** Each graph as the copy holds it now: dropped, and filled again if it holds anything. */
  static UpdateRequest replacements(DatasetGraph copy, Collection<Node> graphs) {
    UpdateRequest request = new UpdateRequest();
    graphs.stream()
        .sorted(Comparator.comparing(Node::getURI))
        .forEach(
            graph -> {
              request.add(new UpdateDrop(graph, true));
              Graph content = copy.getGraph(graph);
              if (!content.isEmpty()) {
                QuadDataAcc quads = new QuadDataAcc();
                content.find().forEachRemaining(t -> quads.addQuad(Quad.create(graph, t)));
                request.add(new UpdateDataInsert(quads));
              }
            });
    return request;
  }
}
