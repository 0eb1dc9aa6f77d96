package org.hrcg.service.peers.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.hrcg.model.store.TdbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text index on a small store: what a hit maps to, accents, and when it is rebuilt. */
class TextIndexTest {

  static final String ID = "https://w3id.org/hrcg/id/";

  TdbStore store;

  @BeforeEach
  void load() {
    store = TdbStore.inMemory();
    store.update(
        """
        PREFIX hrc: <https://w3id.org/hrcg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/test> {
          <https://w3id.org/hrcg/id/practice/care-network> a hrc:Practice ;
            rdfs:label "Care network"@en ; dcterms:description "A network of care for care workers"@en .
          <https://w3id.org/hrcg/id/statement/s> a hrc:Statement ; hrc:quote "xylophonic harmony"@en .
          <https://w3id.org/hrcg/id/practice/quoted> a hrc:Practice ;
            rdfs:label "Quoted practice"@en ; hrc:statedIn <https://w3id.org/hrcg/id/statement/s> .
          <https://w3id.org/hrcg/id/territory/geneva> a hrc:Territory ;
            rdfs:label "Geneva"@en, "Genève"@fr .
          <https://w3id.org/hrcg/id/practice/in-geneva> a hrc:Practice ;
            rdfs:label "Something in a city"@en ; hrc:territory <https://w3id.org/hrcg/id/territory/geneva> .
        } }
        """);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aQuoteFindsThePracticesStatedInIt() throws Exception {
    try (TextIndex index = new TextIndex(store, null)) {
      assertThat(index.search("xylophonic").keySet()).containsExactly(ID + "practice/quoted");
    }
  }

  @Test
  void accentsAreFoldedAndTerritoryLabelsFindTheirPractices() throws Exception {
    try (TextIndex index = new TextIndex(store, null)) {
      assertThat(index.search("geneve").keySet()).containsExactly(ID + "practice/in-geneva");
      assertThat(index.search("GENÈVE").keySet()).containsExactly(ID + "practice/in-geneva");
    }
  }

  @Test
  void directHitsRankFirstAndNoWordFindsNothing() throws Exception {
    try (TextIndex index = new TextIndex(store, null)) {
      Map<String, Double> found = index.search("care");
      assertThat(found.keySet()).first().isEqualTo(ID + "practice/care-network");
      assertThat(index.search("  ,;  ")).isEmpty();
      assertThat(index.search("AND OR ( \" *")).isEmpty();
    }
  }

  @Test
  void anIndexOnDiskIsReusedAtTheSameRevisionAndRebuiltAfterAWrite(@TempDir Path directory)
      throws Exception {
    Path text = directory.resolve("store-text");
    try (TextIndex index = new TextIndex(store, text)) {
      index.search("care");
      assertThat(index.builds()).isEqualTo(1);
    }
    try (TextIndex index = new TextIndex(store, text)) {
      assertThat(index.search("care")).isNotEmpty();
      assertThat(index.builds()).isZero();
      store.update(
          """
          PREFIX hrc: <https://w3id.org/hrcg/ontology#>
          PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
          INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/test> {
            <https://w3id.org/hrcg/id/practice/new> a hrc:Practice ; rdfs:label "Quokka plan"@en .
          } }
          """);
      assertThat(index.search("quokka").keySet()).containsExactly(ID + "practice/new");
      assertThat(index.builds()).isEqualTo(1);
      assertThat(index.revision()).isEqualTo(store.revision());
    }
  }
}
