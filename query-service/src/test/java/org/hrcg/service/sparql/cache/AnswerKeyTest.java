package org.hrcg.service.sparql.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The identity of an answer, and its entity tag. */
class AnswerKeyTest {

  private static final List<String> PARTS =
      List.of("writer", "SELECT * { ?s ?p ?o }", "application/sparql-results+json");

  @Test
  void theSamePartsAtTheSameRevisionMakeTheSameKey() {
    assertThat(AnswerKey.of(7, PARTS)).isEqualTo(AnswerKey.of(7, List.copyOf(PARTS)));
  }

  @Test
  void everyPartAndTheRevisionCount() {
    AnswerKey key = AnswerKey.of(7, PARTS);

    assertThat(AnswerKey.of(8, PARTS)).isNotEqualTo(key);
    assertThat(AnswerKey.of(8, PARTS).digest()).isEqualTo(key.digest());
    assertThat(AnswerKey.of(7, List.of("writer", "SELECT * { ?s ?p ?o }", "text/csv")).digest())
        .isNotEqualTo(key.digest());
  }

  @Test
  void partsDoNotRunTogether() {
    assertThat(AnswerKey.of(1, List.of("ab", "c")).digest())
        .isNotEqualTo(AnswerKey.of(1, List.of("a", "bc")).digest());
  }

  @Test
  void theEntityTagIsStrongAndNamesTheRevision() {
    String etag = AnswerKey.of(12, PARTS).etag();

    assertThat(etag).startsWith("\"12-").endsWith("\"").doesNotStartWith("W/");
    assertThat(etag.substring(1, etag.length() - 1)).matches("12-[A-Za-z0-9_-]{43}");
  }

  @Test
  void ifNoneMatchNamesTheTagAloneInAListOrAsWeak() {
    AnswerKey key = AnswerKey.of(3, PARTS);
    String etag = key.etag();

    assertThat(key.matchedBy(etag)).isTrue();
    assertThat(key.matchedBy("\"1-other\", " + etag)).isTrue();
    assertThat(key.matchedBy("W/" + etag)).isTrue();
    assertThat(key.matchedBy(AnswerKey.of(4, PARTS).etag())).isFalse();
    assertThat(key.matchedBy("*")).isFalse();
    assertThat(key.matchedBy("")).isFalse();
    assertThat(key.matchedBy(null)).isFalse();
  }
}
