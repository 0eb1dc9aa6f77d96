package org.hrcg.service.sparql.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Queries and Graph Store Protocol reads run only in their turn ({@link Admission}); a request that
 * gets none is answered {@code 429 Too Many Requests} with {@code Retry-After}. Updates and writes
 * are not queued here: the store runs one write at a time anyway, and only the admin may send them.
 * A query answered from the cache of answers ({@code sparql.cache}) is answered before this filter,
 * and takes no turn.
 *
 * <p>There are two lanes. A query that is heavy by its shape ({@link QueryCost}), or whose text ran
 * long before ({@link KnownHeavyQueries}), waits and runs in the heavy lane, with its shorter
 * timeout; everything else in the standard lane. The turn a request holds is its {@link Seat}: a
 * query that runs longer than {@code hrcg.limits.heavy-after} in the standard lane moves its seat
 * to the heavy lane ({@link LimitedQuery}), giving its standard turn to the next request.
 */
final class AdmissionFilter implements Filter {

  /** The request attribute that marks a heavy query, for its shorter timeout. */
  static final String HEAVY = AdmissionFilter.class.getName() + ".heavy";

  /** The request attribute that holds the request's {@link Seat}. */
  static final String SEAT = AdmissionFilter.class.getName() + ".seat";

  private final Admission standard;
  private final Admission heavy;
  private final KnownHeavyQueries known;
  private final SparqlMetrics metrics;

  AdmissionFilter(
      Admission standard, Admission heavy, KnownHeavyQueries known, SparqlMetrics metrics) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.heavy = Objects.requireNonNull(heavy, "heavy");
    this.known = Objects.requireNonNull(known, "known");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse answer)
        || !Endpoint.of(http).reads(http.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    Admission admission = admissionFor(http);
    Admission.Turn turn;
    try {
      turn = admission.enter();
    } catch (Admission.Refused refused) {
      metrics.rejected(refused.reason());
      refusal(admission, refused.reason()).write(answer);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServletException("interrupted while waiting for a turn", e);
    }
    try (Seat seat = new Seat(turn, heavy)) {
      http.setAttribute(SEAT, seat);
      chain.doFilter(request, response);
    }
  }

  /**
   * The admission a request waits in: a heavy query (by its shape, or known to run long) in the
   * heavy lane, marked for its shorter timeout; everything else, Graph Store reads included, in the
   * standard one.
   */
  Admission admissionFor(HttpServletRequest request) {
    if (Endpoint.of(request) != Endpoint.QUERY) {
      return standard;
    }
    Optional<String> text = QueryText.of(request);
    if (text.isEmpty()) {
      return standard;
    }
    SparqlMetrics.Heavy cause = null;
    if (QueryText.parsed(request).map(QueryCost::isHeavy).orElse(false)) {
      cause = SparqlMetrics.Heavy.SHAPE;
    } else if (known.contains(text.get())) {
      cause = SparqlMetrics.Heavy.KNOWN;
    }
    if (cause == null) {
      return standard;
    }
    metrics.heavy(cause);
    request.setAttribute(HEAVY, Boolean.TRUE);
    return heavy;
  }

  /** The answer to a request that got no turn in this admission, for this reason. */
  static Problem refusal(Admission admission, Reason reason) {
    String detail =
        reason == Reason.QUEUE_FULL
            ? "the service is busy: "
                + admission.workers()
                + " queries are running and "
                + admission.queueSize()
                + " more are waiting, the most it queues; try again later"
            : "the service is busy: this request waited "
                + Units.duration(admission.queueWait())
                + " for its turn, the longest it waits; try again later";
    return new Problem(429, "Too Many Requests", detail, reason, admission.retryAfterSeconds());
  }

  /**
   * The turn a request holds, in the standard lane or the heavy one, given back when the request
   * ends. Used by the request's own thread only.
   */
  static final class Seat implements AutoCloseable {
    private final Admission heavyLane;
    private Admission.Turn turn;
    private boolean heavy;

    Seat(Admission.Turn turn, Admission heavyLane) {
      this.turn = Objects.requireNonNull(turn, "turn");
      this.heavyLane = Objects.requireNonNull(heavyLane, "heavyLane");
    }

    /**
     * Gives the standard turn to the next request and waits for a turn in the heavy lane, as a
     * heavy query does when it arrives.
     *
     * @throws Admission.Refused when the heavy lane has no turn for it; the seat then holds none
     */
    void moveToHeavy() throws Admission.Refused, InterruptedException {
      if (heavy) {
        throw new IllegalStateException("the seat is in the heavy lane already");
      }
      heavy = true;
      Admission.Turn standardTurn = turn;
      turn = null;
      standardTurn.close();
      turn = heavyLane.enter();
    }

    Admission heavyLane() {
      return heavyLane;
    }

    @Override
    public void close() {
      if (turn != null) {
        turn.close();
        turn = null;
      }
    }
  }
}
