package org.hrcg.service.sparql;

import org.apache.jena.shared.Lock;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphZero;

/**
 * The dataset Fuseki's handlers are given when the store is remote: it holds nothing and refuses
 * every read and write, so that a handler that would answer from it instead of the store fails
 * loudly rather than answering from an empty dataset. Its transactions are tracked and do nothing:
 * Fuseki opens one around each request. Queries, Graph Store reads and writes, and updates all go
 * to the store through our handlers ({@code RemoteQuery}, {@link GraphStoreRead}, {@link
 * ProtocolWrites}).
 */
final class NoLocalData extends DatasetGraphWrapper {

  private NoLocalData() {
    super(DatasetGraphZero.create());
  }

  static DatasetGraph create() {
    return new NoLocalData();
  }

  private static RuntimeException refused() {
    return new UnsupportedOperationException(
        "the store is remote: the protocol handlers reach it through RemoteStore, not a dataset");
  }

  @Override
  protected DatasetGraph getR() {
    throw refused();
  }

  @Override
  protected DatasetGraph getW() {
    throw refused();
  }

  @Override
  protected DatasetGraph getG() {
    throw refused();
  }

  @Override
  public Lock getLock() {
    return get().getLock();
  }

  @Override
  public void sync() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "NoLocalData";
  }
}
