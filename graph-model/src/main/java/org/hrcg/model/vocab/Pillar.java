package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Concepts of the concept scheme {@code <https://w3id.org/hrcg/id/pillar>}: Pillars of the Guidance
 * Framework for Creating a Human Rights City.
 *
 * <p>Each constant is named by the concept's slug with hyphens as underscores; its Javadoc is the
 * concept's English label. {@code VocabularyDriftTest} keeps the constants and {@code
 * hrcg/schemes/pillar.ttl} in step.
 */
public final class Pillar {

  /** The scheme's slug: the last segment of its IRI and the name of its file. */
  public static final String SLUG = "pillar";

  /** The namespace of the scheme's concepts: the scheme's IRI and a slash. */
  public static final String NS = "https://w3id.org/hrcg/id/pillar/";

  /** The concept scheme. */
  public static final Resource SCHEME =
      ResourceFactory.createResource("https://w3id.org/hrcg/id/pillar");

  private Pillar() {}

  // Concepts

  /** Institutional structures. */
  public static final Resource institutional_structures =
      ResourceFactory.createResource(NS + "institutional-structures");

  /** Operational tools. */
  public static final Resource operational_tools =
      ResourceFactory.createResource(NS + "operational-tools");

  /** Political and legal foundations. */
  public static final Resource political_legal_foundations =
      ResourceFactory.createResource(NS + "political-legal-foundations");
}
