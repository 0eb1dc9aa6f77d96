package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Concepts of the concept scheme {@code <https://w3id.org/hrcg/id/role>}: Roles.
 *
 * <p>Each constant is named by the concept's slug with hyphens as underscores; its Javadoc is the
 * concept's English label. {@code VocabularyDriftTest} keeps the constants and {@code
 * hrcg/schemes/role.ttl} in step.
 */
public final class Role {

  /** The scheme's slug: the last segment of its IRI and the name of its file. */
  public static final String SLUG = "role";

  /** The namespace of the scheme's concepts: the scheme's IRI and a slash. */
  public static final String NS = "https://w3id.org/hrcg/id/role/";

  /** The concept scheme. */
  public static final Resource SCHEME =
      ResourceFactory.createResource("https://w3id.org/hrcg/id/role");

  private Role() {}

  // Concepts

  /** Co-president. */
  public static final Resource co_president = ResourceFactory.createResource(NS + "co-president");

  /** Director. */
  public static final Resource director = ResourceFactory.createResource(NS + "director");

  /** High Commissioner. */
  public static final Resource high_commissioner =
      ResourceFactory.createResource(NS + "high-commissioner");

  /** Mayor. */
  public static final Resource mayor = ResourceFactory.createResource(NS + "mayor");

  /** Professor. */
  public static final Resource professor = ResourceFactory.createResource(NS + "professor");

  /** Representative. */
  public static final Resource representative =
      ResourceFactory.createResource(NS + "representative");

  /** Secretary General. */
  public static final Resource secretary_general =
      ResourceFactory.createResource(NS + "secretary-general");

  /** Special Rapporteur. */
  public static final Resource special_rapporteur =
      ResourceFactory.createResource(NS + "special-rapporteur");
}
