package org.hrcg.model.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads and writes the meta graph of a dataset, inside a transaction the caller holds.
 *
 * <pre>
 * GRAPH &lt;{base}graph/meta&gt; {
 *   &lt;{base}graph/meta&gt; hrcst:revision 12 .
 *   &lt;G&gt; prov:wasGeneratedBy &lt;G#load&gt; .
 *   &lt;G#load&gt; a prov:Activity ; prov:generated &lt;G&gt; ; prov:endedAtTime "..."^^xsd:dateTime ;
 *       hrcst:agent "admin" ; hrcst:file "geneva.yaml" ; hrcst:revision 12 .
 * }
 * </pre>
 */
final class MetaGraph {

  private final Node meta;

  MetaGraph(Node meta) {
    this.meta = meta;
  }

  Node node() {
    return meta;
  }

  long revision(DatasetGraph dsg) {
    return longValue(dsg, meta, StoreVocab.revision).orElse(0L);
  }

  /** Sets the revision to one more than it was and returns it. */
  long bump(DatasetGraph dsg) {
    long next = revision(dsg) + 1;
    dsg.deleteAny(meta, meta, StoreVocab.revision, Node.ANY);
    dsg.add(meta, meta, StoreVocab.revision, longLiteral(next));
    return next;
  }

  void record(DatasetGraph dsg, Node graph, LoadRecord record, long revision) {
    forget(dsg, graph);
    recordTriples(graph, record, revision)
        .forEach(t -> dsg.add(meta, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  /** The triples of a graph's load record, as {@link #record} writes them into the meta graph. */
  static List<Triple> recordTriples(Node graph, LoadRecord record, long revision) {
    Node load = loadNode(graph);
    List<Triple> triples = new ArrayList<>();
    triples.add(Triple.create(graph, StoreVocab.provWasGeneratedBy, load));
    triples.add(Triple.create(load, StoreVocab.rdfType, StoreVocab.provActivity));
    triples.add(Triple.create(load, StoreVocab.provGenerated, graph));
    triples.add(
        Triple.create(
            load,
            StoreVocab.provEndedAtTime,
            NodeFactory.createLiteralDT(record.time().toString(), XSDDatatype.XSDdateTime)));
    triples.add(
        Triple.create(load, StoreVocab.agent, NodeFactory.createLiteralString(record.agent())));
    if (record.file() != null) {
      triples.add(
          Triple.create(load, StoreVocab.file, NodeFactory.createLiteralString(record.file())));
    }
    triples.add(Triple.create(load, StoreVocab.revision, longLiteral(revision)));
    return triples;
  }

  void forget(DatasetGraph dsg, Node graph) {
    dsg.deleteAny(meta, graph, Node.ANY, Node.ANY);
    dsg.deleteAny(meta, loadNode(graph), Node.ANY, Node.ANY);
  }

  /** Forgets the records of graphs that no longer exist. */
  void reconcile(DatasetGraph dsg) {
    for (Node graph : recordedGraphs(dsg)) {
      if (!dsg.containsGraph(graph)) {
        forget(dsg, graph);
      }
    }
  }

  Optional<LoadedGraph> read(DatasetGraph dsg, Node graph) {
    Node load = loadNode(graph);
    if (!dsg.contains(meta, graph, StoreVocab.provWasGeneratedBy, load)) {
      return Optional.empty();
    }
    Optional<String> agent = stringValue(dsg, load, StoreVocab.agent);
    Optional<String> time = stringValue(dsg, load, StoreVocab.provEndedAtTime);
    if (agent.isEmpty() || time.isEmpty()) {
      return Optional.empty();
    }
    LoadRecord record =
        new LoadRecord(
            agent.get(),
            stringValue(dsg, load, StoreVocab.file).orElse(null),
            Instant.parse(time.get()));
    long revision = longValue(dsg, load, StoreVocab.revision).orElse(0L);
    return Optional.of(new LoadedGraph(graph.getURI(), record, revision));
  }

  List<LoadedGraph> readAll(DatasetGraph dsg) {
    List<LoadedGraph> records = new ArrayList<>();
    for (Node graph : recordedGraphs(dsg)) {
      read(dsg, graph).ifPresent(records::add);
    }
    records.sort(Comparator.comparing(LoadedGraph::graph));
    return records;
  }

  private List<Node> recordedGraphs(DatasetGraph dsg) {
    return Iter.toList(
        Iter.map(
            dsg.find(meta, Node.ANY, StoreVocab.provWasGeneratedBy, Node.ANY), Quad::getSubject));
  }

  /** The node of a graph's load, {@code G#load}. */
  static Node loadNode(Node graph) {
    return NodeFactory.createURI(graph.getURI() + "#load");
  }

  static Node longLiteral(long value) {
    return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDlong);
  }

  private Optional<String> stringValue(DatasetGraph dsg, Node subject, Node property) {
    List<Quad> quads = Iter.toList(dsg.find(meta, subject, property, Node.ANY));
    if (quads.isEmpty() || !quads.get(0).getObject().isLiteral()) {
      return Optional.empty();
    }
    return Optional.of(quads.get(0).getObject().getLiteralLexicalForm());
  }

  private Optional<Long> longValue(DatasetGraph dsg, Node subject, Node property) {
    return stringValue(dsg, subject, property).map(Long::parseLong);
  }
}
