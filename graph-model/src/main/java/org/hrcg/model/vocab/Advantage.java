package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Concepts of the concept scheme {@code <https://w3id.org/hrcg/id/advantage>}: Comparative
 * advantages of local governments.
 *
 * <p>Each constant is named by the concept's slug with hyphens as underscores; its Javadoc is the
 * concept's English label. {@code VocabularyDriftTest} keeps the constants and {@code
 * hrcg/schemes/advantage.ttl} in step.
 */
public final class Advantage {

  /** The scheme's slug: the last segment of its IRI and the name of its file. */
  public static final String SLUG = "advantage";

  /** The namespace of the scheme's concepts: the scheme's IRI and a slash. */
  public static final String NS = "https://w3id.org/hrcg/id/advantage/";

  /** The concept scheme. */
  public static final Resource SCHEME =
      ResourceFactory.createResource("https://w3id.org/hrcg/id/advantage");

  private Advantage() {}

  // Concepts

  /** Agility. */
  public static final Resource agility = ResourceFactory.createResource(NS + "agility");

  /** Coordination. */
  public static final Resource coordination = ResourceFactory.createResource(NS + "coordination");

  /** Experimentation. */
  public static final Resource experimentation =
      ResourceFactory.createResource(NS + "experimentation");

  /** Public participation. */
  public static final Resource public_participation =
      ResourceFactory.createResource(NS + "public-participation");
}
