package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Concepts of the concept scheme {@code <https://w3id.org/hrcg/id/theme>}: Themes of local
 * human-rights practices.
 *
 * <p>Each constant is named by the concept's slug with hyphens as underscores; its Javadoc is the
 * concept's English label. {@code VocabularyDriftTest} keeps the constants and {@code
 * hrcg/schemes/theme.ttl} in step.
 */
public final class Theme {

  /** The scheme's slug: the last segment of its IRI and the name of its file. */
  public static final String SLUG = "theme";

  /** The namespace of the scheme's concepts: the scheme's IRI and a slash. */
  public static final String NS = "https://w3id.org/hrcg/id/theme/";

  /** The concept scheme. */
  public static final Resource SCHEME =
      ResourceFactory.createResource("https://w3id.org/hrcg/id/theme");

  private Theme() {}

  // Concepts

  /** Anti-racism. */
  public static final Resource anti_racism = ResourceFactory.createResource(NS + "anti-racism");

  /** Care. */
  public static final Resource care = ResourceFactory.createResource(NS + "care");

  /** Decentralization. */
  public static final Resource decentralization =
      ResourceFactory.createResource(NS + "decentralization");

  /** Equitable access to employment. */
  public static final Resource equitable_access_to_employment =
      ResourceFactory.createResource(NS + "equitable-access-to-employment");

  /** Gender-based violence. */
  public static final Resource gender_based_violence =
      ResourceFactory.createResource(NS + "gender-based-violence");

  /** Gender equality. */
  public static final Resource gender_equality =
      ResourceFactory.createResource(NS + "gender-equality");

  /** Indigenous inclusion. */
  public static final Resource indigenous_inclusion =
      ResourceFactory.createResource(NS + "indigenous-inclusion");

  /** International cooperation. */
  public static final Resource international_cooperation =
      ResourceFactory.createResource(NS + "international-cooperation");

  /** LGBTIQA+ rights. */
  public static final Resource lgbtiqa_rights =
      ResourceFactory.createResource(NS + "lgbtiqa-rights");

  /** Migrants. */
  public static final Resource migrants = ResourceFactory.createResource(NS + "migrants");

  /** Human rights monitoring and reporting. */
  public static final Resource monitoring_reporting =
      ResourceFactory.createResource(NS + "monitoring-reporting");

  /** Participation. */
  public static final Resource participation = ResourceFactory.createResource(NS + "participation");

  /** Public procurement. */
  public static final Resource procurement = ResourceFactory.createResource(NS + "procurement");

  /** Public services. */
  public static final Resource public_services =
      ResourceFactory.createResource(NS + "public-services");

  /** Rights-based economy. */
  public static final Resource rights_based_economy =
      ResourceFactory.createResource(NS + "rights-based-economy");

  /** Social economy. */
  public static final Resource social_economy =
      ResourceFactory.createResource(NS + "social-economy");
}
