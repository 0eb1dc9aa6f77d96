package org.hrcg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RequestKindTest {

  private static Targets barcelonaAndUtrecht() {
    return new Targets(
        List.of("barcelona", "utrecht"),
        1,
        List.of("barcelona-human-rights-procurement"),
        List.of("utrecht/social-economy"),
        List.of("procurement"),
        List.of("violence", "women"));
  }

  @Test
  void labelsAreLowerCaseWithHyphensAndReadBack() {
    assertThat(RequestKind.SEARCH_TEXT_BROAD.label()).isEqualTo("search-text-broad");
    for (RequestKind kind : RequestKind.values()) {
      assertThat(RequestKind.of(kind.label())).isEqualTo(kind);
    }
    assertThrows(IllegalArgumentException.class, () -> RequestKind.of("SEARCH_ALL"));
  }

  @Test
  void pathsNameWhatTheTargetsHold() {
    SplittableRandom random = new SplittableRandom(5);
    Targets targets = barcelonaAndUtrecht();

    assertThat(RequestKind.PEERS.path(targets, random))
        .matches("/api/territories/(barcelona|utrecht)/peers");
    assertThat(RequestKind.PEERS_THEME.path(targets, random))
        .isEqualTo("/api/territories/utrecht/peers?theme=social-economy");
    assertThat(RequestKind.SIMILAR.path(targets, random))
        .isEqualTo("/api/practices/barcelona-human-rights-procurement/similar");
    assertThat(RequestKind.SEARCH_FACETS.path(targets, random))
        .isEqualTo("/api/practices?theme=procurement");
    assertThat(RequestKind.SEARCH_ALL.path(targets, random)).isEqualTo("/api/practices");
    assertThat(RequestKind.TERRITORIES.path(targets, random)).isEqualTo("/api/territories?page=1");
  }

  @Test
  void textSearchSendsOneOrTwoWordsFormEncoded() {
    SplittableRandom random = new SplittableRandom(9);
    Targets targets = barcelonaAndUtrecht();

    List<String> paths =
        java.util.stream.IntStream.range(0, 50)
            .mapToObj(i -> RequestKind.SEARCH_TEXT.path(targets, random))
            .toList();

    assertThat(paths)
        .allMatch(p -> p.matches("/api/practices\\?q=(violence|women)(\\+(violence|women))?"));
    assertThat(paths).anyMatch(p -> p.contains("+")).anyMatch(p -> !p.contains("+"));
  }

  @Test
  void aKindWithNothingToChooseFromSaysWhich() {
    Targets none = new Targets(List.of(), 0, List.of(), List.of(), List.of(), List.of());

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> RequestKind.SIMILAR.path(none, new SplittableRandom(1)));

    assertThat(e).hasMessageContaining("similar");
    assertThat(RequestKind.BASELINE.path(none, new SplittableRandom(1)))
        .isEqualTo("/actuator/health");
  }
}
