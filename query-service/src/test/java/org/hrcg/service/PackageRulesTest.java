package org.hrcg.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of the service that Maven's module boundaries cannot see. */
class PackageRulesTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.hrcg.service");

  @Test
  void featuresDoNotDependOnEachOther() {
    // Each feature declares its own access rules; system enforces them without knowing the
    // features, and a feature never reaches into system's machinery.
    noClasses()
        .that()
        .resideInAPackage("org.hrcg.service.sparql..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.hrcg.service.system..")
        .check(MAIN);
    noClasses()
        .that()
        .resideInAPackage("org.hrcg.service.system..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.hrcg.service.sparql..")
        .check(MAIN);
  }

  @Test
  void theRootPackageKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.hrcg.service")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hrcg.service.sparql..", "org.hrcg.service.system..")
        .check(MAIN);
  }

  @Test
  void onlyTheSparqlPackageTouchesFuseki() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.hrcg.service.sparql..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.jena.fuseki..")
        .check(MAIN);
  }

  @Test
  void onlyTheStorePackageOfTheGraphModelTouchesTdb2() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.jena.tdb2..", "org.apache.jena.dboe..")
        .check(MAIN);
  }
}
