package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.hrcg.service.HrcgProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The limits are on by default, and each is a setting. */
class LimitsSettingsTest {

  private static HrcgProperties.Limits bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("hrcg", HrcgProperties.class)
        .limits();
  }

  @Test
  void everyLimitIsOnByDefault() {
    HrcgProperties.Limits limits = bind(Map.of());

    assertThat(limits.queryTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(limits.maxResultRows()).isEqualTo(100_000);
    assertThat(limits.maxRequestSize()).isEqualTo(DataSize.ofMegabytes(1));
    assertThat(limits.maxUploadSize()).isEqualTo(DataSize.ofMegabytes(64));
    assertThat(limits.concurrentQueries())
        .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
    assertThat(limits.queueSize()).isEqualTo(64);
    assertThat(limits.queueWait()).isEqualTo(Duration.ofSeconds(5));
    assertThat(limits.serviceAllowlist()).isEmpty();
    assertThat(limits.heavyConcurrentQueries()).isEqualTo(1);
    assertThat(limits.heavyTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(limits.heavyAfter()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void readsEachLimitFromItsProperty() {
    HrcgProperties.Limits limits =
        bind(
            Map.of(
                "hrcg.limits.query-timeout", "2s",
                "hrcg.limits.max-result-rows", "500",
                "hrcg.limits.max-request-size", "64KB",
                "hrcg.limits.max-upload-size", "1GB",
                "hrcg.limits.max-concurrent-queries", "3",
                "hrcg.limits.queue-size", "0",
                "hrcg.limits.queue-wait", "250ms",
                "hrcg.limits.service-allowlist", "https://query.wikidata.org/sparql",
                "hrcg.limits.heavy-after", "250ms"));

    assertThat(limits.queryTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(limits.maxResultRows()).isEqualTo(500);
    assertThat(limits.maxRequestSize()).isEqualTo(DataSize.ofKilobytes(64));
    assertThat(limits.maxUploadSize()).isEqualTo(DataSize.ofGigabytes(1));
    assertThat(limits.concurrentQueries()).isEqualTo(3);
    assertThat(limits.queueSize()).isZero();
    assertThat(limits.queueWait()).isEqualTo(Duration.ofMillis(250));
    assertThat(limits.serviceAllowlist()).containsExactly("https://query.wikidata.org/sparql");
    assertThat(limits.heavyAfter()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void refusesALimitThatWouldSwitchItselfOff() {
    BindException zeroTimeout =
        assertThrows(BindException.class, () -> bind(Map.of("hrcg.limits.query-timeout", "0s")));
    BindException noRows =
        assertThrows(BindException.class, () -> bind(Map.of("hrcg.limits.max-result-rows", "0")));

    BindException zeroHeavyAfter =
        assertThrows(BindException.class, () -> bind(Map.of("hrcg.limits.heavy-after", "0s")));

    assertThat(zeroTimeout).rootCause().hasMessageContaining("query-timeout");
    assertThat(zeroHeavyAfter).rootCause().hasMessageContaining("heavy-after");
    assertThat(noRows).rootCause().hasMessageContaining("max-result-rows");
  }

  @Test
  void theJsonApiLimitsAreOnByDefaultAndSettable() {
    HrcgProperties.Limits defaults = bind(Map.of());
    assertThat(defaults.searchTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.indexWait()).isEqualTo(Duration.ofSeconds(30));

    HrcgProperties.Limits set =
        bind(Map.of("hrcg.limits.search-timeout", "3s", "hrcg.limits.index-wait", "500ms"));
    assertThat(set.searchTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(set.indexWait()).isEqualTo(Duration.ofMillis(500));

    BindException off =
        assertThrows(BindException.class, () -> bind(Map.of("hrcg.limits.index-wait", "0s")));
    assertThat(off).rootCause().hasMessageContaining("index-wait");
  }

  @Test
  void describesLimitsAsPeopleReadThem() {
    assertThat(Units.duration(Duration.ofSeconds(30))).isEqualTo("30 s");
    assertThat(Units.duration(Duration.ofMillis(1500))).isEqualTo("1500 ms");
    assertThat(Units.duration(Duration.ofMinutes(2))).isEqualTo("2 min");
    assertThat(Units.bytes(DataSize.ofMegabytes(64).toBytes())).isEqualTo("64 MB");
    assertThat(Units.bytes(64 * 1024)).isEqualTo("64 KB");
    assertThat(Units.bytes(1000)).isEqualTo("1000 bytes");
  }
}
