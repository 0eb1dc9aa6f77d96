package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Concepts of the concept scheme {@code <https://w3id.org/hrcg/id/right>}: Human rights.
 *
 * <p>Each constant is named by the concept's slug with hyphens as underscores; its Javadoc is the
 * concept's English label. {@code VocabularyDriftTest} keeps the constants and {@code
 * hrcg/schemes/right.ttl} in step.
 */
public final class Right {

  /** The scheme's slug: the last segment of its IRI and the name of its file. */
  public static final String SLUG = "right";

  /** The namespace of the scheme's concepts: the scheme's IRI and a slash. */
  public static final String NS = "https://w3id.org/hrcg/id/right/";

  /** The concept scheme. */
  public static final Resource SCHEME =
      ResourceFactory.createResource("https://w3id.org/hrcg/id/right");

  private Right() {}

  // Concepts

  /** Right to an adequate standard of living. */
  public static final Resource adequate_standard_of_living =
      ResourceFactory.createResource(NS + "adequate-standard-of-living");

  /** Right to education. */
  public static final Resource education = ResourceFactory.createResource(NS + "education");

  /** Equal rights of men and women. */
  public static final Resource equal_rights_men_women =
      ResourceFactory.createResource(NS + "equal-rights-men-women");

  /** Right to equality and non-discrimination. */
  public static final Resource equality_non_discrimination =
      ResourceFactory.createResource(NS + "equality-non-discrimination");

  /** Right to freedom from racial discrimination. */
  public static final Resource freedom_from_racial_discrimination =
      ResourceFactory.createResource(NS + "freedom-from-racial-discrimination");

  /** Right to health. */
  public static final Resource health = ResourceFactory.createResource(NS + "health");

  /** Right to life, liberty and security of person. */
  public static final Resource life_liberty_security =
      ResourceFactory.createResource(NS + "life-liberty-security");

  /** Right to take part in public affairs. */
  public static final Resource participation_public_affairs =
      ResourceFactory.createResource(NS + "participation-public-affairs");

  /** Right of self-determination. */
  public static final Resource self_determination =
      ResourceFactory.createResource(NS + "self-determination");

  /** Right to social security. */
  public static final Resource social_security =
      ResourceFactory.createResource(NS + "social-security");

  /** Right to work. */
  public static final Resource work = ResourceFactory.createResource(NS + "work");
}
