package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Concepts of the concept scheme {@code <https://w3id.org/hrcg/id/target-group>}: Target groups.
 *
 * <p>Each constant is named by the concept's slug with hyphens as underscores; its Javadoc is the
 * concept's English label. {@code VocabularyDriftTest} keeps the constants and {@code
 * hrcg/schemes/target-group.ttl} in step.
 */
public final class TargetGroup {

  /** The scheme's slug: the last segment of its IRI and the name of its file. */
  public static final String SLUG = "target-group";

  /** The namespace of the scheme's concepts: the scheme's IRI and a slash. */
  public static final String NS = "https://w3id.org/hrcg/id/target-group/";

  /** The concept scheme. */
  public static final Resource SCHEME =
      ResourceFactory.createResource("https://w3id.org/hrcg/id/target-group");

  private TargetGroup() {}

  // Concepts

  /** Black people. */
  public static final Resource black_people = ResourceFactory.createResource(NS + "black-people");

  /** Communities. */
  public static final Resource communities = ResourceFactory.createResource(NS + "communities");

  /** Indigenous peoples. */
  public static final Resource indigenous_peoples =
      ResourceFactory.createResource(NS + "indigenous-peoples");

  /** LGBTIQA+ people. */
  public static final Resource lgbtiqa_people =
      ResourceFactory.createResource(NS + "lgbtiqa-people");

  /** Local and regional governments. */
  public static final Resource local_governments =
      ResourceFactory.createResource(NS + "local-governments");

  /** Migrants. */
  public static final Resource migrants = ResourceFactory.createResource(NS + "migrants");

  /** Women. */
  public static final Resource women = ResourceFactory.createResource(NS + "women");
}
