package org.hrcg.service.sparql.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.sparql.limits.SparqlMetrics.Outcome;

/**
 * SPARQL queries with the limits on: Fuseki's query handler, which reads the request, chooses the
 * dataset and the result format, with a timeout and a result cap that hold before any byte of the
 * answer is sent.
 *
 * <ul>
 *   <li>The query's whole result is computed within {@code hrcg.limits.query-timeout} (a request's
 *       {@code timeout} parameter may only shorten it), and only then written. A query that runs
 *       out of time is answered {@code 503} saying so; a result is never cut off mid-stream, as
 *       plain Fuseki does when its timeout strikes while it writes.
 *   <li>A SELECT result holds at most {@code hrcg.limits.max-result-rows} rows. A longer one is cut
 *       to that many and marked as cut ({@link ResultMarking}), or refused with {@code 422} in a
 *       format that cannot carry the mark. A CONSTRUCT or DESCRIBE result with more triples, and a
 *       JSON query with more items, are refused with {@code 422}.
 *   <li>{@code SERVICE} to an endpoint that is not allowed is refused with {@code 403}, a second
 *       check behind {@link RemoteAccessFilter}.
 *   <li>A query in the standard lane that runs longer than {@code hrcg.limits.heavy-after} is heavy
 *       by the data it reads, whatever its shape: it is stopped, remembered ({@link
 *       KnownHeavyQueries}), and run again from the start in the heavy lane once it has a turn
 *       there ({@link AdmissionFilter.Seat}), with the heavy timeout. Nothing of the first run was
 *       sent, so the client sees one answer; it waits at most {@code heavy-after}, the queue wait
 *       and the heavy timeout. This keeps every query that runs long, whatever its shape, to the
 *       heavy lane's few workers, so that it cannot take the cores that cheap queries need.
 * </ul>
 *
 * Public so that the dataset's operation registry can name it; extend it to add protocol behaviour
 * to queries.
 */
public class LimitedQuery extends SPARQL_QueryDataset implements AutoCloseable {

  private static final String TRUNCATED = LimitedQuery.class.getName() + ".truncated";
  private static final String STARTED = LimitedQuery.class.getName() + ".started";
  static final String MOVED = LimitedQuery.class.getName() + ".moved";

  private final Duration timeout;
  private final Duration heavyTimeout;
  private final Duration heavyAfter;
  private final int maxRows;
  private final ServiceAllowlist allowlist;
  private final KnownHeavyQueries known;
  private final SparqlMetrics metrics;

  LimitedQuery(
      HrcgProperties.Limits limits,
      ServiceAllowlist allowlist,
      KnownHeavyQueries known,
      SparqlMetrics metrics) {
    Objects.requireNonNull(limits, "limits");
    this.timeout = limits.queryTimeout();
    this.heavyTimeout = limits.heavyTimeout();
    this.heavyAfter = limits.heavyAfter();
    this.maxRows = limits.maxResultRows();
    this.allowlist = Objects.requireNonNull(allowlist, "allowlist");
    this.known = Objects.requireNonNull(known, "known");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  @Override
  protected void execute(String queryString, HttpAction action) {
    long start = System.nanoTime();
    Outcome outcome = Outcome.ERROR;
    HttpServletRequest request = action.getRequest();
    try {
      try {
        request.setAttribute(STARTED, System.nanoTime());
        super.execute(queryString, action);
      } catch (RanLong ranLong) {
        moveToHeavyLane(queryString, request);
        // The first run's cancel signal stays in the action's context: the second run needs its
        // own.
        action.getContext().remove(ARQConstants.symCancelQuery);
        request.setAttribute(STARTED, System.nanoTime());
        super.execute(queryString, action);
      }
      if (Boolean.TRUE.equals(request.getAttribute(TRUNCATED))) {
        outcome = Outcome.TRUNCATED;
        metrics.rejected(Reason.ROW_CAP);
      } else {
        outcome = Outcome.OK;
      }
    } catch (Refusal refusal) {
      outcome = refusal.outcome;
      metrics.rejected(refusal.problem.reason());
      try {
        refusal.problem.write(action.getResponse());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } finally {
      metrics.query(outcome, System.nanoTime() - start);
    }
  }

  /**
   * Moves a query that ran long to the heavy lane: remembers its text, gives its standard turn to
   * the next request and waits for a heavy one.
   *
   * @throws Refusal {@code 429} when the heavy lane has no turn for it
   */
  private void moveToHeavyLane(String queryString, HttpServletRequest request) {
    known.add(queryString);
    metrics.heavy(SparqlMetrics.Heavy.RAN_LONG);
    AdmissionFilter.Seat seat = (AdmissionFilter.Seat) request.getAttribute(AdmissionFilter.SEAT);
    request.setAttribute(AdmissionFilter.HEAVY, Boolean.TRUE);
    request.setAttribute(MOVED, Boolean.TRUE);
    try {
      seat.moveToHeavy();
    } catch (Admission.Refused refused) {
      throw new Refusal(
          AdmissionFilter.refusal(seat.heavyLane(), refused.reason()), Outcome.REFUSED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a turn", e);
    }
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    for (String endpoint : RemoteAccess.serviceEndpoints(query)) {
      if (!allowlist.allows(endpoint)) {
        throw new Refusal(RemoteAccessFilter.service(endpoint), Outcome.REFUSED);
      }
    }
    // Fuseki applies the smaller of this and the request's own timeout parameter.
    action
        .getContext()
        .set(ARQ.queryTimeout, Long.toString(timeoutFor(action.getRequest()).toMillis()));
  }

  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec exec, Query query, String queryStringLog) {
    try {
      if (query.isSelectType()) {
        return rows(exec.select());
      }
      if (query.isConstructType()) {
        return construct(exec, query);
      }
      if (query.isDescribeType()) {
        Graph graph = exec.describe();
        if (graph.size() > maxRows) {
          throw tooManyTriples();
        }
        return new QueryExecResult(graph);
      }
      if (query.isJsonType()) {
        return json(exec.execJsonItems());
      }
      return super.executeQuery(action, exec, query, queryStringLog);
    } catch (QueryCancelledException e) {
      throw outOfTime(action.getRequest());
    }
  }

  @Override
  protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
    if (!(result instanceof Rows rows) || !rows.truncated) {
      super.sendResults(action, result, prologue);
      return;
    }
    if (!ResultMarking.arm(action.getRequest())) {
      throw new Refusal(unmarkable("this response"), Outcome.REFUSED);
    }
    try {
      super.sendResults(action, result, prologue);
    } catch (ResultMarking.Unmarkable e) {
      throw new Refusal(unmarkable(e.contentType()), Outcome.REFUSED);
    }
    action.getRequest().setAttribute(TRUNCATED, Boolean.TRUE);
  }

  /** The rows of a result, computed whole up to one more than the cap. */
  private Rows rows(RowSet rowSet) {
    List<Binding> rows = new ArrayList<>();
    while (rows.size() <= maxRows && rowSet.hasNext()) {
      rows.add(rowSet.next());
    }
    boolean truncated = rows.size() > maxRows;
    if (truncated) {
      rows.remove(rows.size() - 1);
    }
    return new Rows(RowSetStream.create(rowSet.getResultVars(), rows.iterator()), truncated);
  }

  private QueryExecResult construct(QueryExec exec, Query query) {
    DatasetGraph dataset = DatasetGraphFactory.create();
    Iterator<Quad> quads = exec.constructQuads();
    long count = 0;
    while (quads.hasNext()) {
      Quad quad = quads.next();
      if (!dataset.contains(quad)) {
        if (++count > maxRows) {
          throw tooManyTriples();
        }
        dataset.add(quad);
      }
    }
    dataset.prefixes().putAll(query.getPrefixMapping());
    return new QueryExecResult(dataset);
  }

  private QueryExecResult json(Iterator<JsonObject> items) {
    List<JsonObject> all = new ArrayList<>();
    while (items.hasNext()) {
      if (all.size() == maxRows) {
        throw new Refusal(
            Problem.of(
                422,
                "Unprocessable Content",
                "the result has more than "
                    + maxRows
                    + " items, the most this service sends (hrcg.limits.max-result-rows);"
                    + " add LIMIT, and OFFSET to page through it",
                Reason.ROW_CAP),
            Outcome.REFUSED);
      }
      all.add(items.next());
    }
    return new QueryExecResult(all.iterator());
  }

  /** What this handler holds beyond a request: nothing here. */
  @Override
  public void close() {}

  /** The most rows a SELECT answer holds ({@code hrcg.limits.max-result-rows}). */
  int maxRows() {
    return maxRows;
  }

  /**
   * The time a query may take: shorter for a heavy one ({@link AdmissionFilter#HEAVY}), and {@code
   * heavy-after} for one in the standard lane, which then moves to the heavy lane ({@link
   * #onTrial}).
   */
  Duration timeoutFor(HttpServletRequest request) {
    if (heavy(request)) {
      // A query that moved has run for heavy-after already: together, no longer than the timeout.
      Duration left = timeout.minus(heavyAfter);
      return Boolean.TRUE.equals(request.getAttribute(MOVED)) && left.compareTo(heavyTimeout) < 0
          ? left
          : heavyTimeout;
    }
    return onTrial(request) ? heavyAfter : timeout;
  }

  /**
   * Whether a query is in the standard lane on trial: if it runs longer than {@code heavy-after} it
   * moves to the heavy lane rather than time out. Only a query that holds a seat of the admission
   * can move, and only when {@code heavy-after} is shorter than the timeout.
   */
  private boolean onTrial(HttpServletRequest request) {
    return !heavy(request)
        && request.getAttribute(AdmissionFilter.SEAT) instanceof AdmissionFilter.Seat
        && heavyAfter.compareTo(timeout) < 0;
  }

  private static boolean heavy(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(AdmissionFilter.HEAVY));
  }

  /**
   * What a query that ran out of time gets: a move to the heavy lane when it was on trial and ran
   * for its {@code heavy-after} (rather than the shorter {@code timeout} the request asked for), a
   * {@code 503} otherwise.
   */
  RuntimeException outOfTime(HttpServletRequest request) {
    if (onTrial(request) && request.getAttribute(STARTED) instanceof Long started) {
      long ran = System.nanoTime() - started;
      // The store's clock and ours may differ by a little: most of the budget is enough.
      if (ran >= heavyAfter.toNanos() * 9 / 10) {
        return new RanLong();
      }
    }
    return new Refusal(timedOut(request), Outcome.TIMEOUT);
  }

  Problem timedOut(HttpServletRequest request) {
    boolean heavy = heavy(request);
    return Problem.of(
        503,
        "Service Unavailable",
        "the query timed out: it ran longer than "
            + Units.duration(heavy ? timeoutFor(request) : timeout)
            + (heavy
                ? ", the longest a heavy query (an unbounded property path, a cartesian product, a"
                    + " scan of every triple, or a query that ran longer than "
                    + Units.duration(heavyAfter)
                    + " with the others) may run here (hrcg.limits.heavy-query-timeout)"
                : ", the longest a query may run here (hrcg.limits.query-timeout)")
            + ", or than the request's own timeout; no partial result is sent. Narrow the query or"
            + " add LIMIT.",
        Reason.TIMEOUT);
  }

  private Refusal tooManyTriples() {
    return new Refusal(
        Problem.of(
            422,
            "Unprocessable Content",
            "the result has more than "
                + maxRows
                + " triples, the most this service sends (hrcg.limits.max-result-rows); add"
                + " LIMIT to the pattern, and OFFSET to page through it",
            Reason.ROW_CAP),
        Outcome.REFUSED);
  }

  private Problem unmarkable(String format) {
    return Problem.of(
        422,
        "Unprocessable Content",
        "the result has more than "
            + maxRows
            + " rows, the most this service sends (hrcg.limits.max-result-rows), and "
            + format
            + " has no place to say that a result was cut, so none is sent. Add LIMIT, and OFFSET"
            + " to page through it, or ask for application/sparql-results+json or"
            + " application/sparql-results+xml, which carry the first "
            + maxRows
            + " rows marked as cut.",
        Reason.ROW_CAP);
  }

  /** A SELECT result held in memory, and whether it was cut. */
  private static final class Rows extends QueryExecResult {
    private final boolean truncated;

    Rows(RowSet rowSet, boolean truncated) {
      super(rowSet);
      this.truncated = truncated;
    }
  }

  /**
   * A query in the standard lane ran for its {@code heavy-after}: {@link #execute} runs it again in
   * the heavy lane once Fuseki has released the dataset.
   */
  static final class RanLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RanLong() {
      super("the query ran longer than hrcg.limits.heavy-after", null, false, false);
    }
  }

  /** A limit's answer, written by {@link #execute} once Fuseki has released the dataset. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;
    private final Outcome outcome;

    Refusal(Problem problem, Outcome outcome) {
      super(problem.detail(), null, false, false);
      this.problem = problem;
      this.outcome = outcome;
    }
  }
}
