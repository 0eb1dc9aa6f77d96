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

/**
 * Queries and Graph Store Protocol reads run only in their turn ({@link Admission}); a request that
 * gets none is answered {@code 429 Too Many Requests} with {@code Retry-After}. Updates and writes
 * are not queued here: the store runs one write at a time anyway, and only the admin may send them.
 * A query answered from the cache of answers ({@code sparql.cache}) is answered before this filter,
 * and takes no turn.
 */
final class AdmissionFilter implements Filter {

  /** The request attribute that marks a heavy query, for its shorter timeout. */
  static final String HEAVY = AdmissionFilter.class.getName() + ".heavy";

  private final Admission standard;
  private final Admission heavy;
  private final SparqlMetrics metrics;

  AdmissionFilter(Admission standard, Admission heavy, SparqlMetrics metrics) {
    this.standard = Objects.requireNonNull(standard, "standard");
    this.heavy = Objects.requireNonNull(heavy, "heavy");
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
      refuse(admission, refused.reason()).write(answer);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServletException("interrupted while waiting for a turn", e);
    }
    try (turn) {
      chain.doFilter(request, response);
    }
  }

  /**
   * The admission a request waits in: a heavy query ({@link QueryCost}) in the heavy lane, marked
   * for its shorter timeout; everything else, Graph Store reads included, in the standard one.
   */
  Admission admissionFor(HttpServletRequest request) {
    if (Endpoint.of(request) == Endpoint.QUERY
        && QueryText.of(request).map(QueryCost::isHeavy).orElse(false)) {
      request.setAttribute(HEAVY, Boolean.TRUE);
      return heavy;
    }
    return standard;
  }

  private static Problem refuse(Admission admission, Reason reason) {
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
}
