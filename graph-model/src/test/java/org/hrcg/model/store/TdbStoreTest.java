package org.hrcg.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hrcg.model.store.StoreFixtures.BARCELONA;
import static org.hrcg.model.store.StoreFixtures.DEFAULT;
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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.ontology.HrcgResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TdbStoreTest {

  private final TdbStore store = TdbStore.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  private void loadBothSources() {
    store.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));
    store.replaceGraph(OTHER, procurementReport(), record("procurement.ttl"));
  }

  private Model graph(String iri) {
    return store.read(ds -> ModelFactory.createDefaultModel().add(ds.getNamedModel(iri)));
  }

  private List<String> labelsOfBarcelona() {
    ResultSetRewindable rows =
        store.select(
            "SELECT ?label WHERE { <" + BARCELONA + "> <" + RDFS.label.getURI() + "> ?label }");
    List<String> labels = new ArrayList<>();
    rows.forEachRemaining(
        row ->
            labels.add(
                row.getLiteral("label").getString() + "@" + row.getLiteral("label").getLanguage()));
    return labels;
  }

  @Test
  void aNewStoreHoldsTheBundledOntologyAndSchemes() {
    assertThat(store.graphNames()).containsExactly(META, ONTOLOGY, SCHEMES);
    assertThat(graph(ONTOLOGY).isIsomorphicWith(HrcgResources.ontology())).isTrue();
    assertThat(graph(SCHEMES).isIsomorphicWith(HrcgResources.schemes())).isTrue();
    assertThat(store.revision()).isEqualTo(1);
    assertThat(store.loadRecords())
        .extracting(LoadedGraph::graph)
        .containsExactly(ONTOLOGY, SCHEMES);
    assertThat(store.loadRecord(ONTOLOGY).orElseThrow().record().file())
        .isEqualTo("classpath:hrcg/ontology/hrc.ttl");
  }

  @Test
  void queriesSeeTheUnionOfTheNamedGraphsAsTheirDefaultGraph() {
    loadBothSources();
    assertThat(store.ask("ASK { <" + BASE("id/territory/grigny") + "> ?p ?o }")).isTrue();
    assertThat(store.ask("ASK { <" + BASE("id/territory/utrecht") + "> ?p ?o }")).isTrue();
    assertThat(
            store.ask(
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ASK { ?c rdfs:subClassOf"
                    + " <https://w3id.org/hrcg/ontology#Territory> }"))
        .as("the ontology graph is part of the union")
        .isTrue();
    Model construct =
        store.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + GENEVA + "> { ?s ?p ?o } }");
    assertThat(construct.isIsomorphicWith(geneva())).isTrue();
  }

  @Test
  void theSameIriDescribedInTwoGraphsKeepsWhatEachSaid() {
    loadBothSources();
    assertThat(labelsOfBarcelona()).containsExactlyInAnyOrder("Barcelona@en", "Barcelona@ca");
    assertThat(graph(GENEVA).isIsomorphicWith(geneva())).isTrue();
    assertThat(graph(OTHER).isIsomorphicWith(procurementReport())).isTrue();
  }

  @Test
  void withdrawingASourceRemovesOnlyWhatItsGraphSaid() {
    loadBothSources();
    long before = store.revision();

    assertThat(store.withdraw("procurement-report")).isTrue();

    assertThat(store.revision()).isEqualTo(before + 1);
    assertThat(store.graphNames()).doesNotContain(OTHER).contains(GENEVA);
    assertThat(store.loadRecord(OTHER)).isEmpty();
    assertThat(store.loadRecord(GENEVA)).isPresent();
    assertThat(labelsOfBarcelona()).containsExactly("Barcelona@en");
    assertThat(store.ask("ASK { <" + BASE("id/territory/utrecht") + "> ?p ?o }")).isFalse();
    assertThat(graph(GENEVA).isIsomorphicWith(geneva())).isTrue();
  }

  @Test
  void withdrawingAnUnknownSourceChangesNothing() {
    long before = store.revision();
    assertThat(store.withdraw("never-loaded")).isFalse();
    assertThat(store.revision()).isEqualTo(before);
  }

  @Test
  void withdrawRefusesReservedGraphsAndNonSlugs() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> store.withdraw("ontology")))
        .hasMessageContaining("reserved");
    assertThrows(IllegalArgumentException.class, () -> store.withdraw("Geneva Dialogue"));
    assertThat(store.graphNames()).contains(ONTOLOGY);
  }

  @Test
  void everyWriteBumpsTheRevisionByOne() {
    long revision = store.revision();
    store.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));
    assertThat(store.revision()).isEqualTo(++revision);
    store.replaceGraphs(
        Map.of(
            OTHER,
            new GraphLoad(procurementReport(), record("a.ttl")),
            GENEVA,
            new GraphLoad(geneva(), record("b.ttl"))));
    assertThat(store.revision()).isEqualTo(++revision);
    store.write(ds -> ds.getNamedModel(DEFAULT).add(RDFS.label, RDFS.label, "label"));
    assertThat(store.revision()).isEqualTo(++revision);
    assertThat(store.update("INSERT DATA { <urn:x:s> <urn:x:p> 1 }")).isEqualTo(++revision);
    assertThat(store.withdraw("geneva-dialogue-2025")).isTrue();
    assertThat(store.revision()).isEqualTo(++revision);
    assertThat(store.clearAll()).isEqualTo(++revision);
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void aLoadRecordSaysWhoLoadedWhatWhenAndAtWhichRevision() {
    long revision = store.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));
    LoadedGraph loaded = store.loadRecord(GENEVA).orElseThrow();
    assertThat(loaded.graph()).isEqualTo(GENEVA);
    assertThat(loaded.revision()).isEqualTo(revision);
    assertThat(loaded.record())
        .isEqualTo(
            new LoadRecord("tester", "geneva.yaml", Instant.parse("2025-07-24T10:15:30.123Z")));
  }

  @Test
  void replacingAGraphTwiceGivesTheSameGraphAndKeepsLoadMetadataOutOfIt() {
    store.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));
    Model first = graph(GENEVA);
    store.replaceGraph(
        GENEVA, geneva(), new LoadRecord("someone-else", "geneva-v2.yaml", Instant.now()));
    Model second = graph(GENEVA);

    assertThat(second.isIsomorphicWith(first)).isTrue();
    assertThat(second.isIsomorphicWith(geneva())).isTrue();
    assertThat(store.loadRecord(GENEVA).orElseThrow().record().agent()).isEqualTo("someone-else");
    assertThat(
            store.ask(
                "ASK { GRAPH <"
                    + GENEVA
                    + "> { ?s ?p ?o FILTER(CONTAINS(STR(?p), 'store#') || ?o ="
                    + " <http://www.w3.org/ns/prov#Activity>) } }"))
        .isFalse();
    assertThat(
            store.ask(
                "ASK { GRAPH <" + META + "> { <" + GENEVA + "#load> ?p \"geneva-v2.yaml\" } }"))
        .isTrue();
  }

  @Test
  void replacingSeveralGraphsIsAllOrNothing() {
    DatasetGraph before = exportAll(store);
    Map<String, GraphLoad> loads =
        Map.of(
            GENEVA,
            new GraphLoad(geneva(), record("geneva.yaml")),
            ONTOLOGY,
            new GraphLoad(procurementReport(), record("evil.ttl")));
    assertThrows(ProtectedGraphException.class, () -> store.replaceGraphs(loads));
    assertThat(IsoMatcher.isomorphic(before, exportAll(store))).isTrue();
  }

  @Test
  void replaceGraphRefusesGraphIrisOutsideTheStoresBase() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> store.replaceGraph("https://example.org/g", geneva(), record(null)));
    assertThat(e).hasMessageContaining("https://example.org/g");
  }

  @Test
  void theOntologySchemesAndMetaGraphsCannotBeWritten() {
    DatasetGraph before = exportAll(store);
    long revision = store.revision();
    Model junk = geneva();

    assertThat(
            assertThrows(
                ProtectedGraphException.class,
                () -> store.replaceGraph(ONTOLOGY, junk, record("x.ttl"))))
        .hasMessageContaining(ONTOLOGY);
    assertThrows(
        ProtectedGraphException.class, () -> store.replaceGraph(META, junk, record("x.ttl")));
    assertThrows(
        ProtectedGraphException.class,
        () -> store.write(ds -> ds.getNamedModel(SCHEMES).add(junk)));
    assertThrows(
        ProtectedGraphException.class,
        () -> store.write(ds -> ds.getNamedModel(ONTOLOGY).removeAll()));
    assertThrows(ProtectedGraphException.class, () -> store.write(ds -> ds.removeNamedModel(META)));
    assertThrows(
        ProtectedGraphException.class,
        () -> store.update("INSERT DATA { GRAPH <" + ONTOLOGY + "> { <urn:x:s> <urn:x:p> 1 } }"));
    assertThrows(ProtectedGraphException.class, () -> store.update("DROP GRAPH <" + SCHEMES + ">"));
    assertThrows(
        ProtectedGraphException.class,
        () -> store.update("DELETE WHERE { GRAPH <" + META + "> { ?s ?p ?o } }"));

    assertThat(store.revision()).isEqualTo(revision);
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
  void writesToTheDefaultGraphGoToGraphDefaultWhichTheUnionShows() {
    store.update("INSERT DATA { <urn:x:s> <urn:x:p> \"by update\" }");
    store.write(
        ds ->
            ds.getDefaultModel()
                .add(
                    ResourceFactory.createResource("urn:x:s"),
                    ResourceFactory.createProperty("urn:x:p"),
                    "by write"));

    Model stored = graph(DEFAULT);
    assertThat(stored.listObjects().toList())
        .extracting(RDFNode::toString)
        .containsExactlyInAnyOrder("by update", "by write");
    assertThat(store.ask("ASK { <urn:x:s> <urn:x:p> \"by write\" }")).isTrue();
    assertThat(store.graphNames()).contains(DEFAULT);
  }

  @Test
  void triplesWrittenPastTheStoreIntoTdb2sOwnDefaultGraphMoveToGraphDefaultOnTheNextWrite() {
    DatasetGraph raw = store.datasetGraph();
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
  void anUpdateSeesTheUnionInItsWhereClause() {
    loadBothSources();
    store.update(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT { <urn:x:count> <urn:x:saw> ?l }"
            + " WHERE { <"
            + BARCELONA
            + "> rdfs:label ?l }");
    assertThat(graph(DEFAULT).listObjects().toList()).hasSize(2);
  }

  @Test
  void clearAllKeepsOnlyTheOntologySchemesAndMeta() {
    loadBothSources();
    store.update("INSERT DATA { <urn:x:s> <urn:x:p> 1 }");

    store.clearAll();

    assertThat(store.graphNames()).containsExactly(META, ONTOLOGY, SCHEMES);
    assertThat(store.loadRecords())
        .extracting(LoadedGraph::graph)
        .containsExactly(ONTOLOGY, SCHEMES);
    assertThat(graph(ONTOLOGY).isIsomorphicWith(HrcgResources.ontology())).isTrue();
  }

  @Test
  void sparqlClearAllAndDropAllKeepTheOntologyAndForgetTheLoads() {
    loadBothSources();
    store.update("CLEAR ALL");
    assertThat(store.graphNames()).containsExactly(META, ONTOLOGY, SCHEMES);
    assertThat(store.loadRecords())
        .extracting(LoadedGraph::graph)
        .containsExactly(ONTOLOGY, SCHEMES);

    loadBothSources();
    store.update("DROP ALL");
    assertThat(store.graphNames()).containsExactly(META, ONTOLOGY, SCHEMES);
    assertThat(graph(SCHEMES).isIsomorphicWith(HrcgResources.schemes())).isTrue();
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

  @Test
  void exportsKeepGraphsApartInQuadFormatsAndLeaveOutVocabularyForDataOnly() {
    loadBothSources();
    DatasetGraph all = exportAll(store);
    assertThat(all.containsGraph(NodeFactory.createURI(ONTOLOGY))).isTrue();
    assertThat(all.containsGraph(NodeFactory.createURI(META))).isTrue();

    String data = exportString(store, Lang.NQUADS, ExportScope.DATA);
    assertThat(data).contains("<" + GENEVA + ">").contains("<" + OTHER + ">");
    assertThat(data).doesNotContain("<" + ONTOLOGY + ">").doesNotContain("<" + META + ">");

    String trig = exportString(store, Lang.TRIG, ExportScope.DATA);
    assertThat(trig).contains("PREFIX hrc:").contains(GENEVA);

    String jsonld = exportString(store, Lang.JSONLD, ExportScope.DATA);
    assertThat(jsonld).contains(OTHER);

    String turtle = exportString(store, Lang.TURTLE, ExportScope.DATA);
    Model union = StoreFixtures.turtle("");
    RDFParser.fromString(turtle, Lang.TURTLE).parse(union);
    assertThat(union.isIsomorphicWith(geneva().union(procurementReport()))).isTrue();
  }

  @Test
  void exportsOneGraphAndRefusesAnUnknownOne() {
    loadBothSources();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.exportGraph(GENEVA, out, Lang.NTRIPLES);
    Model exported = StoreFixtures.turtle("");
    RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NTRIPLES).parse(exported);
    assertThat(exported.isIsomorphicWith(geneva())).isTrue();

    NoSuchElementException e =
        assertThrows(
            NoSuchElementException.class,
            () ->
                store.exportGraph(BASE("graph/nothing"), new ByteArrayOutputStream(), Lang.NQUADS));
    assertThat(e).hasMessageContaining("graph/nothing");
  }

  @Test
  void queryHelpersRefuseTheWrongKindOfQuery() {
    assertThrows(IllegalArgumentException.class, () -> store.select("ASK {}"));
    assertThrows(IllegalArgumentException.class, () -> store.ask("SELECT * {}"));
    assertThrows(IllegalArgumentException.class, () -> store.construct("SELECT * {}"));
    long count =
        store.query(
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
            q -> q.execSelect().next().getLiteral("n").getLong());
    assertThat(count).isPositive();
  }

  @Test
  void graphIrisFollowTheConfiguredBase() {
    try (TdbStore local = TdbStore.inMemory(new IriMinter("http://localhost:8080/"))) {
      assertThat(local.graphNames())
          .containsExactly(
              "http://localhost:8080/graph/meta",
              "http://localhost:8080/graph/ontology",
              "http://localhost:8080/graph/schemes");
      assertThrows(
          IllegalArgumentException.class,
          () -> local.replaceGraph(GENEVA, geneva(), record("geneva.yaml")));
    }
  }

  @Test
  void aClosedStoreRefusesWork() {
    TdbStore closed = TdbStore.inMemory();
    closed.close();
    closed.close();
    assertThat(assertThrows(IllegalStateException.class, closed::revision))
        .hasMessageContaining("closed");
    assertThrows(IllegalStateException.class, () -> closed.read(Dataset::isEmpty));
  }

  private static String BASE(String path) {
    return StoreFixtures.BASE + path;
  }
}
