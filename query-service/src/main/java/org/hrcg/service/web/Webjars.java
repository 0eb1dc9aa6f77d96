package org.hrcg.service.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/** Where a webjar's files are served, with the version of the webjar on the classpath. */
public final class Webjars {

  private Webjars() {}

  /**
   * The folder that serves an npm webjar's files, {@code /webjars/{name}/{version}/}.
   *
   * @throws IllegalStateException if the webjar is not on the classpath
   */
  public static String npm(String name) {
    String pom = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
    try (InputStream in = Webjars.class.getClassLoader().getResourceAsStream(pom)) {
      if (in == null) {
        throw new IllegalStateException("webjar not on the classpath: no " + pom);
      }
      Properties properties = new Properties();
      properties.load(in);
      String version =
          Objects.requireNonNull(properties.getProperty("version"), pom + " has no version");
      return "/webjars/" + name + "/" + version + "/";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
