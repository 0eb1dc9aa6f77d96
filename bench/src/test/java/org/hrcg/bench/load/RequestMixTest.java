package org.hrcg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestMixTest {

  @TempDir Path temp;

  private static RequestMix peersTwiceAsOftenAsSearch() {
    return RequestMix.parse("peers=2, search-all");
  }

  @Test
  void readsKindsWithWeightsInTheOrderGiven() {
    RequestMix mix = RequestMix.parse("search-all=0.5, peers=2,baseline");

    assertThat(mix.weights())
        .containsExactly(
            entry(RequestKind.SEARCH_ALL, 0.5),
            entry(RequestKind.PEERS, 2.0),
            entry(RequestKind.BASELINE, 1.0));
    assertThat(mix).hasToString("search-all=0.5, peers=2, baseline");
  }

  @Test
  void readsAFileWithOneKindALineAndComments() throws IOException {
    Path file = temp.resolve("mix.txt");
    Files.writeString(
        file, "# the cheap yardstick\nbaseline\n\npeers 3  # by weight\nsimilar = 0.25\n");

    RequestMix mix = RequestMix.read("@" + file);

    assertThat(mix.weights())
        .containsExactly(
            entry(RequestKind.BASELINE, 1.0),
            entry(RequestKind.PEERS, 3.0),
            entry(RequestKind.SIMILAR, 0.25));
  }

  @Test
  void rejectsAnUnknownKindNamingTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("peers, serch-text"));

    assertThat(e).hasMessageContaining("'serch-text'").hasMessageContaining("search-text");
  }

  @Test
  void rejectsAKindGivenTwice() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("peers, peers=2"));

    assertThat(e).hasMessageContaining("'peers' given twice");
  }

  @Test
  void rejectsWeightsThatAreNotPositiveNumbers() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("peers=0")))
        .hasMessageContaining("'peers=0'")
        .hasMessageContaining("positive");
    assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("peers=-1"));
    assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("peers=NaN"));
    assertThat(assertThrows(IllegalArgumentException.class, () -> RequestMix.parse("peers=many")))
        .hasMessageContaining("not a number");
  }

  @Test
  void rejectsAMixWithoutKinds() {
    assertThrows(IllegalArgumentException.class, () -> RequestMix.parse(" , # nothing\n"));
  }

  @Test
  void sharesRequestsByWeightAddingUpToTheTotal() {
    assertThat(peersTwiceAsOftenAsSearch().counts(300))
        .containsExactly(entry(RequestKind.PEERS, 200), entry(RequestKind.SEARCH_ALL, 100));
    // 10 by thirds: 3.33 each, and the one left over goes to the kind given first.
    assertThat(RequestMix.parse("similar, baseline, peers").counts(10))
        .containsEntry(RequestKind.SIMILAR, 4)
        .containsEntry(RequestKind.BASELINE, 3)
        .containsEntry(RequestKind.PEERS, 3);
    // Largest remainder: 7 * 0.75 = 5.25 and 7 * 0.25 = 1.75, so 5 and 2.
    assertThat(RequestMix.parse("peers=3, similar").counts(7))
        .containsEntry(RequestKind.PEERS, 5)
        .containsEntry(RequestKind.SIMILAR, 2);
  }

  @Test
  void scheduleHoldsEachKindItsCountInASeededOrder() {
    RequestMix mix = peersTwiceAsOftenAsSearch();

    List<RequestKind> schedule = mix.schedule(300, new SplittableRandom(1));

    assertThat(schedule).hasSize(300);
    assertThat(Collections.frequency(schedule, RequestKind.PEERS)).isEqualTo(200);
    assertThat(Collections.frequency(schedule, RequestKind.SEARCH_ALL)).isEqualTo(100);
    assertThat(schedule.subList(0, 100)).contains(RequestKind.SEARCH_ALL, RequestKind.PEERS);
    assertThat(mix.schedule(300, new SplittableRandom(1))).isEqualTo(schedule);
    assertThat(mix.schedule(300, new SplittableRandom(2))).isNotEqualTo(schedule);
  }

  @Test
  void warmUpSendsEveryKindAlikeWhateverItsWeight() {
    List<RequestKind> warmUp = peersTwiceAsOftenAsSearch().evenSchedule(5, new SplittableRandom(3));

    assertThat(warmUp).hasSize(10);
    assertThat(Map.of(RequestKind.PEERS, Collections.frequency(warmUp, RequestKind.PEERS)))
        .containsEntry(RequestKind.PEERS, 5);
  }

  @Test
  void drawsKindsInProportionToTheirWeights() {
    RequestMix mix = peersTwiceAsOftenAsSearch();
    SplittableRandom random = new SplittableRandom(7);

    int peers = 0;
    for (int i = 0; i < 30_000; i++) {
      if (mix.draw(random) == RequestKind.PEERS) {
        peers++;
      }
    }

    assertThat(peers).isBetween(19_500, 20_500);
  }

  @Test
  void aMixWithoutSomeKindsKeepsTheOthersWeights() {
    RequestMix mix = RequestMix.parse("peers=2, sparql-heavy, linked-data=0.5");

    assertThat(mix.without(java.util.Set.of(RequestKind.SPARQL_HEAVY)).weights())
        .containsExactly(entry(RequestKind.PEERS, 2.0), entry(RequestKind.LINKED_DATA, 0.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> RequestMix.parse("sparql-heavy").without(java.util.Set.of(RequestKind.SPARQL_HEAVY)));
  }
}
