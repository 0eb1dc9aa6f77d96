package org.hrcg.service.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The redirect rules for w3id.org send each kind of IRI to the path that serves it. */
class W3idRulesTest {

  /** The file, from the module's folder, where the build runs. */
  static final Path HTACCESS = Path.of("..", "docs", "w3id", ".htaccess");

  /** IRIs of each kind and the path of the service that serves them. */
  static final Map<String, String> EXAMPLES =
      Map.of(
          "https://w3id.org/hrcg/id/territory/barcelona", "/id/territory/barcelona",
          "https://w3id.org/hrcg/id/theme/care", "/id/theme/care",
          "https://w3id.org/hrcg/id/theme", "/id/theme",
          "https://w3id.org/hrcg/graph/geneva-dialogue-2025", "/graph/geneva-dialogue-2025",
          "https://w3id.org/hrcg/ontology#Practice", "/ontology",
          "https://w3id.org/hrcg/ontology/1.0.0", "/ontology/1.0.0",
          "https://w3id.org/hrcg/shapes#PracticeShape", "/ontology/shapes",
          "https://w3id.org/hrcg/void#dataset", "/.well-known/void",
          "https://w3id.org/hrcg/context.jsonld", "/context.jsonld");

  private final W3idRules rules = W3idRules.read(HTACCESS);

  @Test
  void sendsEveryKindOfIriToThePathThatServesIt() {
    EXAMPLES.forEach(
        (iri, path) ->
            assertThat(rules.apply(iri))
                .as(iri)
                .hasValueSatisfying(
                    r -> assertThat(r.location()).isEqualTo(W3idRules.PLACEHOLDER + path)));
  }

  @ParameterizedTest
  @CsvSource({
    "https://w3id.org/hrcg/id/practice/x",
    "https://w3id.org/hrcg/graph/curation",
    "https://w3id.org/hrcg/ontology",
    "https://w3id.org/hrcg/void"
  })
  void answersResourcesWithSeeOtherSoThatNegotiationHappensAtTheService(String iri) {
    assertThat(rules.apply(iri)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(303));
  }

  @Test
  void keepsTheQueryString() {
    assertThat(rules.apply("https://w3id.org/hrcg/id/territory/barcelona?format=ttl"))
        .hasValueSatisfying(
            r ->
                assertThat(r.location())
                    .isEqualTo(W3idRules.PLACEHOLDER + "/id/territory/barcelona?format=ttl"));
  }

  @Test
  void mapsTheBaseItselfToTheHomePage() {
    assertThat(rules.apply("https://w3id.org/hrcg/"))
        .hasValueSatisfying(r -> assertThat(r.location()).isEqualTo(W3idRules.PLACEHOLDER + "/"));
  }
}
