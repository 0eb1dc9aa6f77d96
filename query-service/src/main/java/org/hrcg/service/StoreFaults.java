package org.hrcg.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.StoreFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How the service answers a write that the store's directory refused ({@link StoreFault}): {@code
 * 503 Service Unavailable} while the store is read-only, {@code 507 Insufficient Storage} when it
 * has no room; both with a problem body whose {@code reason} is the fault's tag ({@code
 * store-read-only}, {@code store-full}). What operators see at {@code /actuator/prometheus}:
 *
 * <ul>
 *   <li>{@code hrcg_store_read_only}: 1 while the store is served read-only, 0 otherwise;
 *   <li>{@code hrcg_store_write_faults_total} by {@code reason}: writes the store's directory
 *       refused.
 * </ul>
 *
 * A write refused for want of room is logged as one line at {@code WARN}, naming the directory and
 * the cause; one refused because the store is read-only is not (the line at startup said so).
 */
@Component
public class StoreFaults {

  static final String READ_ONLY = "hrcg.store.read.only";
  static final String WRITE_FAULTS = "hrcg.store.write.faults";

  private static final Logger LOG = LoggerFactory.getLogger(StoreFaults.class);

  private final GraphStore store;
  private final Map<StoreFault.Kind, Counter> faults = new EnumMap<>(StoreFault.Kind.class);

  StoreFaults(GraphStore store, MeterRegistry registry) {
    this.store = Objects.requireNonNull(store, "store");
    Gauge.builder(READ_ONLY, store, s -> s.readOnly().isPresent() ? 1 : 0)
        .description("1 while the store is served read-only: every write is refused")
        .register(registry);
    for (StoreFault.Kind kind : StoreFault.Kind.values()) {
      faults.put(
          kind,
          Counter.builder(WRITE_FAULTS)
              .description("Writes that the store's directory refused")
              .tag("reason", kind.tag())
              .register(registry));
    }
  }

  /** Why every write is refused, while the store is served read-only. */
  public Optional<StoreFault> readOnly() {
    return store.readOnly();
  }

  /** The status a write refused for this fault answers with. */
  public static int status(StoreFault fault) {
    return fault.kind() == StoreFault.Kind.FULL ? 507 : 503;
  }

  /** The reason phrase of {@link #status}. */
  public static String title(StoreFault fault) {
    return fault.kind() == StoreFault.Kind.FULL ? "Insufficient Storage" : "Service Unavailable";
  }

  /** Counts a write that the store refused, and logs one that found no room. */
  public void refused(StoreFault fault) {
    faults.get(fault.kind()).increment();
    if (fault.kind() == StoreFault.Kind.FULL) {
      LOG.warn("write refused: {}; nothing of it was written", fault.message());
    }
  }
}
