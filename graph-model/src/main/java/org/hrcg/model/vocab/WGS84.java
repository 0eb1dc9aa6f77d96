package org.hrcg.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the W3C WGS84 basic geo vocabulary ({@code
 * <http://www.w3.org/2003/01/geo/wgs84_pos#>}) that hrcg writes.
 */
public final class WGS84 {

  /** The namespace of the WGS84 vocabulary. */
  public static final String NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";

  /** The prefix hrcg uses for the namespace. */
  public static final String PREFIX = "wgs";

  private WGS84() {}

  /** The namespace of the WGS84 vocabulary. */
  public static String getURI() {
    return NS;
  }

  // Properties

  /** The WGS84 latitude of a place, in decimal degrees. */
  public static final Property lat = ResourceFactory.createProperty(NS + "lat");

  /** The WGS84 longitude of a place, in decimal degrees. */
  public static final Property long_ = ResourceFactory.createProperty(NS + "long");
}
