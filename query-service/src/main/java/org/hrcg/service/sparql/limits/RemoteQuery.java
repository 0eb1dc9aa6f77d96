package org.hrcg.service.sparql.limits;

import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.hrcg.model.store.RemoteStore;
import org.hrcg.model.store.RemoteStoreException;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.sparql.limits.SparqlMetrics.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SPARQL queries on a remote store, with the same protocol and limits as on the embedded one:
 * Fuseki's handler still reads the request, validates the query, negotiates the format and writes
 * the answer; only the execution is the store's, one request per query ({@link
 * RemoteStore#queryExec}), never one per triple pattern.
 *
 * <ul>
 *   <li><b>Dataset.</b> The query goes as the client wrote it, with the request's {@code
 *       default-graph-uri} and {@code named-graph-uri} put in as {@code FROM} and {@code FROM
 *       NAMED}; a query that names no dataset reads the union of the named graphs, as the store
 *       sends it.
 *   <li><b>Timeout.</b> The limit (or the request's shorter {@code timeout}) goes to the store as
 *       its {@code timeout} parameter, and holds here whatever the store does: the answer is read
 *       on a thread of its own while the request waits at most that long, then stops it and answers
 *       {@code 503}. A store that timed out itself ({@code 503}) is answered the same.
 *   <li><b>Row cap.</b> A SELECT is sent with {@code LIMIT} one past the cap (or its own smaller
 *       one), so that the store computes no more than is needed to see that a result is cut; the
 *       rest is {@link LimitedQuery}'s, unchanged.
 *   <li><b>SERVICE.</b> Refused before anything is sent unless allowed ({@link RemoteAccessFilter},
 *       {@link LimitedQuery#validateQuery}); an allowed endpoint is called by the store, not by
 *       this service.
 *   <li>A store that fails is answered {@code 502} with {@code reason} {@code store}; the details
 *       go to the log only.
 * </ul>
 */
final class RemoteQuery extends LimitedQuery {

  private static final Logger LOG = LoggerFactory.getLogger(RemoteQuery.class);

  /** A failure this close to the deadline is the timeout striking, on either side. */
  private static final double DEADLINE_SHARE = 0.9;

  private final RemoteStore store;
  private final ExecutorService readers;

  RemoteQuery(
      HrcgProperties.Limits limits,
      ServiceAllowlist allowlist,
      SparqlMetrics metrics,
      KnownHeavyQueries known,
      RemoteStore store) {
    super(limits, allowlist, known, metrics);
    this.store = Objects.requireNonNull(store, "store");
    this.readers = Executors.newCachedThreadPool(daemonThreads());
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "hrcg-remote-query-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The query as the store must get it: the request's dataset, if it names one, put in. */
  @Override
  protected Pair<DatasetGraph, Query> decideDataset(
      HttpAction action, Query query, String queryStringLog) {
    DatasetDescription description = SPARQLProtocol.getDatasetDescription(action, query);
    Query sent = query;
    if (description != null) {
      sent = query.cloneQuery();
      sent.getGraphURIs().clear();
      sent.getNamedGraphURIs().clear();
      description.getDefaultGraphURIs().forEach(sent::addGraphURI);
      description.getNamedGraphURIs().forEach(sent::addNamedGraphURI);
    }
    return Pair.create(action.getActiveDSG(), sent);
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    Query sent = query;
    long enough = maxRows() + 1L;
    if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > enough)) {
      sent = query.cloneQuery();
      sent.setLimit(enough);
    }
    try {
      return new Detached(store.queryExec(sent, timeout(action)));
    } catch (RemoteStoreException e) {
      throw storeFailed(e, e.status());
    }
  }

  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec exec, Query query, String queryStringLog) {
    Duration timeout = timeout(action);
    long start = System.nanoTime();
    Detached detached = (Detached) exec;
    Future<QueryExecResult> reading =
        readers.submit(
            () -> {
              try {
                return super.executeQuery(action, exec, query, queryStringLog);
              } finally {
                detached.release();
              }
            });
    try {
      return reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exec.abort();
      reading.cancel(true);
      throw outOfTime(action.getRequest());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exec.abort();
      throw new IllegalStateException("interrupted while the store answered", e);
    } catch (ExecutionException e) {
      boolean late = System.nanoTime() - start >= timeout.toNanos() * DEADLINE_SHARE;
      throw translate(action, e.getCause(), late);
    }
  }

  @Override
  public void close() {
    readers.shutdownNow();
  }

  /**
   * The limit (shorter for a heavy query), or the request's {@code timeout} parameter (seconds) if
   * it is shorter.
   */
  private Duration timeout(HttpAction action) {
    long millis = timeoutFor(action.getRequest()).toMillis();
    String asked = action.getRequestParameter(HttpNames.paramTimeout);
    if (asked != null) {
      Pair<Long, Long> parsed = Timeouts.parseTimeoutStr(asked, TimeUnit.SECONDS);
      if (parsed != null && parsed.getRight() > 0) {
        millis = Math.min(millis, parsed.getRight());
      }
    }
    return Duration.ofMillis(millis);
  }

  private RuntimeException translate(HttpAction action, Throwable failure, boolean late) {
    if (failure instanceof Refusal refusal) {
      return refusal;
    }
    if (failure instanceof RanLong ranLong) {
      return ranLong;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    int status = status(failure);
    if (failure instanceof QueryCancelledException || status == 503 || (late && status <= 0)) {
      return outOfTime(action.getRequest());
    }
    return storeFailed(failure, status);
  }

  private static int status(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
        return http.getStatusCode();
      }
      if (t instanceof HttpException http && http.getStatusCode() > 0) {
        return http.getStatusCode();
      }
      if (t instanceof RemoteStoreException remote && remote.status() > 0) {
        return remote.status();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return -1;
  }

  private Refusal storeFailed(Throwable failure, int status) {
    LOG.warn("the store at {} failed to answer a query: {}", store.location(), failure.toString());
    return new Refusal(
        Problem.of(
            502,
            "Bad Gateway",
            "the store behind this service did not answer the query"
                + (status > 0 ? " (it answered HTTP " + status + ")" : "")
                + "; nothing of its answer is sent. Try again later.",
            Reason.STORE),
        Outcome.ERROR);
  }

  /**
   * The store's execution as Fuseki's handler holds it: everything is passed on but {@link #close},
   * which the thread that reads the answer does once it is done ({@link #release}), so that a
   * request that stopped waiting never blocks on a connection the store keeps open.
   */
  private static final class Detached implements QueryExec {

    private final QueryExec exec;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    Detached(QueryExec exec) {
      this.exec = exec;
    }

    /** Closes the store's execution: called by the reading thread when it is done. */
    void release() {
      exec.close();
    }

    private QueryExec start() {
      started.set(true);
      return exec;
    }

    @Override
    public DatasetGraph getDataset() {
      return exec.getDataset();
    }

    @Override
    public Context getContext() {
      return exec.getContext();
    }

    @Override
    public Query getQuery() {
      return exec.getQuery();
    }

    @Override
    public String getQueryString() {
      return exec.getQueryString();
    }

    @Override
    public RowSet select() {
      return start().select();
    }

    @Override
    public Graph construct(Graph graph) {
      return start().construct(graph);
    }

    @Override
    public Iterator<Triple> constructTriples() {
      return start().constructTriples();
    }

    @Override
    public Iterator<Quad> constructQuads() {
      return start().constructQuads();
    }

    @Override
    public DatasetGraph constructDataset(DatasetGraph dataset) {
      return start().constructDataset(dataset);
    }

    @Override
    public Graph describe(Graph graph) {
      return start().describe(graph);
    }

    @Override
    public Iterator<Triple> describeTriples() {
      return start().describeTriples();
    }

    @Override
    public boolean ask() {
      return start().ask();
    }

    @Override
    public JsonArray execJson() {
      return start().execJson();
    }

    @Override
    public Iterator<JsonObject> execJsonItems() {
      return start().execJsonItems();
    }

    @Override
    public void abort() {
      exec.abort();
    }

    /** Closes at once only an execution that never started; else {@link #release} does. */
    @Override
    public void close() {
      if (closed.compareAndSet(false, true) && !started.get()) {
        exec.close();
      }
    }

    @Override
    public boolean isClosed() {
      return closed.get();
    }
  }
}
