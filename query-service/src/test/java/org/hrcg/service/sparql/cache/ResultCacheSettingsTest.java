package org.hrcg.service.sparql.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.hrcg.service.HrcgProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The cache of answers is on by default, bounded, and each bound is a setting. */
class ResultCacheSettingsTest {

  private static HrcgProperties.Cache bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("hrcg", HrcgProperties.class)
        .cache();
  }

  @Test
  void isOnAndBoundedByDefault() {
    HrcgProperties.Cache cache = bind(Map.of());

    assertThat(cache.enabled()).isTrue();
    assertThat(cache.maxEntries()).isEqualTo(1000);
    assertThat(cache.maxSize()).isEqualTo(DataSize.ofMegabytes(64));
    assertThat(cache.maxEntrySize()).isEqualTo(DataSize.ofMegabytes(4));
  }

  @Test
  void readsEachSettingFromItsProperty() {
    HrcgProperties.Cache cache =
        bind(
            Map.of(
                "hrcg.cache.enabled", "false",
                "hrcg.cache.max-entries", "10",
                "hrcg.cache.max-size", "1MB",
                "hrcg.cache.max-entry-size", "64KB"));

    assertThat(cache.enabled()).isFalse();
    assertThat(cache.maxEntries()).isEqualTo(10);
    assertThat(cache.maxSize()).isEqualTo(DataSize.ofMegabytes(1));
    assertThat(cache.maxEntrySize()).isEqualTo(DataSize.ofKilobytes(64));
  }

  @Test
  void refusesABoundThatWouldHoldNothing() {
    BindException noEntries =
        assertThrows(BindException.class, () -> bind(Map.of("hrcg.cache.max-entries", "0")));

    assertThat(noEntries).rootCause().hasMessageContaining("max-entries", "hrcg.cache.enabled");
  }
}
