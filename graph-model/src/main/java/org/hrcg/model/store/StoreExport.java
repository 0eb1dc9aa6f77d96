package org.hrcg.model.store;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.hrcg.model.vocab.HrcgPrefixes;

/** Writes graphs of a dataset as {@link GraphStore#export} describes, with hrcg's prefixes. */
final class StoreExport {

  private StoreExport() {}

  /**
   * Writes the graphs, in the order given: a quad format keeps them apart, a triple format writes
   * their union. The caller holds whatever transaction the dataset needs.
   */
  static void write(DatasetGraph dsg, OutputStream out, Lang lang, List<Node> graphs) {
    if (RDFLanguages.isQuads(lang)) {
      if (StreamRDFWriter.registered(lang)) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, lang);
        stream.start();
        HrcgPrefixes.asMap().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .forEach(e -> stream.prefix(e.getKey(), e.getValue()));
        for (Node graph : graphs) {
          dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
        }
        stream.finish();
      } else {
        DatasetGraph copy = DatasetGraphFactory.create();
        HrcgPrefixes.asMap().forEach((prefix, ns) -> copy.prefixes().add(prefix, ns));
        for (Node graph : graphs) {
          dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
        }
        RDFDataMgr.write(out, copy, lang);
      }
    } else {
      Graph union = GraphFactory.createDefaultGraph();
      union.getPrefixMapping().setNsPrefixes(HrcgPrefixes.asMap());
      for (Node graph : graphs) {
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY)
            .forEachRemaining(quad -> union.add(quad.asTriple()));
      }
      RDFDataMgr.write(out, union, lang);
    }
  }
}
