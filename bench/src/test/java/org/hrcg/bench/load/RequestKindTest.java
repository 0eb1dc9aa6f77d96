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
        List.of("violence", "women"),
        "/sparql",
        List.of(new NamedQuery("11-mayor-of-grigny", "SELECT * { ?s ?p ?o } LIMIT 1")),
        List.of(new NamedQuery("everything", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")));
  }

  private static String path(RequestKind kind, Targets targets, SplittableRandom random) {
    return kind.request(targets, random).path();
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

    assertThat(path(RequestKind.PEERS, targets, random))
        .matches("/api/territories/(barcelona|utrecht)/peers");
    assertThat(path(RequestKind.PEERS_THEME, targets, random))
        .isEqualTo("/api/territories/utrecht/peers?theme=social-economy");
    assertThat(path(RequestKind.SIMILAR, targets, random))
        .isEqualTo("/api/practices/barcelona-human-rights-procurement/similar");
    assertThat(path(RequestKind.SEARCH_FACETS, targets, random))
        .isEqualTo("/api/practices?theme=procurement");
    assertThat(path(RequestKind.SEARCH_ALL, targets, random)).isEqualTo("/api/practices");
    assertThat(path(RequestKind.TERRITORIES, targets, random)).isEqualTo("/api/territories?page=1");
  }

  @Test
  void textSearchSendsOneOrTwoWordsFormEncoded() {
    SplittableRandom random = new SplittableRandom(9);
    Targets targets = barcelonaAndUtrecht();

    List<String> paths =
        java.util.stream.IntStream.range(0, 50)
            .mapToObj(i -> path(RequestKind.SEARCH_TEXT, targets, random))
            .toList();

    assertThat(paths)
        .allMatch(p -> p.matches("/api/practices\\?q=(violence|women)(\\+(violence|women))?"));
    assertThat(paths).anyMatch(p -> p.contains("+")).anyMatch(p -> !p.contains("+"));
  }

  @Test
  void aKindWithNothingToChooseFromSaysWhich() {
    Targets none =
        new Targets(
            List.of(), 0, List.of(), List.of(), List.of(), List.of(), "/sparql", List.of(),
            List.of());

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> RequestKind.SIMILAR.request(none, new SplittableRandom(1)));

    assertThat(e).hasMessageContaining("similar");
    assertThat(
            assertThrows(
                IllegalStateException.class,
                () -> RequestKind.SPARQL_HEAVY.request(none, new SplittableRandom(1))))
        .hasMessageContaining("sparql-heavy");
    assertThat(path(RequestKind.BASELINE, none, new SplittableRandom(1)))
        .isEqualTo("/actuator/health");
  }

  @Test
  void sparqlKindsSendTheirQueryEncodedAndAskForJsonResults() {
    Request cheap =
        RequestKind.SPARQL_CHEAP.request(barcelonaAndUtrecht(), new SplittableRandom(1));
    Request heavy =
        RequestKind.SPARQL_HEAVY.request(barcelonaAndUtrecht(), new SplittableRandom(1));

    assertThat(cheap.path()).isEqualTo("/sparql?query=SELECT+*+%7B+%3Fs+%3Fp+%3Fo+%7D+LIMIT+1");
    assertThat(cheap.accept()).isEqualTo("application/sparql-results+json");
    assertThat(cheap.shown()).isEqualTo("/sparql?query=<11-mayor-of-grigny>");
    assertThat(heavy.shown()).isEqualTo("/sparql?query=<everything>");
  }

  @Test
  void sparqlPathMayCarryParametersOfItsOwn() {
    Targets fuseki =
        new Targets(
            List.of(),
            0,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "/ds/query?default-graph-uri=urn:x-arq:UnionGraph",
            List.of(new NamedQuery("ask", "ASK {}")),
            List.of());

    assertThat(RequestKind.SPARQL_CHEAP.request(fuseki, new SplittableRandom(1)).path())
        .isEqualTo("/ds/query?default-graph-uri=urn:x-arq:UnionGraph&query=ASK+%7B%7D");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Targets(
                List.of(), 0, List.of(), List.of(), List.of(), List.of(), "sparql", List.of(),
                List.of()));
  }

  @Test
  void linkedDataAsksForTerritoriesAndPracticesAsHtmlOrTurtle() {
    SplittableRandom random = new SplittableRandom(3);
    Targets targets = barcelonaAndUtrecht();

    List<Request> requests =
        java.util.stream.IntStream.range(0, 100)
            .mapToObj(i -> RequestKind.LINKED_DATA.request(targets, random))
            .toList();

    assertThat(requests)
        .extracting(Request::path)
        .allMatch(
            p ->
                p.matches("/id/territory/(barcelona|utrecht)")
                    || p.equals("/id/practice/barcelona-human-rights-procurement"))
        .anyMatch(p -> p.startsWith("/id/territory/"))
        .anyMatch(p -> p.startsWith("/id/practice/"));
    assertThat(requests)
        .extracting(Request::accept)
        .containsOnly("text/html", "text/turtle")
        .contains("text/html", "text/turtle");
  }

  @Test
  void jsonKindsAskForJson() {
    assertThat(RequestKind.PEERS.request(barcelonaAndUtrecht(), new SplittableRandom(1)).accept())
        .isEqualTo("application/json");
  }
}
