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
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.vocabulary.RDFS;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.ontology.HrcgResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GraphStore} does, whatever holds its data: the rules of its Javadoc, tested
 * through the interface only. Each implementation's test extends this with a new, empty store.
 */
abstract class GraphStoreContract {

  GraphStore store;

  /** A new, empty store under the base. */
  abstract GraphStore newStore(IriMinter minter);

  @BeforeEach
  void openStore() {
    store = newStore(IriMinter.defaults());
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  void loadBothSources() {
    store.replaceGraph(GENEVA, geneva(), record("geneva.yaml"));
    store.replaceGraph(OTHER, procurementReport(), record("procurement.ttl"));
  }

  Model graph(String iri) {
    return store.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + iri + "> { ?s ?p ?o } }");
  }

  List<String> labelsOfBarcelona() {
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

  static String base(String path) {
    return StoreFixtures.BASE + path;
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
    assertThat(store.ask("ASK { <" + base("id/territory/grigny") + "> ?p ?o }")).isTrue();
    assertThat(store.ask("ASK { <" + base("id/territory/utrecht") + "> ?p ?o }")).isTrue();
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
  void queriesReachEachNamedGraphWithGraphInsideTheUnion() {
    loadBothSources();
    long graphs =
        store.query(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) { ?s a <https://w3id.org/hrcg/ontology#City>"
                + " GRAPH ?g { ?s ?p ?o } }",
            q -> q.execSelect().next().getLiteral("n").getLong());
    assertThat(graphs).as("GRAPH ?g joined with a union pattern").isEqualTo(2);
    assertThat(store.ask("ASK {}")).isTrue();
    assertThat(store.select("SELECT ?x { VALUES ?x { 1 2 } }").size()).isEqualTo(2);
    assertThat(
            store
                .construct("DESCRIBE <" + base("id/territory/barcelona") + ">")
                .listObjectsOfProperty(RDFS.label)
                .toList())
        .as("DESCRIBE reads the union")
        .hasSize(2);
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
    assertThat(store.ask("ASK { <" + base("id/territory/utrecht") + "> ?p ?o }")).isFalse();
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
    assertThat(store.update("INSERT DATA { <urn:x:s> <urn:x:p> 1 }")).isEqualTo(++revision);
    assertThat(store.withdraw("geneva-dialogue-2025")).isTrue();
    assertThat(store.revision()).isEqualTo(++revision);
    assertThat(store.clearAll()).isEqualTo(++revision);
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void anUpdateForTheRevisionItReadRunsOnlyIfNoWriteCameFirst() {
    long read = store.revision();
    store.update("INSERT DATA { <urn:x:s> <urn:x:p> \"first\" }");
    DatasetGraph before = exportAll(store);

    ConcurrentWriteException e =
        assertThrows(
            ConcurrentWriteException.class,
            () ->
                store.update(
                    UpdateFactory.create("INSERT DATA { <urn:x:s> <urn:x:p> \"second\" }"), read));

    assertThat(e.expected()).isEqualTo(read);
    assertThat(e.found()).isEqualTo(read + 1);
    assertThat(e).hasMessageContaining("nothing of it was written");
    assertThat(IsoMatcher.isomorphic(before, exportAll(store))).isTrue();
    assertThat(
            store.update(
                UpdateFactory.create("INSERT DATA { <urn:x:s> <urn:x:p> \"second\" }"), read + 1))
        .isEqualTo(read + 2);
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
  void aLoadThatFitsOneTransactionIsWrittenInOneStep() {
    List<String> started = new ArrayList<>();
    LoadResult result =
        store.load(
            Map.of(
                GENEVA,
                new GraphLoad(geneva(), record("g.yaml")),
                OTHER,
                new GraphLoad(procurementReport(), record("p.ttl"))),
            new LoadListener() {
              @Override
              public void stepStarting(int step, int steps, List<String> graphs) {
                started.add(step + "/" + steps + " " + graphs);
              }
            });

    assertThat(result.steps()).isEqualTo(1);
    assertThat(result.written()).containsExactly(GENEVA, OTHER);
    assertThat(result.resumed()).isEmpty();
    assertThat(result.revision()).isEqualTo(store.revision());
    assertThat(started).containsExactly("1/1 [" + GENEVA + ", " + OTHER + "]");
    assertThat(graph(OTHER).isIsomorphicWith(procurementReport())).isTrue();
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
  void theOntologySchemesAndMetaGraphsCannotBeWrittenByReplaceOrUpdate() {
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
        () -> store.update("INSERT DATA { GRAPH <" + ONTOLOGY + "> { <urn:x:s> <urn:x:p> 1 } }"));
    assertThrows(ProtectedGraphException.class, () -> store.update("DROP GRAPH <" + SCHEMES + ">"));
    assertThrows(
        ProtectedGraphException.class,
        () -> store.update("DELETE WHERE { GRAPH <" + META + "> { ?s ?p ?o } }"));

    assertThat(store.revision()).isEqualTo(revision);
    assertThat(IsoMatcher.isomorphic(before, exportAll(store))).isTrue();
  }

  @Test
  void aTemplateGraphVariableNeverWritesAProtectedGraph() {
    try {
      store.update(
          "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o }"
              + " FILTER(CONTAINS(STR(?g), 'schemes')) }");
    } catch (ProtectedGraphException e) {
      // Refused, or (TDB2's write view) the pattern never binds ?g to a protected graph.
      assertThat(e.graph()).isEqualTo(SCHEMES);
    }
    assertThat(graph(SCHEMES).isIsomorphicWith(HrcgResources.schemes())).isTrue();
  }

  @Test
  void aTemplateGraphVariableMayWriteEveryOtherGraph() {
    loadBothSources();
    store.update(
        "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o }"
            + " FILTER(?g IN (<"
            + OTHER
            + ">)) }");
    assertThat(store.graphNames()).doesNotContain(OTHER).contains(GENEVA);
    assertThat(store.loadRecord(OTHER)).as("the record of a graph emptied by an update").isEmpty();
  }

  @Test
  void writesToTheDefaultGraphGoToGraphDefaultWhichTheUnionShows() {
    store.update("INSERT DATA { <urn:x:s> <urn:x:p> \"by update\" }");
    store.update("INSERT { <urn:x:s> <urn:x:p> \"by template\" } WHERE {}");

    Model stored = graph(DEFAULT);
    assertThat(stored.listObjectsOfProperty(stored.createProperty("urn:x:p")).toList())
        .extracting(RDFNode::toString)
        .containsExactlyInAnyOrder("by update", "by template");
    assertThat(store.ask("ASK { <urn:x:s> <urn:x:p> \"by template\" }")).isTrue();
    assertThat(store.graphNames()).contains(DEFAULT);

    store.update("CLEAR DEFAULT");
    assertThat(store.graphNames()).doesNotContain(DEFAULT).contains(ONTOLOGY);
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
  void addingTheDefaultGraphToAGraphCopiesTheUnion() {
    loadBothSources();
    store.update("ADD DEFAULT TO <" + base("graph/copy") + ">");
    Model copy = graph(base("graph/copy"));
    assertThat(copy.containsAll(geneva())).isTrue();
    assertThat(copy.containsAll(procurementReport())).isTrue();
    store.update("MOVE <" + base("graph/copy") + "> TO <" + base("graph/moved") + ">");
    assertThat(store.graphNames()).doesNotContain(base("graph/copy")).contains(base("graph/moved"));
    assertThrows(
        ProtectedGraphException.class,
        () -> store.update("COPY <" + GENEVA + "> TO <" + ONTOLOGY + ">"));
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
                store.exportGraph(base("graph/nothing"), new ByteArrayOutputStream(), Lang.NQUADS));
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
    try (GraphStore local = newStore(new IriMinter("http://localhost:8080/"))) {
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
    GraphStore closed = newStore(IriMinter.defaults());
    closed.close();
    closed.close();
    assertThat(assertThrows(IllegalStateException.class, closed::revision))
        .hasMessageContaining("closed");
    assertThrows(IllegalStateException.class, () -> closed.update("CLEAR ALL"));
  }
}
