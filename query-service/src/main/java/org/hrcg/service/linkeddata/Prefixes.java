package org.hrcg.service.linkeddata;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.hrcg.model.vocab.HrcgPrefixes;

/** The prefixes of hrcg that some RDF uses: written out, only those, so that none is noise. */
final class Prefixes {

  private Prefixes() {}

  /** Prefix to namespace for each namespace of hrcg that the graph uses. */
  static Map<String, String> usedBy(Graph graph) {
    return usedBy(graph.find().toList().stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)));
  }

  /** Prefix to namespace for each namespace of hrcg that an IRI or datatype of the quads uses. */
  static Map<String, String> usedBy(Stream<Quad> quads) {
    Map<String, String> all = HrcgPrefixes.asMap();
    Map<String, String> used = new TreeMap<>();
    quads.forEach(
        q -> {
          for (Node node : new Node[] {q.getSubject(), q.getPredicate(), q.getObject()}) {
            String iri =
                node.isURI()
                    ? node.getURI()
                    : node.isLiteral() ? node.getLiteralDatatypeURI() : null;
            if (iri == null) {
              continue;
            }
            all.forEach(
                (prefix, namespace) -> {
                  if (iri.startsWith(namespace) && iri.length() > namespace.length()) {
                    used.put(prefix, namespace);
                  }
                });
          }
        });
    return used;
  }
}
