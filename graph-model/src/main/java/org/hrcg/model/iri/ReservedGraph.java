package org.hrcg.model.iri;

import java.util.Arrays;
import java.util.Optional;

/**
 * Named graphs that hold no case study: their slugs can never name a source's graph.
 *
 * <p>{@code graph/default} is where writes addressed to the default graph go; the default graph
 * that queries see is the union of all named graphs, this one included.
 */
public enum ReservedGraph {
  /** Load records and the store's revision number. */
  META("meta"),
  /** Links the sources do not state, attributed to the curator who made them. */
  CURATION("curation"),
  /** The OWL ontology. */
  ONTOLOGY("ontology"),
  /** The SKOS concept schemes. */
  SCHEMES("schemes"),
  /** Triples written to the default graph. */
  DEFAULT("default");

  private final String slug;

  ReservedGraph(String slug) {
    this.slug = slug;
  }

  /** The graph's slug, the last segment of its IRI. */
  public String slug() {
    return slug;
  }

  /** The reserved graph with this slug, if any. */
  public static Optional<ReservedGraph> fromSlug(String slug) {
    return Arrays.stream(values()).filter(graph -> graph.slug.equals(slug)).findFirst();
  }

  /** Whether the slug is one of a reserved graph. */
  public static boolean isReserved(String slug) {
    return fromSlug(slug).isPresent();
  }
}
