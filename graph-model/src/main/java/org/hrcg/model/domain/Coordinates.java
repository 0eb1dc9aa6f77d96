package org.hrcg.model.domain;

/**
 * A point in WGS84 decimal degrees.
 *
 * @param latitude from -90 to 90
 * @param longitude from -180 to 180
 */
public record Coordinates(double latitude, double longitude) {

  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude: " + latitude + " is not within -90..90");
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude: " + longitude + " is not within -180..180");
    }
  }
}
