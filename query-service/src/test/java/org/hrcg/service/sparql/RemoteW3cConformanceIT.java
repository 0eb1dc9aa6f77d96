package org.hrcg.service.sparql;

import java.nio.file.Path;
import org.hrcg.ingest.remote.FusekiProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The W3C SPARQL 1.1 conformance manifests ({@link W3cConformance}) with the service on a remote
 * store: a standalone Fuseki server in a process of its own ({@code fuseki-server --tdb2 --update
 * /ds}, nothing configured), which every query, update and Graph Store request reaches through the
 * service.
 */
class RemoteW3cConformanceIT extends W3cConformance {

  @TempDir static Path directory;

  private static FusekiProcess fuseki;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> fuseki().url());
    commonSettings(registry, directory);
  }

  private static synchronized FusekiProcess fuseki() {
    if (fuseki == null) {
      fuseki = FusekiProcess.start(directory.resolve("tdb2"), directory.resolve("fuseki"));
    }
    return fuseki;
  }

  @AfterAll
  static synchronized void stopFuseki() {
    if (fuseki != null) {
      fuseki.close();
      fuseki = null;
    }
  }
}
