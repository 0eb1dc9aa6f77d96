package org.hrcg.model.store;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A dataset that tells its subclass which graph each read and each change is about, just before it
 * happens, whether it comes quad by quad or through a graph of the dataset ({@link #getGraph}):
 * SPARQL Update does both ({@code INSERT DATA} adds quads; {@code CLEAR}, {@code COPY} and the
 * Graph Store Protocol work on graphs).
 *
 * <p>The graph a hook is told of is a graph name; the default graph ({@link Quad#defaultGraphIRI}
 * or {@link Quad#defaultGraphNodeGenerated}); or, for an access to every graph (a wildcard, {@code
 * null}, a variable, or the union graph), one for which {@link #isEvery} holds.
 */
public abstract class WatchedDataset extends DatasetGraphWrapper {

  protected WatchedDataset(DatasetGraph dataset) {
    super(dataset);
  }

  /** Triples of graph {@code g} are about to be read. */
  protected abstract void reading(Node g);

  /** Triples are about to be added to graph {@code g} or deleted from it. */
  protected abstract void changing(Node g);

  /** Graph {@code g} is about to be emptied or replaced whole: what it held is not needed. */
  protected abstract void replacing(Node g);

  /** Whether the name stands for every graph: a wildcard, {@code null}, or the union graph. */
  protected static boolean isEvery(Node g) {
    return g == null || !g.isConcrete() || Quad.isUnionGraph(g);
  }

  /** Whether the name is the dataset's default graph. */
  protected static boolean isDefault(Node g) {
    return g != null && Quad.isDefaultGraph(g);
  }

  @Override
  public Graph getDefaultGraph() {
    return new Watched(get().getDefaultGraph(), Quad.defaultGraphIRI);
  }

  @Override
  public Graph getUnionGraph() {
    return new Watched(get().getUnionGraph(), Quad.unionGraph);
  }

  @Override
  public Graph getGraph(Node g) {
    if (isDefault(g)) {
      return getDefaultGraph();
    }
    if (isEvery(g)) {
      return getUnionGraph();
    }
    return new Watched(get().getGraph(g), g);
  }

  @Override
  public void addGraph(Node g, Graph graph) {
    replacing(g);
    super.addGraph(g, graph);
  }

  @Override
  public void removeGraph(Node g) {
    replacing(g);
    super.removeGraph(g);
  }

  @Override
  public void add(Quad quad) {
    changing(quad.getGraph());
    super.add(quad);
  }

  @Override
  public void add(Node g, Node s, Node p, Node o) {
    changing(g);
    super.add(g, s, p, o);
  }

  @Override
  public void delete(Quad quad) {
    changing(quad.getGraph());
    super.delete(quad);
  }

  @Override
  public void delete(Node g, Node s, Node p, Node o) {
    changing(g);
    super.delete(g, s, p, o);
  }

  @Override
  public void deleteAny(Node g, Node s, Node p, Node o) {
    changing(g);
    super.deleteAny(g, s, p, o);
  }

  @Override
  public void clear() {
    replacing(Node.ANY);
    super.clear();
  }

  @Override
  public Iterator<Quad> find() {
    reading(Node.ANY);
    return super.find();
  }

  @Override
  public Iterator<Quad> find(Quad quad) {
    return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
    reading(g);
    return super.find(g, s, p, o);
  }

  @Override
  public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
    reading(g);
    return super.findNG(g, s, p, o);
  }

  @Override
  public boolean contains(Quad quad) {
    return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public boolean contains(Node g, Node s, Node p, Node o) {
    reading(g);
    return super.contains(g, s, p, o);
  }

  /** A graph of the dataset whose reads and changes the hooks are told of, under its name. */
  private final class Watched extends GraphWrapper {

    private final Node name;

    Watched(Graph graph, Node name) {
      super(graph);
      this.name = name;
    }

    @Override
    public ExtendedIterator<Triple> find(Triple triple) {
      reading(name);
      return super.find(triple);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
      reading(name);
      return super.find(s, p, o);
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
      reading(name);
      return super.contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
      reading(name);
      return super.contains(t);
    }

    @Override
    public boolean isIsomorphicWith(Graph g) {
      reading(name);
      return super.isIsomorphicWith(g);
    }

    @Override
    public boolean isEmpty() {
      reading(name);
      return super.isEmpty();
    }

    @Override
    public int size() {
      reading(name);
      return super.size();
    }

    @Override
    public void add(Triple t) {
      changing(name);
      super.add(t);
    }

    @Override
    public void delete(Triple t) {
      changing(name);
      super.delete(t);
    }

    @Override
    public void remove(Node s, Node p, Node o) {
      changing(name);
      super.remove(s, p, o);
    }

    @Override
    public void clear() {
      replacing(name);
      super.clear();
    }
  }
}
