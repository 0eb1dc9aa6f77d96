package org.hrcg.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.model.store.StoreFixtures.DEFAULT;
import static org.hrcg.model.store.StoreFixtures.GENEVA;
import static org.hrcg.model.store.StoreFixtures.META;
import static org.hrcg.model.store.StoreFixtures.ONTOLOGY;
import static org.hrcg.model.store.StoreFixtures.OTHER;
import static org.hrcg.model.store.StoreFixtures.SCHEMES;
import static org.hrcg.model.store.StoreFixtures.exportAll;
import static org.hrcg.model.store.StoreFixtures.geneva;
import static org.hrcg.model.store.StoreFixtures.record;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.hrcg.model.iri.IriMinter;
import org.junit.jupiter.api.Test;

/** The store contract on TDB2 in memory, and what only the embedded store does: its datasets. */
class TdbStoreTest extends GraphStoreContract {

  @Override
  GraphStore newStore(IriMinter minter) {
    return TdbStore.inMemory(minter);
  }

  private TdbStore tdb() {
    return (TdbStore) store;
  }

  @Test
  void theDatasetWriteViewBumpsTheRevisionAndRefusesProtectedGraphs() {
    long revision = store.revision();
    store.write(ds -> ds.getNamedModel(DEFAULT).add(RDFS.label, RDFS.label, "label"));
    assertThat(store.revision()).isEqualTo(revision + 1);

    DatasetGraph before = exportAll(store);
    assertThrows(
        ProtectedGraphException.class,
        () -> store.write(ds -> ds.getNamedModel(SCHEMES).add(geneva())));
    assertThrows(
        ProtectedGraphException.class,
        () -> store.write(ds -> ds.getNamedModel(ONTOLOGY).removeAll()));
    assertThrows(ProtectedGraphException.class, () -> store.write(ds -> ds.removeNamedModel(META)));
    assertThat(IsoMatcher.isomorphic(before, exportAll(store))).isTrue();
  }

  @Test
  void aWriteThatFailsLeavesTheStoreExactlyAsItWas() {
    loadBothSources();
    DatasetGraph before = exportAll(store);
    long revision = store.revision();

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                store.write(
                    ds -> {
                      ds.getNamedModel(GENEVA).removeAll();
                      ds.getNamedModel(OTHER).add(geneva());
                      ds.getDefaultModel().add(RDFS.label, RDFS.label, "written");
                      throw new IllegalStateException("failing on purpose");
                    }));

    assertThat(e).hasMessage("failing on purpose");
    assertThat(store.revision()).isEqualTo(revision);
    assertThat(IsoMatcher.isomorphic(before, exportAll(store))).isTrue();
  }

  @Test
  void writesToTheDefaultModelOfTheWriteViewGoToGraphDefault() {
    store.write(
        ds ->
            ds.getDefaultModel()
                .add(
                    ResourceFactory.createResource("urn:x:s"),
                    ResourceFactory.createProperty("urn:x:p"),
                    "by write"));

    assertThat(graph(DEFAULT).listObjects().toList())
        .extracting(RDFNode::toString)
        .containsExactly("by write");
    assertThat(store.ask("ASK { <urn:x:s> <urn:x:p> \"by write\" }")).isTrue();
  }

  @Test
  void triplesWrittenPastTheStoreIntoTdb2sOwnDefaultGraphMoveToGraphDefaultOnTheNextWrite() {
    DatasetGraph raw = tdb().datasetGraph();
    Txn.executeWrite(
        raw,
        () ->
            raw.getDefaultGraph()
                .add(
                    NodeFactory.createURI("urn:x:s"),
                    NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createLiteralString("hidden")));
    assertThat(store.ask("ASK { <urn:x:s> <urn:x:p> \"hidden\" }")).isFalse();

    store.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));

    assertThat(store.ask("ASK { <urn:x:s> <urn:x:p> \"hidden\" }")).isTrue();
    assertThat(graph(DEFAULT).size()).isEqualTo(1);
    assertThat(Txn.calculateRead(raw, () -> raw.getDefaultGraph().isEmpty())).isTrue();
  }

  @Test
  void theReadViewShowsTheUnionAndRefusesWrites() {
    loadBothSources();
    long unionTriples = store.read(ds -> ds.getDefaultModel().size());
    long sum =
        store.read(
            ds -> {
              long total = 0;
              for (String g : List.of(GENEVA, OTHER, META, ONTOLOGY, SCHEMES)) {
                total += ds.getNamedModel(g).size();
              }
              return total;
            });
    // Barcelona's English label and type are said by both sources: the union counts them once.
    assertThat(unionTriples).isEqualTo(sum - 2);
    assertThrows(
        UnsupportedOperationException.class,
        () -> store.read(ds -> ds.getNamedModel(GENEVA).removeAll()));
    assertThrows(
        UnsupportedOperationException.class,
        () -> store.read(ds -> ds.getDefaultModel().add(RDFS.label, RDFS.label, "x")));
  }
}
