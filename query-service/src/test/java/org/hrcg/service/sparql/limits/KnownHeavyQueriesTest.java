package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KnownHeavyQueriesTest {

  @Test
  void remembersTheExactTextsThatRanLong() {
    KnownHeavyQueries known = new KnownHeavyQueries();

    known.add("SELECT * { ?s a <urn:x:C> }");

    assertThat(known.contains("SELECT * { ?s a <urn:x:C> }")).isTrue();
    assertThat(known.contains("SELECT * { ?s a <urn:x:D> }")).isFalse();
    assertThat(known.contains("SELECT * { ?s a <urn:x:C> } ")).isFalse();
  }

  @Test
  void forgetsTheLeastRecentlySeenPastItsCapacity() {
    KnownHeavyQueries known = new KnownHeavyQueries(2);
    known.add("q1");
    known.add("q2");
    assertThat(known.contains("q1")).isTrue();

    known.add("q3");

    assertThat(known.size()).isEqualTo(2);
    assertThat(known.contains("q2")).as("the least recently seen").isFalse();
    assertThat(known.contains("q1")).isTrue();
    assertThat(known.contains("q3")).isTrue();
  }

  @Test
  void refusesACapacityOfNothing() {
    assertThrows(IllegalArgumentException.class, () -> new KnownHeavyQueries(0));
  }
}
