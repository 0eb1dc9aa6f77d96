package org.hrcg.service.sparql.limits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What operators see of the SPARQL endpoint at {@code /actuator/prometheus}:
 *
 * <ul>
 *   <li>{@code hrcg_sparql_queries_seconds} (count, sum, max) by {@code outcome}: {@code ok},
 *       {@code truncated}, {@code timeout}, {@code refused}, {@code error}; the time from the
 *       query's start (after any wait in the queue) until its answer is written;
 *   <li>{@code hrcg_sparql_rejections_total} by {@code reason} (see {@link Reason}): every request
 *       a limit refused or cut;
 *   <li>{@code hrcg_sparql_heavy_total} by {@code cause}: the queries sent to the heavy lane, for
 *       their shape ({@code shape}, {@link QueryCost}), because the same text ran long before
 *       ({@code known}), or moved there because they ran longer than {@code
 *       hrcg.limits.heavy-after} in the standard lane ({@code ran-long});
 *   <li>{@code hrcg_sparql_running} and {@code hrcg_sparql_waiting}: the queries running now and
 *       waiting for their turn.
 * </ul>
 *
 * Every series exists from the start, at zero, so that dashboards and alerts need no special case.
 */
final class SparqlMetrics {

  static final String QUERIES = "hrcg.sparql.queries";
  static final String REJECTIONS = "hrcg.sparql.rejections";
  static final String HEAVY = "hrcg.sparql.heavy";
  static final String RUNNING = "hrcg.sparql.running";
  static final String WAITING = "hrcg.sparql.waiting";

  /** How a query ended. */
  enum Outcome {
    OK,
    TRUNCATED,
    TIMEOUT,
    REFUSED,
    ERROR;

    String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Why a query runs in the heavy lane. */
  enum Heavy {
    SHAPE("shape"),
    KNOWN("known"),
    RAN_LONG("ran-long");

    private final String tag;

    Heavy(String tag) {
      this.tag = tag;
    }

    String tag() {
      return tag;
    }
  }

  private final MeterRegistry registry;
  private final Map<Outcome, Timer> queries = new EnumMap<>(Outcome.class);
  private final Map<Reason, Counter> rejections = new EnumMap<>(Reason.class);
  private final Map<Heavy, Counter> heavy = new EnumMap<>(Heavy.class);

  SparqlMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    for (Outcome outcome : Outcome.values()) {
      queries.put(
          outcome,
          Timer.builder(QUERIES)
              .description("SPARQL queries, from their start until their answer is written")
              .tag("outcome", outcome.tag())
              .register(registry));
    }
    for (Reason reason : Reason.values()) {
      rejections.put(
          reason,
          Counter.builder(REJECTIONS)
              .description("Requests that a limit refused or whose result it cut")
              .tag("reason", reason.tag())
              .register(registry));
    }
    for (Heavy cause : Heavy.values()) {
      heavy.put(
          cause,
          Counter.builder(HEAVY)
              .description("SPARQL queries sent to the heavy lane, by why")
              .tag("cause", cause.tag())
              .register(registry));
    }
  }

  void query(Outcome outcome, long nanos) {
    queries.get(outcome).record(nanos, TimeUnit.NANOSECONDS);
  }

  void rejected(Reason reason) {
    rejections.get(reason).increment();
  }

  void heavy(Heavy cause) {
    heavy.get(cause).increment();
  }

  /** Publishes the occupancy of the queries' admission. */
  void occupancy(Admission admission) {
    Gauge.builder(RUNNING, admission, Admission::running)
        .description("SPARQL queries running now")
        .register(registry);
    Gauge.builder(WAITING, admission, Admission::waiting)
        .description("SPARQL queries waiting for their turn")
        .register(registry);
  }
}
