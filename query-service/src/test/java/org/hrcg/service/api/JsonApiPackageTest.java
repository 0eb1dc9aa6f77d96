package org.hrcg.service.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What the JSON API's shared parts may know: no feature that uses them. */
class JsonApiPackageTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.hrcg.service");

  @Test
  void theSharedPartsKnowNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.hrcg.service.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.hrcg.service.casestudies..",
            "org.hrcg.service.peers..",
            "org.hrcg.service.sparql..",
            "org.hrcg.service.linkeddata..",
            "org.hrcg.service.home..",
            "org.hrcg.service.system..")
        .check(MAIN);
  }

  @Test
  void theCaseStudyApiWritesThroughTheIngestPipelineOnly() {
    // Uploads are validated as files are: nothing in the API writes graphs around the pipeline.
    noClasses()
        .that()
        .resideInAPackage("org.hrcg.service.casestudies..")
        .should()
        .callMethod(org.hrcg.model.store.GraphStore.class, "replaceGraphs", java.util.Map.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.hrcg.service.sparql..")
        .check(MAIN);
  }
}
