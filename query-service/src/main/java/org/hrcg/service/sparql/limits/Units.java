package org.hrcg.service.sparql.limits;

import java.time.Duration;

/** Limits as people read them in refusals and logs (the SPARQL endpoint's and the JSON API's). */
public final class Units {

  private Units() {}

  /** {@code 500 ms}, {@code 30 s}, {@code 2 min}. */
  public static String duration(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000 || millis % 1000 != 0) {
      return millis + " ms";
    }
    long seconds = millis / 1000;
    return seconds % 60 == 0 && seconds >= 60 ? seconds / 60 + " min" : seconds + " s";
  }

  /** {@code 512 bytes}, {@code 64 KB}, {@code 1 MB}, in units of 1024. */
  public static String bytes(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }
}
