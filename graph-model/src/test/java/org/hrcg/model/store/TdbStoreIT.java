package org.hrcg.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.model.store.StoreFixtures.GENEVA;
import static org.hrcg.model.store.StoreFixtures.META;
import static org.hrcg.model.store.StoreFixtures.ONTOLOGY;
import static org.hrcg.model.store.StoreFixtures.OTHER;
import static org.hrcg.model.store.StoreFixtures.SCHEMES;
import static org.hrcg.model.store.StoreFixtures.exportAll;
import static org.hrcg.model.store.StoreFixtures.geneva;
import static org.hrcg.model.store.StoreFixtures.procurementReport;
import static org.hrcg.model.store.StoreFixtures.record;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ModelFactory;
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
