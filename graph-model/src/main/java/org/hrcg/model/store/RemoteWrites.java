package org.hrcg.model.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * The operations a remote store's write requests are made of. Every write is one SPARQL Update
 * request, so one transaction on the server:
 *
 * <ol>
 *   <li>the revision check ({@code revision-check.ru}), which fails the whole request unless the
 *       store is at the revision the writer read;
 *   <li>the write itself;
 *   <li>the load records of graphs that no longer exist forgotten ({@code forget-vanished.ru});
 *   <li>the revision bumped to the one read plus one ({@code revision-bump.ru}).
 * </ol>
 *
 * <p>A request fails on purpose by clearing a graph the store does not hold; the failure names that
 * graph, and {@link #classify} turns it back into what it means.
 */
final class RemoteWrites {

  private final StoreLayout layout;
  private final Node meta;
  private final Node revisionCheck;

  RemoteWrites(StoreLayout layout) {
    this.layout = layout;
    this.meta = layout.meta().node();
    this.revisionCheck = NodeFactory.createURI(meta.getURI() + "#revision-check");
  }

  /** The whole request: the check, the operations, the bookkeeping and the bump. */
  UpdateRequest request(long expectedRevision, List<Update> operations) {
    UpdateRequest request = new UpdateRequest();
    request.setPrefixMapping(StoreVocab.prefixes());
    SparqlTemplates.update(
            "revision-check",
            Map.of(
                "meta",
                meta,
                "check",
                revisionCheck,
                "expected",
                MetaGraph.longLiteral(expectedRevision)))
        .forEach(request::add);
    operations.forEach(request::add);
    SparqlTemplates.update("forget-vanished", Map.of("meta", meta)).forEach(request::add);
    SparqlTemplates.update(
            "revision-bump",
            Map.of("meta", meta, "next", MetaGraph.longLiteral(expectedRevision + 1)))
        .forEach(request::add);
    return request;
  }

  /**
   * Replaces a graph: its content, and its load record (none for an empty graph, which the store
   * does not hold). A graph written by a load in steps names the load in its record.
   */
  List<Update> replace(Node graph, Graph content, LoadRecord record, long revision, Node load) {
    List<Update> operations = new ArrayList<>();
    operations.add(new UpdateDrop(graph, true));
    if (!content.isEmpty()) {
      QuadDataAcc quads = new QuadDataAcc();
      content.find().forEachRemaining(t -> quads.addQuad(Quad.create(graph, t)));
      operations.add(new UpdateDataInsert(quads));
    }
    operations.addAll(forget(graph));
    if (!content.isEmpty()) {
      List<Triple> triples = new ArrayList<>(MetaGraph.recordTriples(graph, record, revision));
      if (load != null) {
        triples.add(Triple.create(MetaGraph.loadNode(graph), StoreVocab.partOf, load));
      }
      operations.add(insertIntoMeta(triples));
    }
    return operations;
  }

  /** Removes a graph's load record. */
  List<Update> forget(Node graph) {
    return SparqlTemplates.update(
            "forget-load", Map.of("meta", meta, "graph", graph, "load", MetaGraph.loadNode(graph)))
        .getOperations();
  }

  /** Removes every graph but the protected ones. */
  List<Update> clearData() {
    return SparqlTemplates.update(
            "clear-data",
            Map.of("meta", meta, "ontology", layout.ontology(), "schemes", layout.schemes()))
        .getOperations();
  }

  /**
   * Records a load written in steps: which graphs it writes and who runs it. Every step sends it,
   * so that it is there whichever steps the store committed; it says the same each time.
   */
  Update loadStarted(Node load, Collection<Node> graphs, String agent) {
    List<Triple> triples = new ArrayList<>();
    triples.add(Triple.create(load, StoreVocab.rdfType, StoreVocab.Load));
    triples.add(Triple.create(load, StoreVocab.agent, NodeFactory.createLiteralString(agent)));
    graphs.forEach(graph -> triples.add(Triple.create(load, StoreVocab.plannedGraph, graph)));
    return insertIntoMeta(triples);
  }

  /** Removes a load's progress record, once its last step is written. */
  List<Update> loadDone(Node load) {
    return SparqlTemplates.update("load-done", Map.of("meta", meta, "run", load)).getOperations();
  }

  /**
   * What a failed request means, if it failed on purpose: another write came first ({@link
   * ConcurrentWriteException}) or the update would have written to a protected graph ({@link
   * ProtectedGraphException}).
   */
  Optional<RuntimeException> classify(Throwable failure, long expectedRevision) {
    String text = failureText(failure);
    if (text.contains(revisionCheck.getURI())) {
      return Optional.of(new ConcurrentWriteException(expectedRevision, -1));
    }
    for (Node graph : layout.protectedGraphs()) {
      if (text.contains(UpdateRewriter.writeCheck(graph).getURI())) {
        return Optional.of(new ProtectedGraphException(graph.getURI()));
      }
    }
    return Optional.empty();
  }

  private Update insertIntoMeta(List<Triple> triples) {
    QuadDataAcc quads = new QuadDataAcc();
    triples.forEach(t -> quads.addQuad(Quad.create(meta, t)));
    return new UpdateDataInsert(quads);
  }

  /** The messages of a failure and its causes, and the body of any HTTP response among them. */
  private static String failureText(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
      if (t instanceof HttpException http && http.getResponse() != null) {
        text.append(http.getResponse()).append('\n');
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }
}
