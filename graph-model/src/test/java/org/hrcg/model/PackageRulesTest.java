package org.hrcg.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of this module that Maven's module boundaries cannot see. */
class PackageRulesTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.hrcg.model");

  @Test
  void theVocabularyConstantsDependOnNothingButJenaAndTheJdk() {
    // Everything may depend on vocab, so vocab must stay a leaf (RDF4J keeps its vocabularies in
    // a module of their own for the same reason).
    classes()
        .that()
        .resideInAPackage("org.hrcg.model.vocab..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("org.hrcg.model.vocab..", "java..", "org.apache.jena..")
        .check(MAIN);
  }

  @Test
  void iriMintingKnowsNothingOfDomainStoreOrRdfLibraries() {
    noClasses()
        .that()
        .resideInAPackage("org.hrcg.model.iri..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.hrcg.model.domain..", "org.hrcg.model.store..", "org.apache.jena..")
        .check(MAIN);
  }

  @Test
  void theDomainDoesNotDependOnTheStore() {
    noClasses()
        .that()
        .resideInAPackage("org.hrcg.model.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.hrcg.model.store..")
        .check(MAIN);
  }

  @Test
  void onlyTheStoreTouchesTdb2() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.hrcg.model.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.jena.tdb2..", "org.apache.jena.dboe..")
        .check(MAIN);
  }

  @Test
  void theStoresPublicTypesAreItsApiAndTheRestIsPackagePrivate() {
    classes()
        .that()
        .resideInAPackage("org.hrcg.model.store")
        .and()
        .arePublic()
        .should()
        .haveNameMatching(
            "org\\.hrcg\\.model\\.store\\.(GraphStore|TdbStore|RemoteStore|RemoteStore\\$Builder"
                + "|Stores|StoreCredentials|GraphLoad|LoadRecord|LoadedGraph|LoadResult|LoadListener"
                + "|ExportScope|ProtectedGraphException|ConcurrentWriteException"
                + "|IncompleteLoadException|RemoteStoreException|LocalCopy|StoreFault"
                + "|StoreFault\\$Kind|StoreFaultException|WatchedDataset)")
        .check(MAIN);
  }

  @Test
  void onlyTheEmbeddedStoreItselfUsesTdb2InsideTheStore() {
    noClasses()
        .that()
        .resideInAPackage("org.hrcg.model.store..")
        .and()
        .haveSimpleNameNotStartingWith("Tdb")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.jena.tdb2..", "org.apache.jena.dboe..")
        .check(MAIN);
  }

  @Test
  void theStoreContractDoesNotExposeTdb2() {
    classes()
        .that()
        .haveFullyQualifiedName("org.hrcg.model.store.GraphStore")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages("org.apache.jena.tdb2..", "org.apache.jena.dboe..")
        .check(MAIN);
  }
}
