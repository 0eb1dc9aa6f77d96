package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the terms of the Human Rights Cities Graph ontology, {@code
 * <https://w3id.org/hrcg/ontology#>}.
 *
 * <p>Each constant is named by the term's local name; its Javadoc is the term's definition in the
 * ontology. {@code VocabularyDriftTest} keeps the constants and {@code hrcg/ontology/hrc.ttl} in
 * step.
 */
public final class HRC {

  /** The namespace of the ontology's terms. */
  public static final String NS = "https://w3id.org/hrcg/ontology#";

  /** The preferred prefix of the namespace. */
  public static final String PREFIX = "hrc";

  /** The IRI of the ontology itself (not a term of the namespace). */
  public static final String ONTOLOGY_IRI = "https://w3id.org/hrcg/ontology";

  /** The namespace as a resource. */
  public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

  /** The ontology itself. */
  public static final Resource ONTOLOGY = ResourceFactory.createResource(ONTOLOGY_IRI);

  private HRC() {}

  /** The namespace of the ontology's terms. */
  public static String getURI() {
    return NS;
  }

  // Classes

  /**
   * A person, local government or organization that takes part in human-rights practices, events or
   * statements.
   */
  public static final Resource Actor = ResourceFactory.createResource(NS + "Actor");

  /** An organised public call to action for human rights that others are invited to join. */
  public static final Resource Campaign = ResourceFactory.createResource(NS + "Campaign");

  /** A source, such as a report or an article, from which facts in the graph are drawn. */
  public static final Resource CaseStudy = ResourceFactory.createResource(NS + "CaseStudy");

  /** A city, town or municipality. */
  public static final Resource City = ResourceFactory.createResource(NS + "City");

  /** A country, or a territory that is named at the level of a country. */
  public static final Resource Country = ResourceFactory.createResource(NS + "Country");

  /**
   * A written work, such as a framework, guide or report, that is presented, cited or discussed.
   */
  public static final Resource Document = ResourceFactory.createResource(NS + "Document");

  /** A meeting, dialogue, forum or workshop that takes place at a given time and place. */
  public static final Resource Event = ResourceFactory.createResource(NS + "Event");

  /**
   * The government of a city, region or other subnational territory, such as a city council or a
   * departmental council.
   */
  public static final Resource LocalGovernment =
      ResourceFactory.createResource(NS + "LocalGovernment");

  /**
   * An organization other than a local government, such as a network of cities, a United Nations
   * body, an association, a civil-society organization or an academic institution.
   */
  public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");

  /**
   * A human being who speaks at, takes part in or holds a role in the work on local human rights.
   */
  public static final Resource Person = ResourceFactory.createResource(NS + "Person");

  /**
   * A local public policy, programme, body or instrument through which a territory puts human
   * rights into effect.
   */
  public static final Resource Practice = ResourceFactory.createResource(NS + "Practice");

  /**
   * A subnational territory larger than a city, such as a department, province, state or region.
   */
  public static final Resource Region = ResourceFactory.createResource(NS + "Region");

  /**
   * Something said in a source, either the quoted words of a speaker or a joint statement about
   * several territories.
   */
  public static final Resource Statement = ResourceFactory.createResource(NS + "Statement");

  /**
   * A named place with its own government, such as a city, department, province, region or country.
   */
  public static final Resource Territory = ResourceFactory.createResource(NS + "Territory");

  // Object properties

  /** Relates a practice to a human right that it serves. */
  public static final Property addressesRight =
      ResourceFactory.createProperty(NS + "addressesRight");

  /** Relates a statement or event to a comparative advantage of local governments that it names. */
  public static final Property advantage = ResourceFactory.createProperty(NS + "advantage");

  /** Relates a statement or event to a common challenge of local governments that it names. */
  public static final Property challenge = ResourceFactory.createProperty(NS + "challenge");

  /** Relates a local government to the territory that it governs. */
  public static final Property governs = ResourceFactory.createProperty(NS + "governs");

  /** Relates a practice to an actor that carries it out. */
  public static final Property implementedBy = ResourceFactory.createProperty(NS + "implementedBy");

  /** Relates a practice to a practice or territory that it inspired. */
  public static final Property inspired = ResourceFactory.createProperty(NS + "inspired");

  /** Relates a practice or territory to a practice that inspired it. */
  public static final Property inspiredBy = ResourceFactory.createProperty(NS + "inspiredBy");

  /** Relates a practice to the kind of instrument that it is or that it uses. */
  public static final Property instrument = ResourceFactory.createProperty(NS + "instrument");

  /** Relates a statement to the event at which it was made. */
  public static final Property madeAt = ResourceFactory.createProperty(NS + "madeAt");

  /** Relates an actor to an organization of which it is a member. */
  public static final Property memberOf = ResourceFactory.createProperty(NS + "memberOf");

  /** Relates a practice to another practice that a source explicitly pairs with it. */
  public static final Property pairedWith = ResourceFactory.createProperty(NS + "pairedWith");

  /** Relates an event to an actor that took part in it. */
  public static final Property participant = ResourceFactory.createProperty(NS + "participant");

  /** Relates a territory to a larger territory that contains it. */
  public static final Property partOf = ResourceFactory.createProperty(NS + "partOf");

  /**
   * Relates a framework document to a pillar that it sets out, or a practice to the pillar that it
   * serves.
   */
  public static final Property pillar = ResourceFactory.createProperty(NS + "pillar");

  /** Relates a practice, document or campaign to an event at which it was presented. */
  public static final Property presentedAt = ResourceFactory.createProperty(NS + "presentedAt");

  /** Relates a person to a role that the person holds in an organization or local government. */
  public static final Property role = ResourceFactory.createProperty(NS + "role");

  /** Relates a practice to a Sustainable Development Goal or target that it serves. */
  public static final Property servesGoal = ResourceFactory.createProperty(NS + "servesGoal");

  /** Relates a statement to the actor who made it. */
  public static final Property speaker = ResourceFactory.createProperty(NS + "speaker");

  /**
   * Relates a practice to the statement, possibly a joint one about several territories, from which
   * it is known.
   */
  public static final Property statedIn = ResourceFactory.createProperty(NS + "statedIn");

  /** Relates a practice to a group of people that it is meant for. */
  public static final Property targetGroup = ResourceFactory.createProperty(NS + "targetGroup");

  /**
   * Relates a practice, actor, event, statement, campaign or document to the territory where it is
   * or that it concerns.
   */
  public static final Property territory = ResourceFactory.createProperty(NS + "territory");

  /** Relates a practice to a theme that it addresses. */
  public static final Property theme = ResourceFactory.createProperty(NS + "theme");

  // Datatype properties

  /** Relates a statement to its words as the source quotes them, tagged with their language. */
  public static final Property quote = ResourceFactory.createProperty(NS + "quote");
}
