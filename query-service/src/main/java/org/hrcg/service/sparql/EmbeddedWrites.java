package org.hrcg.service.sparql;

import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateRequest;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.StoreFaults;

/**
 * Protocol writes on the embedded store: the change and its check run inside the store's write
 * transaction, which a violation aborts.
 */
final class EmbeddedWrites extends ProtocolWrites {

  private final TdbStore store;

  EmbeddedWrites(TdbStore store, ShapeCheck shapes, StoreFaults faults) {
    super(store.minter(), shapes, faults);
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  <T> T write(Function<DatasetGraph, T> change, UpdateRequest update) {
    return store.write(
        dataset -> {
          DatasetGraph writable = dataset.asDatasetGraph();
          return changeAndCheck(change, writable, writable).value();
        });
  }
}
