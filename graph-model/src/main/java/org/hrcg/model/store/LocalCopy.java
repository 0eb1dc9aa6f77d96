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
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;

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
   * An in-memory dataset that fills itself from the store: before a graph is read or written it is
   * fetched, if the store holds it and it has not been fetched, cleared or dropped yet.
   */
  private static final class Fetching extends DatasetGraphWrapper {

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

    private static boolean isDefault(Node g) {
      return g != null && Quad.isDefaultGraph(g);
    }

    private static boolean isEvery(Node g) {
      return g == null || !g.isConcrete() || Quad.isUnionGraph(g);
    }

    /** Fetches what a read or write of graph {@code g} (any graph, for a wildcard) needs. */
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

    /** The graph will be emptied or replaced: what the store holds in it is not needed. */
    private void discard(Node g) {
      if (isEvery(g)) {
        pending.clear();
      } else {
        pending.remove(g);
      }
    }

    @Override
    public Graph getUnionGraph() {
      return new FetchingGraph(get().getUnionGraph(), this::fetchAll, this::fetchAll);
    }

    @Override
    public Graph getGraph(Node g) {
      if (isDefault(g)) {
        return getDefaultGraph();
      }
      if (isEvery(g)) {
        return getUnionGraph();
      }
      return new FetchingGraph(get().getGraph(g), () -> fetch(g), () -> discard(g));
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
    public void addGraph(Node g, Graph graph) {
      discard(g);
      super.addGraph(g, graph);
    }

    @Override
    public void removeGraph(Node g) {
      discard(g);
      super.removeGraph(g);
    }

    @Override
    public void add(Quad quad) {
      before(quad.getGraph());
      super.add(quad);
    }

    @Override
    public void delete(Quad quad) {
      before(quad.getGraph());
      super.delete(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
      before(g);
      super.add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
      before(g);
      super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
      before(g);
      super.deleteAny(g, s, p, o);
    }

    @Override
    public void clear() {
      pending.clear();
      super.clear();
    }

    @Override
    public boolean isEmpty() {
      return pending.isEmpty() && super.isEmpty();
    }

    @Override
    public long size() {
      return Iter.count(listGraphNodes());
    }

    @Override
    public Iterator<Quad> find() {
      fetchAll();
      return super.find();
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
      return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
      before(g);
      return super.find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
      before(g);
      return super.findNG(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
      return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
      before(g);
      return super.contains(g, s, p, o);
    }
  }

  /** A graph of the copy that is fetched before it is read or written, and not before a clear. */
  private static final class FetchingGraph extends GraphWrapper {

    private final Runnable fetch;
    private final Runnable discard;

    FetchingGraph(Graph graph, Runnable fetch, Runnable discard) {
      super(graph);
      this.fetch = fetch;
      this.discard = discard;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple triple) {
      fetch.run();
      return super.find(triple);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
      fetch.run();
      return super.find(s, p, o);
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
      fetch.run();
      return super.contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
      fetch.run();
      return super.contains(t);
    }

    @Override
    public boolean isIsomorphicWith(Graph g) {
      fetch.run();
      return super.isIsomorphicWith(g);
    }

    @Override
    public boolean isEmpty() {
      fetch.run();
      return super.isEmpty();
    }

    @Override
    public int size() {
      fetch.run();
      return super.size();
    }

    @Override
    public void add(Triple t) {
      fetch.run();
      super.add(t);
    }

    @Override
    public void delete(Triple t) {
      fetch.run();
      super.delete(t);
    }

    @Override
    public void remove(Node s, Node p, Node o) {
      fetch.run();
      super.remove(s, p, o);
    }

    @Override
    public void clear() {
      discard.run();
      super.clear();
    }
  }
}
