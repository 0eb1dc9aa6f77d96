package org.hrcg.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.model.store.StoreFixtures.GENEVA;
import static org.hrcg.model.store.StoreFixtures.META;
import static org.hrcg.model.store.StoreFixtures.ONTOLOGY;
import static org.hrcg.model.store.StoreFixtures.OTHER;
import static org.hrcg.model.store.StoreFixtures.SCHEMES;
import static org.hrcg.model.store.StoreFixtures.exportAll;
import static org.hrcg.model.store.StoreFixtures.exportString;
import static org.hrcg.model.store.StoreFixtures.geneva;
import static org.hrcg.model.store.StoreFixtures.procurementReport;
import static org.hrcg.model.store.StoreFixtures.record;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.hrcg.ontology.HrcgResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a TDB2 directory: what must survive closing and opening it again. */
class TdbStoreIT {

  @TempDir Path directory;

  @Test
  void graphsRecordsAndRevisionPersistAcrossReopening() {
    long revision;
    try (TdbStore store = TdbStore.open(directory)) {
      store.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));
      revision = store.replaceGraph(OTHER, procurementReport(), record("procurement.ttl"));
    }
    try (TdbStore store = TdbStore.open(directory)) {
      assertThat(store.revision()).isEqualTo(revision);
      assertThat(store.graphNames()).containsExactly(GENEVA, META, ONTOLOGY, OTHER, SCHEMES);
      assertThat(store.loadRecord(OTHER).orElseThrow().record().file())
          .isEqualTo("procurement.ttl");
      assertThat(
              store
                  .read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(GENEVA)))
                  .isIsomorphicWith(geneva()))
          .isTrue();
      assertThat(store.update("INSERT DATA { <urn:x:s> <urn:x:p> 1 }")).isEqualTo(revision + 1);
    }
  }

  @Test
  void reopeningWithAnUnchangedVocabularyWritesNothing() {
    long revision;
    try (TdbStore store = TdbStore.open(directory)) {
      revision = store.revision();
    }
    try (TdbStore store = TdbStore.open(directory)) {
      assertThat(store.revision()).isEqualTo(revision);
    }
  }

  @Test
  void reopeningPutsBackAnOntologyThatDiffersFromTheBundledOne() {
    long revision;
    try (TdbStore store = TdbStore.open(directory)) {
      // An older release's ontology, simulated by writing past the store's guards.
      DatasetGraph raw = store.datasetGraph();
      Node ontology = NodeFactory.createURI(ONTOLOGY);
      Txn.executeWrite(
          raw,
          () ->
              raw.add(
                  ontology,
                  NodeFactory.createURI("urn:x:old"),
                  NodeFactory.createURI("urn:x:term"),
                  NodeFactory.createLiteralString("gone in this release")));
      revision = store.revision();
    }
    try (TdbStore store = TdbStore.open(directory)) {
      assertThat(store.revision()).isEqualTo(revision + 1);
      assertThat(
              store
                  .read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(ONTOLOGY)))
                  .isIsomorphicWith(HrcgResources.ontology()))
          .isTrue();
      assertThat(store.loadRecord(ONTOLOGY).orElseThrow().revision()).isEqualTo(revision + 1);
      assertThat(store.loadRecord(SCHEMES).orElseThrow().revision()).isLessThan(revision + 1);
    }
  }

  @Test
  void aFailedWriteLeavesNothingOnDisk() {
    DatasetGraph before;
    try (TdbStore store = TdbStore.open(directory)) {
      store.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));
      before = exportAll(store);
      assertThrows(
          IllegalStateException.class,
          () ->
              store.write(
                  ds -> {
                    ds.getNamedModel(GENEVA).removeAll();
                    ds.getNamedModel(OTHER).add(procurementReport());
                    throw new IllegalStateException("failing on purpose");
                  }));
    }
    try (TdbStore store = TdbStore.open(directory)) {
      assertThat(IsoMatcher.isomorphic(before, exportAll(store))).isTrue();
    }
  }

  /**
   * TDB2 5.6 keeps a stale write position in its node file after an abort; a write that follows a
   * read then lands past the file's end, and its nodes read as garbage after a restart. An update
   * that the shapes refuse goes exactly this way: written, read back for the check, aborted. {@link
   * TdbAbortRepair} puts the position right.
   */
  @Test
  void aWriteAfterAnAbortedOneThatReadWhatItWroteIsReadableAfterReopening() {
    String after = "https://w3id.org/hrcg/graph/after-the-abort";
    try (TdbStore store = TdbStore.open(directory)) {
      store.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));
      assertThrows(
          IllegalStateException.class,
          () ->
              store.write(
                  ds -> {
                    ds.getNamedModel(OTHER)
                        .add(
                            ResourceFactory.createResource("urn:x:refused"),
                            ResourceFactory.createProperty("urn:x:p"),
                            "a literal the store has never held");
                    // Reading nodes from the node file, as a check of the whole store does,
                    // flushes TDB2's write buffer, with the new node, into that file.
                    assertThat(ds.asDatasetGraph().getDefaultGraph().find().toList()).isNotEmpty();
                    throw new IllegalStateException("refused after the check");
                  }));
      assertThat(store.select("SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 20").size()).isEqualTo(20);
      store.update(
          "INSERT DATA { GRAPH <" + after + "> { <urn:x:kept> <urn:x:p> \"kept after\" } }");
    }
    try (TdbStore store = TdbStore.open(directory)) {
      assertThat(store.select("SELECT ?o { GRAPH <" + after + "> { ?s ?p ?o } }").next().get("o"))
          .hasToString("kept after");
      assertThat(exportString(store, Lang.NQUADS, ExportScope.ALL))
          .contains("kept after")
          .doesNotContain("never held");
    }
  }

  @Test
  void withdrawalOnDiskRemovesOnlyThatSource() {
    try (TdbStore store = TdbStore.open(directory)) {
      store.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));
      store.replaceGraph(OTHER, procurementReport(), record("procurement.ttl"));
      assertThat(store.withdraw("geneva-dialogue-2025")).isTrue();
    }
    try (TdbStore store = TdbStore.open(directory)) {
      assertThat(store.graphNames()).doesNotContain(GENEVA).contains(OTHER);
      assertThat(store.loadRecord(GENEVA)).isEmpty();
      assertThat(store.ask("ASK { <https://w3id.org/hrcg/id/territory/grigny> ?p ?o }")).isFalse();
      assertThat(
              store.ask(
                  "ASK { <https://w3id.org/hrcg/id/territory/barcelona>"
                      + " <http://www.w3.org/2000/01/rdf-schema#label> \"Barcelona\"@ca }"))
          .isTrue();
    }
  }
}
