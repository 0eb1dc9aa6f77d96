package org.hrcg.model.store;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.ReservedGraph;

/**
 * The graphs of a store under one base, and the rules every implementation applies to graph IRIs:
 * which graphs the store alone writes, where a write to the default graph goes, which graphs an
 * export includes.
 */
final class StoreLayout {

  private final IriMinter minter;
  private final MetaGraph meta;
  private final Node ontology;
  private final Node schemes;
  private final Node defaultGraph;
  private final Set<Node> protectedGraphs;

  StoreLayout(IriMinter minter) {
    this.minter = Objects.requireNonNull(minter, "minter");
    this.meta = new MetaGraph(node(minter.graph(ReservedGraph.META)));
    this.ontology = node(minter.graph(ReservedGraph.ONTOLOGY));
    this.schemes = node(minter.graph(ReservedGraph.SCHEMES));
    this.defaultGraph = node(minter.graph(ReservedGraph.DEFAULT));
    this.protectedGraphs = Set.of(meta.node(), ontology, schemes);
  }

  IriMinter minter() {
    return minter;
  }

  MetaGraph meta() {
    return meta;
  }

  Node ontology() {
    return ontology;
  }

  Node schemes() {
    return schemes;
  }

  /** {@code graph/default}, where writes addressed to the default graph go. */
  Node defaultGraph() {
    return defaultGraph;
  }

  /** The meta, ontology and schemes graphs, in that order. */
  List<Node> protectedGraphs() {
    return List.of(meta.node(), ontology, schemes);
  }

  Set<Node> protectedSet() {
    return protectedGraphs;
  }

  boolean isProtected(Node graph) {
    return protectedGraphs.contains(graph);
  }

  /**
   * The node of a graph that callers may replace: a graph IRI under the base that is not protected.
   *
   * @throws IllegalArgumentException if the IRI is not a graph IRI under the base
   * @throws ProtectedGraphException for the ontology, schemes or meta graph
   */
  Node writableGraph(String graphIri) {
    Objects.requireNonNull(graphIri, "graphIri");
    if (minter.graphSlug(graphIri).isEmpty()) {
      throw new IllegalArgumentException(
          "<"
              + graphIri
              + "> is not a graph IRI of this store ("
              + minter.base()
              + "graph/{slug})");
    }
    Node graph = node(graphIri);
    if (isProtected(graph)) {
      throw new ProtectedGraphException(graphIri);
    }
    return graph;
  }

  /** The graphs an export of this scope includes, of those given, in IRI order. */
  List<Node> exported(Iterable<Node> graphs, ExportScope scope) {
    Objects.requireNonNull(scope, "scope");
    return StreamSupport.stream(graphs.spliterator(), false)
        .filter(graph -> scope == ExportScope.ALL || !isProtected(graph))
        .sorted(Comparator.comparing(Node::getURI))
        .toList();
  }

  static Node node(String iri) {
    return NodeFactory.createURI(iri);
  }
}
