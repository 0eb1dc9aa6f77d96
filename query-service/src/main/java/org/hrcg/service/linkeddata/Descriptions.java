package org.hrcg.service.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Quad;
import org.hrcg.model.store.GraphStore;

/**
 * Reads resource descriptions from the store, through SPARQL only, so that a remote store serves as
 * well as the embedded one.
 */
final class Descriptions {

  private static final Query STATEMENTS = Queries.load("resource-statements");
  private static final Query LINKS = Queries.load("resource-links");

  private final GraphStore store;
  private final int linkLimit;

  /**
   * @param linkLimit the most links to a resource that a description lists: a concept that
   *     thousands of practices name would otherwise make every description of it huge
   */
  Descriptions(GraphStore store, int linkLimit) {
    this.store = Objects.requireNonNull(store, "store");
    if (linkLimit < 1) {
      throw new IllegalArgumentException("linkLimit: must be positive, was " + linkLimit);
    }
    this.linkLimit = linkLimit;
  }

  int linkLimit() {
    return linkLimit;
  }

  /** The description of the first of these IRIs that the store says anything about. */
  Optional<Description> describeFirst(List<String> iris) {
    for (String iri : iris) {
      Description description = describe(iri);
      if (!description.isEmpty()) {
        return Optional.of(description);
      }
    }
    return Optional.empty();
  }

  /** What the store says about a resource; empty if nothing. */
  Description describe(String iri) {
    Node resource = NodeFactory.createURI(iri);
    List<Quad> statements = statements(resource);
    Query links = Queries.bind(LINKS, "resource", resource);
    links.setLimit(linkLimit + 1L);
    List<Quad> incoming =
        store.query(
            links,
            execution -> {
              List<Quad> quads = new ArrayList<>();
              ResultSet results = execution.execSelect();
              while (results.hasNext()) {
                QuerySolution row = results.next();
                quads.add(Quad.create(node(row, "g"), node(row, "s"), node(row, "p"), resource));
              }
              return quads;
            });
    boolean cut = incoming.size() > linkLimit;
    return new Description(iri, statements, cut ? incoming.subList(0, linkLimit) : incoming, cut);
  }

  /** What the store says about a resource and its parts, without what links to it. */
  Description statementsOf(String iri) {
    return new Description(iri, statements(NodeFactory.createURI(iri)), List.of(), false);
  }

  private List<Quad> statements(Node resource) {
    return store.query(
        Queries.bind(STATEMENTS, "resource", resource),
        execution -> {
          List<Quad> quads = new ArrayList<>();
          ResultSet results = execution.execSelect();
          while (results.hasNext()) {
            QuerySolution row = results.next();
            quads.add(Quad.create(node(row, "g"), node(row, "s"), node(row, "p"), node(row, "o")));
          }
          return quads;
        });
  }

  private static Node node(QuerySolution row, String variable) {
    return row.get(variable).asNode();
  }
}
