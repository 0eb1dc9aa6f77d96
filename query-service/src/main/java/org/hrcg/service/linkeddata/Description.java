package org.hrcg.service.linkeddata;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What the store says about one resource, with the graph of each statement.
 *
 * @param iri the resource
 * @param statements its own statements and those of its parts (blank nodes, hash IRIs)
 * @param links the statements of other resources that point to it, at most {@code linkLimit}
 * @param linksCut whether there were more links than those listed
 */
record Description(String iri, List<Quad> statements, List<Quad> links, boolean linksCut) {

  Description {
    Objects.requireNonNull(iri, "iri");
    statements = List.copyOf(statements);
    links = List.copyOf(links);
  }

  /** Whether the store says nothing about it. */
  boolean isEmpty() {
    return statements.isEmpty() && links.isEmpty();
  }

  /** The statements and links as triples, each once: the description as the union shows it. */
  Graph graph() {
    Graph graph = GraphFactory.createDefaultGraph();
    graph.getPrefixMapping().setNsPrefixes(prefixes());
    statements.forEach(q -> graph.add(q.asTriple()));
    links.forEach(q -> graph.add(q.asTriple()));
    return graph;
  }

  /** The statements and links in their graphs. */
  DatasetGraph dataset() {
    DatasetGraph dataset = DatasetGraphFactory.createGeneral();
    dataset.prefixes().putAll(prefixes());
    statements.forEach(dataset::add);
    links.forEach(dataset::add);
    return dataset;
  }

  private Map<String, String> prefixes() {
    return Prefixes.usedBy(Stream.concat(statements.stream(), links.stream()));
  }
}
