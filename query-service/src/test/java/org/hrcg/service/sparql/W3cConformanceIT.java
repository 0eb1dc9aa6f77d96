package org.hrcg.service.sparql;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The W3C SPARQL 1.1 conformance manifests ({@link W3cConformance}) on the embedded store. */
class W3cConformanceIT extends W3cConformance {

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    commonSettings(registry, directory);
  }
}
