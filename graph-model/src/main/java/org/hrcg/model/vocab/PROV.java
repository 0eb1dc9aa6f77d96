package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of PROV-O ({@code <http://www.w3.org/ns/prov#>}) that hrcg writes; Jena has no
 * constants for this vocabulary.
 */
public final class PROV {

  /** The namespace of PROV-O. */
  public static final String NS = "http://www.w3.org/ns/prov#";

  /** The preferred prefix of the namespace. */
  public static final String PREFIX = "prov";

  private PROV() {}

  /** The namespace of PROV-O. */
  public static String getURI() {
    return NS;
  }

  // Classes

  /** Something that occurs over a period of time and acts upon or with entities. */
  public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");

  /** Something that bears some form of responsibility for an activity or an entity. */
  public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");

  /** A physical, digital, conceptual or other kind of thing with some fixed aspects. */
  public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

  // Properties

  /** The time at which an activity ended. */
  public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");

  /** The entity that an activity generated. */
  public static final Property generated = ResourceFactory.createProperty(NS + "generated");

  /** The time at which an activity started. */
  public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");

  /** An entity that an activity used. */
  public static final Property used = ResourceFactory.createProperty(NS + "used");

  /** The agent to which an entity is ascribed. */
  public static final Property wasAttributedTo =
      ResourceFactory.createProperty(NS + "wasAttributedTo");

  /** An entity from which an entity was derived. */
  public static final Property wasDerivedFrom =
      ResourceFactory.createProperty(NS + "wasDerivedFrom");

  /** The activity that generated an entity. */
  public static final Property wasGeneratedBy =
      ResourceFactory.createProperty(NS + "wasGeneratedBy");
}
