package org.hrcg.service.linkeddata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.hrcg.model.store.GraphStore;

/** Reads the names of resources (labels, preferred labels, titles) from the store. */
final class Labels {

  private static final Query LABELS = Queries.load("labels");

  /** VALUES blocks stay small enough for any store. */
  private static final int BATCH = 200;

  private final GraphStore store;

  Labels(GraphStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Every name of each IRI, in every language; IRIs without a name are left out. */
  Map<String, List<Node>> of(Collection<String> iris) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(iris));
    Map<String, List<Node>> names = new HashMap<>();
    for (int from = 0; from < distinct.size(); from += BATCH) {
      List<Node> batch =
          distinct.subList(from, Math.min(distinct.size(), from + BATCH)).stream()
              .map(NodeFactory::createURI)
              .toList();
      Query query = Queries.values(LABELS, "resource", batch);
      store.query(
          query,
          execution -> {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
              QuerySolution row = results.next();
              names
                  .computeIfAbsent(row.getResource("resource").getURI(), k -> new ArrayList<>())
                  .add(row.get("label").asNode());
            }
            return null;
          });
    }
    // A stable order, so that a tie between names always goes the same way.
    names.values().forEach(list -> list.sort(Comparator.comparing(Node::getLiteralLexicalForm)));
    return names;
  }

  /** The IRIs among the subjects, predicates and objects of some nodes. */
  static Set<String> iris(Collection<Node> nodes) {
    Set<String> iris = new LinkedHashSet<>();
    for (Node node : nodes) {
      if (node != null && node.isURI()) {
        iris.add(node.getURI());
      }
    }
    return iris;
  }
}
