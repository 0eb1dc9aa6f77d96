package org.hrcg.model.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The store's bookkeeping terms, used in the meta graph only. They are not part of the public
 * vocabulary: clients read load records through {@link GraphStore}, and the terms of PROV-O where
 * one fits.
 */
final class StoreVocab {

  static final String NS = "https://w3id.org/hrcg/store#";

  /** The store's revision (on the meta graph) or the revision a load produced (on a load). */
  static final Node revision = NodeFactory.createURI(NS + "revision");

  /** Who loaded a graph, as the caller named them. */
  static final Node agent = NodeFactory.createURI(NS + "agent");

  /** The file or upload a graph was loaded from. */
  static final Node file = NodeFactory.createURI(NS + "file");

  /** A load written in steps, as its progress is recorded until its last step. */
  static final Node Load = NodeFactory.createURI(NS + "Load");

  /** A graph that a load written in steps writes. */
  static final Node plannedGraph = NodeFactory.createURI(NS + "plannedGraph");

  /** The load written in steps that a graph's load record belongs to (on a load record). */
  static final Node partOf = NodeFactory.createURI(NS + "partOf");

  static final String PROV = "http://www.w3.org/ns/prov#";
  static final Node provActivity = NodeFactory.createURI(PROV + "Activity");
  static final Node provGenerated = NodeFactory.createURI(PROV + "generated");
  static final Node provWasGeneratedBy = NodeFactory.createURI(PROV + "wasGeneratedBy");
  static final Node provEndedAtTime = NodeFactory.createURI(PROV + "endedAtTime");

  static final Node rdfType =
      NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

  /** The prefixes of the terms above, for the SPARQL the remote store sends. */
  static PrefixMapping prefixes() {
    return PrefixMapping.Factory.create()
        .setNsPrefix("hrcst", NS)
        .setNsPrefix("prov", PROV)
        .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
  }

  private StoreVocab() {}
}
