package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Concepts of the concept scheme {@code <https://w3id.org/hrcg/id/instrument>}: Policy instruments.
 *
 * <p>Each constant is named by the concept's slug with hyphens as underscores; its Javadoc is the
 * concept's English label. {@code VocabularyDriftTest} keeps the constants and {@code
 * hrcg/schemes/instrument.ttl} in step.
 */
public final class Instrument {

  /** The scheme's slug: the last segment of its IRI and the name of its file. */
  public static final String SLUG = "instrument";

  /** The namespace of the scheme's concepts: the scheme's IRI and a slash. */
  public static final String NS = "https://w3id.org/hrcg/id/instrument/";

  /** The concept scheme. */
  public static final Resource SCHEME =
      ResourceFactory.createResource("https://w3id.org/hrcg/id/instrument");

  private Instrument() {}

  // Concepts

  /** Accreditation and recognition mechanism. */
  public static final Resource accreditation_mechanism =
      ResourceFactory.createResource(NS + "accreditation-mechanism");

  /** Anti-discrimination body. */
  public static final Resource anti_discrimination_body =
      ResourceFactory.createResource(NS + "anti-discrimination-body");

  /** Contract exclusion. */
  public static final Resource contract_exclusion =
      ResourceFactory.createResource(NS + "contract-exclusion");

  /** Decentralization policy. */
  public static final Resource decentralization_policy =
      ResourceFactory.createResource(NS + "decentralization-policy");

  /** Educational campaign. */
  public static final Resource educational_campaign =
      ResourceFactory.createResource(NS + "educational-campaign");

  /** Guidance framework. */
  public static final Resource guidance_framework =
      ResourceFactory.createResource(NS + "guidance-framework");

  /** Local legislation. */
  public static final Resource local_legislation =
      ResourceFactory.createResource(NS + "local-legislation");

  /** Observatory. */
  public static final Resource observatory = ResourceFactory.createResource(NS + "observatory");

  /** Participatory model. */
  public static final Resource participatory_model =
      ResourceFactory.createResource(NS + "participatory-model");

  /** Human rights criteria in procurement. */
  public static final Resource procurement_criteria =
      ResourceFactory.createResource(NS + "procurement-criteria");

  /** Quota. */
  public static final Resource quota = ResourceFactory.createResource(NS + "quota");

  /** Reporting mechanism. */
  public static final Resource reporting_mechanism =
      ResourceFactory.createResource(NS + "reporting-mechanism");
}
