package org.hrcg.service.sparql.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The answers held: bounded by number and bytes, and of the newest revision only. */
class ResultCacheTest {

  private static CachedAnswer answer(long revision, String key, int bytes) {
    return new CachedAnswer(
        revision,
        key,
        "application/sparql-results+json",
        List.of(new CachedAnswer.Header("Hrcg-Result-Truncated", "true")),
        new byte[bytes]);
  }

  @Test
  void holdsAnAnswerForItsRevision() {
    ResultCache cache = new ResultCache(10, 1000, 100);
    assertThat(cache.put(answer(5, "a", 10))).isTrue();

    assertThat(cache.get(5, "a")).hasValueSatisfying(a -> assertThat(a.body()).hasSize(10));
    assertThat(cache.get(5, "b")).isEmpty();
  }

  @Test
  void aNewerRevisionDropsEveryAnswer() {
    ResultCache cache = new ResultCache(10, 1000, 100);
    cache.put(answer(5, "a", 10));
    cache.put(answer(5, "b", 10));

    assertThat(cache.get(6, "a")).isEmpty();
    assertThat(cache.entries()).isZero();
    assertThat(cache.bytes()).isZero();
    assertThat(cache.invalidations()).isEqualTo(1);
    assertThat(cache.get(5, "a")).as("an older revision is never served again").isEmpty();
  }

  @Test
  void anAnswerOfAnOlderRevisionIsNotKept() {
    ResultCache cache = new ResultCache(10, 1000, 100);
    cache.get(6, "a");

    assertThat(cache.put(answer(5, "a", 10))).isFalse();
    assertThat(cache.entries()).isZero();
  }

  @Test
  void keepsAtMostItsNumberOfAnswersDroppingTheLeastRecentlyUsed() {
    ResultCache cache = new ResultCache(2, 1000, 100);
    cache.put(answer(1, "a", 10));
    cache.put(answer(1, "b", 10));
    cache.get(1, "a");
    cache.put(answer(1, "c", 10));

    assertThat(cache.get(1, "b")).as("least recently used").isEmpty();
    assertThat(cache.get(1, "a")).isPresent();
    assertThat(cache.get(1, "c")).isPresent();
    assertThat(cache.entries()).isEqualTo(2);
    assertThat(cache.evictions()).isEqualTo(1);
  }

  @Test
  void keepsAtMostItsBytes() {
    ResultCache cache = new ResultCache(10, 100, 60);
    cache.put(answer(1, "a", 40));
    cache.put(answer(1, "b", 40));
    cache.put(answer(1, "c", 40));

    assertThat(cache.get(1, "a")).isEmpty();
    assertThat(cache.bytes()).isEqualTo(80);
    assertThat(cache.entries()).isEqualTo(2);
  }

  @Test
  void neverKeepsAnAnswerLargerThanAnEntryMayBe() {
    ResultCache cache = new ResultCache(10, 1000, 50);

    assertThat(cache.put(answer(1, "a", 51))).isFalse();
    assertThat(cache.put(answer(1, "b", 50))).isTrue();
    assertThat(cache.bytes()).isEqualTo(50);
  }

  @Test
  void anEntryIsNoLargerThanTheWholeCache() {
    assertThat(new ResultCache(10, 100, 1000).maxEntryBytes()).isEqualTo(100);
  }

  @Test
  void replacingAnAnswerCountsItsBytesOnce() {
    ResultCache cache = new ResultCache(10, 1000, 100);
    cache.put(answer(1, "a", 40));
    cache.put(answer(1, "a", 30));

    assertThat(cache.bytes()).isEqualTo(30);
    assertThat(cache.entries()).isEqualTo(1);
  }

  @Test
  void refusesBoundsThatWouldHoldNothing() {
    assertThrows(IllegalArgumentException.class, () -> new ResultCache(0, 100, 10));
    assertThrows(IllegalArgumentException.class, () -> new ResultCache(1, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> new ResultCache(1, 100, 0));
  }
}
