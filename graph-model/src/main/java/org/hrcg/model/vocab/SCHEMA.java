package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of schema.org that hrcg writes, in the {@code http://schema.org/} form that hrcg and
 * Wikidata use. Jena's {@code SchemaDO} uses {@code https://schema.org/}, which would not match.
 */
public final class SCHEMA {

  /** The schema.org namespace in its {@code http} form. */
  public static final String NS = "http://schema.org/";

  /** The preferred prefix of the namespace. */
  public static final String PREFIX = "schema";

  private SCHEMA() {}

  /** The schema.org namespace in its {@code http} form. */
  public static String getURI() {
    return NS;
  }

  // Classes

  /** Entities that have a somewhat fixed, physical extension. */
  public static final Resource Place = ResourceFactory.createResource(NS + "Place");

  // Properties

  /** The basic containment relation between a place and one that contains it. */
  public static final Property containedInPlace =
      ResourceFactory.createProperty(NS + "containedInPlace");

  /** The location of, for example, where an event is happening. */
  public static final Property location = ResourceFactory.createProperty(NS + "location");

  /** The start date and time of an item. */
  public static final Property startDate = ResourceFactory.createProperty(NS + "startDate");
}
