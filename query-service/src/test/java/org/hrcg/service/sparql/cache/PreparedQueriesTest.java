package org.hrcg.service.sparql.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hrcg.service.sparql.cache.PreparedQueries.Prepared;
import org.junit.jupiter.api.Test;

/** What recent requests came to, remembered by their words, and bounded. */
class PreparedQueriesTest {

  @Test
  void remembersWhatARequestCameToAndThatAnAnswerIsNeverKept() {
    PreparedQueries prepared = new PreparedQueries(10);
    prepared.put("a", new Prepared("digest", "text/csv"));
    prepared.put("b", Prepared.BYPASS);

    assertThat(prepared.get("a")).isEqualTo(new Prepared("digest", "text/csv"));
    assertThat(prepared.get("a").cacheable()).isTrue();
    assertThat(prepared.get("b").cacheable()).isFalse();
    assertThat(prepared.get("c")).isNull();
  }

  @Test
  void forgetsTheLeastRecentlyUsedRequestFirst() {
    PreparedQueries prepared = new PreparedQueries(2);
    prepared.put("a", Prepared.BYPASS);
    prepared.put("b", Prepared.BYPASS);
    prepared.get("a");
    prepared.put("c", Prepared.BYPASS);

    assertThat(prepared.get("b")).isNull();
    assertThat(prepared.get("a")).isNotNull();
    assertThat(prepared.size()).isEqualTo(2);
  }

  @Test
  void refusesToRememberNothing() {
    assertThrows(IllegalArgumentException.class, () -> new PreparedQueries(0));
  }
}
