package org.hrcg.model.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A remote store's graphs held in this process as they were at one revision, fetched graph by graph
 * the first time each is read (a read of the union, or of every graph, fetches all the graphs not
 * fetched yet in one request); a graph that is cleared or dropped before it is read is never
 * fetched. Changes made to the copy stay in it: nothing is ever written back.
 *
 * <p>For a write that must be checked on what it would leave before it is sent (the service's
 * shapes check of a protocol write): make the write on {@link #writeView()}, check the graphs it
 * touched in {@link #dataset()}, then send the write itself with {@link
 * RemoteStore#update(org.apache.jena.update.UpdateRequest, long)} naming {@link #revision()}: the
 * store applies it to the very state that was checked, or refuses it if another write came first.
 *
 * <p>Not for use by several threads at once. Blank nodes are those of the answers the graphs were
 * fetched with: a blank node shared by two graphs fetched in two requests is two blank nodes here.
 */
public final class LocalCopy {

  private final long revision;
  private final Fetching dataset;
  private final DatasetGraph writeView;

  LocalCopy(
      long revision,
      Collection<Node> graphs,
      Function<Node, Graph> fetchGraph,
      Supplier<List<Quad>> fetchAll,
      StoreLayout layout) {
    this.revision = revision;
    this.dataset = new Fetching(DatasetGraphFactory.createTxnMem(), graphs, fetchGraph, fetchAll);
    this.writeView = StoreView.writing(dataset, layout.defaultGraph(), layout.protectedSet());
  }

  /** The store's revision when the copy was made. */
  public long revision() {
    return revision;
  }

  /**
   * The graphs as the store holds them: every named graph is listed, the ontology, schemes and meta
   * graphs too, and the default graph is empty (the store keeps nothing there). Changes made here
   * bypass the store's rules; make them on {@link #writeView()}. Transactions are those of an
   * in-memory dataset: a write made in one that is aborted is undone.
   */
  public DatasetGraph dataset() {
    return dataset;
  }

  /**
   * The copy as {@link GraphStore#write} hands out a store: its default graph reads as the union of
   * the named graphs and takes writes into {@code graph/default}; the ontology, schemes and meta
   * graphs refuse writes ({@link ProtectedGraphException}) and are not listed.
   */
  public DatasetGraph writeView() {
    return writeView;
  }

  /** Fetches every graph not fetched yet, in one request; for a reader of the whole store. */
  public LocalCopy fetchAll() {
    dataset.fetchAll();
    return this;
  }

  /** The names of the graphs read from the store so far, for tests and logs. */
  List<Node> fetched() {
    return List.copyOf(dataset.fetched);
  }

  /**
   * An in-memory dataset that fills itself from the store: before a graph is read or changed it is
   * fetched, if the store holds it and it has not been fetched, cleared or dropped yet.
   */
  private static final class Fetching extends WatchedDataset {

    private final Set<Node> pending;
    private final List<Node> fetched = new ArrayList<>();
    private final Function<Node, Graph> fetchGraph;
    private final Supplier<List<Quad>> fetchAll;

    Fetching(
        DatasetGraph base,
        Collection<Node> graphs,
        Function<Node, Graph> fetchGraph,
        Supplier<List<Quad>> fetchAll) {
      super(base);
      this.pending = new LinkedHashSet<>(graphs);
      this.fetchGraph = fetchGraph;
      this.fetchAll = fetchAll;
    }

    @Override
    protected void reading(Node g) {
      before(g);
    }

    @Override
    protected void changing(Node g) {
      before(g);
    }

    /** The graph will be emptied or replaced: what the store holds in it is not needed. */
    @Override
    protected void replacing(Node g) {
      if (isEvery(g)) {
        pending.clear();
      } else {
        pending.remove(g);
      }
    }

    /** Fetches what a read or change of graph {@code g} (any graph, for a wildcard) needs. */
    private void before(Node g) {
      if (isEvery(g)) {
        fetchAll();
      } else if (!isDefault(g)) {
        fetch(g);
      }
    }

    private void fetch(Node g) {
      if (!pending.contains(g)) {
        return;
      }
      Graph content = fetchGraph.apply(g);
      DatasetGraph base = get();
      Txn.executeWrite(
          base,
          () ->
              content
                  .find()
                  .forEachRemaining(
                      t -> base.add(g, t.getSubject(), t.getPredicate(), t.getObject())));
      pending.remove(g);
      fetched.add(g);
    }

    void fetchAll() {
      if (pending.isEmpty()) {
        return;
      }
      Set<Node> wanted = Set.copyOf(pending);
      List<Quad> quads = fetchAll.get();
      DatasetGraph base = get();
      Txn.executeWrite(
          base,
          () -> {
            for (Quad quad : quads) {
              if (wanted.contains(quad.getGraph())) {
                base.add(quad);
              }
            }
          });
      pending.removeAll(wanted);
      fetched.addAll(wanted);
    }

    @Override
    public boolean containsGraph(Node g) {
      return (!isDefault(g) && pending.contains(g)) || get().containsGraph(g);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
      Set<Node> names = new LinkedHashSet<>(pending);
      names.addAll(Iter.toList(get().listGraphNodes()));
      return names.iterator();
    }

    @Override
    public boolean isEmpty() {
      return pending.isEmpty() && super.isEmpty();
    }

    @Override
    public long size() {
      return Iter.count(listGraphNodes());
    }
  }
}
