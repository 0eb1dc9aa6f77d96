package org.hrcg.model.store;

/** Which graphs an export includes. */
public enum ExportScope {
  /** Every graph: the data, the ontology, the concept schemes and the meta graph. */
  ALL,
  /** The data only: every graph but the ontology, the concept schemes and the meta graph. */
  DATA
}
