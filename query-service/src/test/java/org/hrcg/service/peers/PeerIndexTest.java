package org.hrcg.service.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hrcg.model.store.TdbStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The similarity's arithmetic on a tiny hand-built graph. */
class PeerIndexTest {

  static final String ID = "https://w3id.org/hrcg/id/";

  TdbStore store;

  @BeforeEach
  void open() {
    store = TdbStore.inMemory();
    // Territories a, b, c, d. A joint statement names a, b and c (k = 3); each has a practice
    // stated in it, on theme care. a and d have paired practices on procurement; d also has care
    // on its own (weight 1).
    store.update(
        """
        PREFIX hrc: <https://w3id.org/hrcg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX t: <https://w3id.org/hrcg/id/territory/>
        PREFIX p: <https://w3id.org/hrcg/id/practice/>
        PREFIX theme: <https://w3id.org/hrcg/id/theme/>
        PREFIX s: <https://w3id.org/hrcg/id/statement/>
        INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/tiny> {
          t:a a hrc:City . t:b a hrc:City . t:c a hrc:City . t:d a hrc:City .
          s:joint hrc:territory t:a , t:b , t:c .
          p:a-care a hrc:Practice ; hrc:territory t:a ; hrc:theme theme:care ; hrc:statedIn s:joint .
          p:b-care a hrc:Practice ; hrc:territory t:b ; hrc:theme theme:care ; hrc:statedIn s:joint .
          p:c-care a hrc:Practice ; hrc:territory t:c ; hrc:theme theme:care ; hrc:statedIn s:joint .
          p:d-care a hrc:Practice ; hrc:territory t:d ; hrc:theme theme:care .
          p:a-proc a hrc:Practice ; hrc:territory t:a ; hrc:theme theme:procurement ;
            hrc:pairedWith p:d-proc .
          p:d-proc a hrc:Practice ; hrc:territory t:d ; hrc:theme theme:procurement ;
            hrc:pairedWith p:a-proc .
        } }
        """);
  }

  @AfterEach
  void close() {
    store.close();
  }

  PeerIndex index() {
    return PeerIndex.build(store, store.revision(), "https://w3id.org/hrcg/");
  }

  @Test
  void jointStatementEvidenceIsDividedAmongTheTerritoriesItNames() {
    PeerIndex index = index();
    assertThat(index.territoriesWithPractices()).isEqualTo(4);
    assertThat(index.weight(ID + "practice/a-care")).isEqualTo(1.0 / 3);
    assertThat(index.weight(ID + "practice/d-care")).isEqualTo(1.0);
    double idfCare = Math.log(1 + 4.0 / 4);
    double idfProcurement = Math.log(1 + 4.0 / 2);
    List<PeerIndex.Peer> peers = index.peers(ID + "territory/a", null, 10);
    assertThat(peers)
        .extracting(PeerIndex.Peer::territory)
        .containsExactly(ID + "territory/d", ID + "territory/b", ID + "territory/c");
    // b: care only, both sides from the joint statement: idf * 1/3 * 1/3
    assertThat(peers.get(1).score()).isCloseTo(idfCare / 9, within(1e-12));
    // d: care (1/3 * 1) + procurement and its broader theme rights-based-economy (1 * 1 each,
    // both with df 2) + one pairing
    assertThat(peers.get(0).score())
        .isCloseTo(idfCare / 3 + 2 * idfProcurement + PeerIndex.PAIRING_BONUS, within(1e-12));
    assertThat(peers.get(0).concepts())
        .extracting(PeerIndex.SharedConcept::concept)
        .containsExactlyInAnyOrder(
            ID + "theme/procurement", ID + "theme/rights-based-economy", ID + "theme/care");
    assertThat(peers.get(0).pairings()).hasSize(1);
    assertThat(peers.get(0).concepts().get(2).concept()).isEqualTo(ID + "theme/care");
  }

  @Test
  void aThemeFilterKeepsOnlyItsPractices() {
    PeerIndex index = index();
    List<PeerIndex.Peer> peers = index.peers(ID + "territory/a", ID + "theme/procurement", 10);
    assertThat(peers).extracting(PeerIndex.Peer::territory).containsExactly(ID + "territory/d");
    assertThat(peers.get(0).score())
        .isCloseTo(2 * Math.log(1 + 4.0 / 2) + PeerIndex.PAIRING_BONUS, within(1e-12));
  }

  @Test
  void inspirationsCountFullyAndSharedNetworksALittle() {
    store.update(
        """
        PREFIX hrc: <https://w3id.org/hrcg/ontology#>
        PREFIX t: <https://w3id.org/hrcg/id/territory/>
        PREFIX p: <https://w3id.org/hrcg/id/practice/>
        PREFIX actor: <https://w3id.org/hrcg/id/actor/>
        INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/tiny> {
          p:c-care hrc:inspired t:a .
          actor:a-government hrc:governs t:a ; hrc:memberOf actor:network .
          actor:b-ngo hrc:territory t:b ; hrc:memberOf actor:network .
        } }
        """);
    PeerIndex index = index();
    double care = Math.log(1 + 4.0 / 4) / 9;
    List<PeerIndex.Peer> peers = index.peers(ID + "territory/a", null, 10);
    PeerIndex.Peer b = peers.stream().filter(p -> p.territory().endsWith("/b")).findFirst().get();
    PeerIndex.Peer c = peers.stream().filter(p -> p.territory().endsWith("/c")).findFirst().get();
    assertThat(b.score()).isCloseTo(care + PeerIndex.NETWORK_BONUS, within(1e-12));
    assertThat(b.networks()).containsExactly(ID + "actor/network");
    assertThat(c.score()).isCloseTo(care + PeerIndex.INSPIRATION_BONUS, within(1e-12));
    assertThat(c.inspirations()).hasSize(1);
    // the same with a theme filter: networks are left out, the inspiration's practice has care
    List<PeerIndex.Peer> filtered = index.peers(ID + "territory/a", ID + "theme/care", 10);
    assertThat(
            filtered.stream().filter(p -> p.territory().endsWith("/b")).findFirst().get().score())
        .isCloseTo(care, within(1e-12));
    assertThat(
            filtered.stream().filter(p -> p.territory().endsWith("/c")).findFirst().get().score())
        .isCloseTo(care + PeerIndex.INSPIRATION_BONUS, within(1e-12));
  }

  @Test
  void similarPracticesScoreEachSharedConcept() {
    PeerIndex index = index();
    List<PeerIndex.SimilarPractice> similar = index.similar(ID + "practice/a-proc", 10);
    assertThat(similar)
        .extracting(PeerIndex.SimilarPractice::practice)
        .containsExactly(ID + "practice/d-proc");
    assertThat(similar.get(0).score()).isCloseTo(2 * Math.log(1 + 4.0 / 2), within(1e-12));
    List<PeerIndex.SimilarPractice> care = index.similar(ID + "practice/a-care", 10);
    // d-care (weight 1) before b-care and c-care (1/3), never a's own practices
    assertThat(care)
        .extracting(PeerIndex.SimilarPractice::practice)
        .containsExactly(ID + "practice/d-care", ID + "practice/b-care", ID + "practice/c-care");
    assertThat(care.get(0).score()).isCloseTo(Math.log(2) / 3, within(1e-12));
    assertThat(care.get(1).score()).isCloseTo(Math.log(2) / 9, within(1e-12));
  }

  @Test
  void theIndexFollowsTheRevision() {
    PeerIndexes indexes = new PeerIndexes(store, "https://w3id.org/hrcg/");
    PeerIndex first = indexes.get();
    assertThat(indexes.get()).isSameAs(first);
    store.update(
        "INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/tiny> {"
            + " <https://w3id.org/hrcg/id/practice/e> a <https://w3id.org/hrcg/ontology#Practice> ;"
            + " <https://w3id.org/hrcg/ontology#territory> <https://w3id.org/hrcg/id/territory/e> } }");
    PeerIndex second = indexes.get();
    assertThat(second).isNotSameAs(first);
    assertThat(second.territoriesWithPractices()).isEqualTo(5);
  }
}
