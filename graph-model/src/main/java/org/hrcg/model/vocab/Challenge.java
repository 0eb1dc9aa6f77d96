package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Concepts of the concept scheme {@code <https://w3id.org/hrcg/id/challenge>}: Common challenges of
 * local governments.
 *
 * <p>Each constant is named by the concept's slug with hyphens as underscores; its Javadoc is the
 * concept's English label. {@code VocabularyDriftTest} keeps the constants and {@code
 * hrcg/schemes/challenge.ttl} in step.
 */
public final class Challenge {

  /** The scheme's slug: the last segment of its IRI and the name of its file. */
  public static final String SLUG = "challenge";

  /** The namespace of the scheme's concepts: the scheme's IRI and a slash. */
  public static final String NS = "https://w3id.org/hrcg/id/challenge/";

  /** The concept scheme. */
  public static final Resource SCHEME =
      ResourceFactory.createResource("https://w3id.org/hrcg/id/challenge");

  private Challenge() {}

  // Concepts

  /** Accreditation and recognition. */
  public static final Resource accreditation_recognition =
      ResourceFactory.createResource(NS + "accreditation-recognition");

  /** Financing. */
  public static final Resource financing = ResourceFactory.createResource(NS + "financing");

  /** Multilevel cooperation. */
  public static final Resource multilevel_cooperation =
      ResourceFactory.createResource(NS + "multilevel-cooperation");

  /** Powers. */
  public static final Resource powers = ResourceFactory.createResource(NS + "powers");

  /** Training and coordination. */
  public static final Resource training_coordination =
      ResourceFactory.createResource(NS + "training-coordination");
}
