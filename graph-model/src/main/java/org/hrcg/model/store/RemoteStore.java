package org.hrcg.model.store;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.hrcg.model.iri.IriMinter;

/**
 * A store on a remote SPARQL 1.1 dataset, reached with the standard protocols only (SPARQL Query
 * and Update, through Jena's {@link RDFConnection}), for example a Fuseki dataset started as {@code
 * fuseki-server --tdb2 --loc DIR --update /hrcg}, with no configuration of its own.
 *
 * <p>How it keeps the rules of {@link GraphStore}:
 *
 * <ul>
 *   <li><b>Union default graph.</b> Queries that name no dataset are sent with their pattern inside
 *       {@code GRAPH <urn:x-arq:UnionGraph>}, which Jena's stores (Fuseki with TDB2 or in memory)
 *       read as the union of the named graphs; {@code GRAPH} inside the pattern still reaches each
 *       named graph. DESCRIBE, whose description the server takes from the default graph, is sent
 *       with {@code FROM <urn:x-arq:UnionGraph>} and {@code FROM NAMED} for every graph. Updates
 *       are rewritten the same way (see {@code UpdateRewriter}).
 *   <li><b>Every write is one SPARQL Update request</b>, one transaction on the server: the data,
 *       the load records, the bookkeeping and the revision bump together. The request starts with a
 *       check that fails it, and so undoes all of it, unless the store is still at the revision
 *       read just before: two writers never both bump from the same revision. The write methods
 *       read the revision again and retry when another write came first ({@value #WRITE_ATTEMPTS}
 *       attempts, then {@link ConcurrentWriteException}); {@link #update(UpdateRequest, long)}
 *       never retries.
 *   <li><b>Protected graphs</b> are refused here, before anything is sent, and, for template {@code
 *       GRAPH ?g} that only the data can resolve, by the server within the same request.
 *   <li><b>{@link #revision()}</b> is read from {@code graph/meta} on every call, never cached:
 *       other instances write too.
 *   <li><b>Large loads.</b> {@link #load} sends a load of at most {@link Builder#maxRequestTriples}
 *       triples ({@value #DEFAULT_MAX_REQUEST_TRIPLES} by default) as one request; a larger one in
 *       steps of whole graphs, each step one request that also records the load's progress in
 *       {@code graph/meta}, so that the same load run again after a failure sends only what is
 *       missing. See {@link GraphStore#load}.
 *   <li>{@link #read} and {@link #write} throw {@link UnsupportedOperationException}: there is no
 *       transaction to hand out over the protocols. Use the query and write methods; {@link
 *       #localCopy()} gives a copy in this process for a write that must be checked before it is
 *       sent, and {@link #queryExec} a query whose answer the caller streams and may stop.
 * </ul>
 *
 * <p>HTTP Basic credentials, when given, are sent to the store's host and port only, in answer to
 * its challenge; they appear in no message and no log. Use {@code https} for any store that is not
 * on the same machine: Basic sends the password as it is.
 *
 * <p>What it assumes of the store, and nothing more: SPARQL 1.1 Query and Update at the dataset's
 * URL; one Update request applied as one transaction (all of it or none); {@code CLEAR GRAPH} of a
 * graph the store does not hold fails the request; {@code GRAPH <urn:x-arq:UnionGraph>} is the
 * union of the named graphs; every writer of the dataset writes through hrcg.
 */
public final class RemoteStore implements GraphStore {

  /** Loads larger than this many triples are written in steps unless told otherwise. */
  public static final long DEFAULT_MAX_REQUEST_TRIPLES = 200_000;

  /** The graph that Jena's stores read as the union of the named graphs. */
  public static final String UNION_GRAPH = "urn:x-arq:UnionGraph";

  /** How long to wait for a connection to the store unless told otherwise. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** How many times a write is sent when other writes keep coming first. */
  static final int WRITE_ATTEMPTS = 3;

  private static final Node UNION = NodeFactory.createURI(UNION_GRAPH);

  private final RDFConnection connection;
  private final HttpClient httpClient;
  private final String location;
  private final boolean withCredentials;
  private final StoreLayout layout;
  private final MetaGraph meta;
  private final BundledVocabulary vocabulary;
  private final RemoteWrites writes;
  private final UpdateRewriter rewriter;
  private final long maxRequestTriples;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** The operations of a write and what it returns. */
  private record Write<T>(List<Update> operations, T value) {}

  /** What a write returned and the revision it produced. */
  private record Written<T>(T value, long revision) {}

  private RemoteStore(
      Builder builder, RDFConnection connection, HttpClient httpClient, String location) {
    this.connection = connection;
    this.httpClient = httpClient;
    this.location = location;
    this.withCredentials = builder.credentials != null;
    this.layout = new StoreLayout(builder.minter);
    this.meta = layout.meta();
    this.vocabulary = new BundledVocabulary(layout);
    this.writes = new RemoteWrites(layout);
    this.rewriter = new UpdateRewriter(layout, UNION, writes);
    this.maxRequestTriples = builder.maxRequestTriples;
  }

  /** A builder for the store at a dataset's URL, such as {@code http://localhost:3030/hrcg}. */
  public static Builder builder(String datasetUrl) {
    return new Builder(datasetUrl);
  }

  @Override
  public IriMinter minter() {
    return layout.minter();
  }

  /** The dataset's URL. */
  public String location() {
    return location;
  }

  /** Loads larger than this many triples are written in steps. */
  public long maxRequestTriples() {
    return maxRequestTriples;
  }

  @Override
  public <T> T read(Function<Dataset, T> action) {
    throw new UnsupportedOperationException(
        "a remote store hands out no dataset: use query, select, ask or construct");
  }

  @Override
  public <T> T write(Function<Dataset, T> action) {
    throw new UnsupportedOperationException(
        "a remote store hands out no dataset: use update, replaceGraphs, load, withdraw or"
            + " clearAll");
  }

  @Override
  public long update(UpdateRequest request) {
    Objects.requireNonNull(request, "request");
    List<Update> operations = rewriter.rewrite(request);
    return writeRetrying(expected -> new Write<>(operations, null), null).revision();
  }

  @Override
  public long update(UpdateRequest request, long expectedRevision) {
    Objects.requireNonNull(request, "request");
    send(expectedRevision, rewriter.rewrite(request));
    return expectedRevision + 1;
  }

  @Override
  public long replaceGraphs(Map<String, GraphLoad> graphs) {
    Map<Node, GraphLoad> loads = validated(graphs);
    if (loads.isEmpty()) {
      return revision();
    }
    return replace(loads);
  }

  @Override
  public LoadResult load(Map<String, GraphLoad> graphs, LoadListener listener) {
    Objects.requireNonNull(listener, "listener");
    Map<Node, GraphLoad> loads = validated(graphs);
    if (loads.isEmpty()) {
      return new LoadResult(revision(), List.of(), List.of(), 0);
    }
    long triples = loads.values().stream().mapToLong(load -> load.content().size()).sum();
    if (triples > maxRequestTriples) {
      return loadInSteps(loads, listener);
    }
    List<String> names = iris(loads.keySet());
    listener.stepStarting(1, 1, names);
    long revision;
    try {
      revision = replace(loads);
    } catch (RuntimeException e) {
      throw incomplete(1, 1, List.of(), names, List.of(), e);
    }
    listener.stepWritten(1, 1, names, revision);
    return new LoadResult(revision, names, List.of(), 1);
  }

  @Override
  public boolean withdraw(String slug) {
    Node graph = StoreLayout.node(layout.minter().graph(slug));
    return writeRetrying(
            expected ->
                hasGraph(graph)
                    ? new Write<>(
                        concat(List.of(new UpdateDrop(graph, true)), writes.forget(graph)), true)
                    : null,
            false)
        .value();
  }

  @Override
  public long clearAll() {
    return writeRetrying(
            expected -> {
              // The server's own default graph is left alone: hrcg neither reads nor writes it, and
              // a server whose DEFAULT is the union would clear every graph.
              List<Update> operations = new ArrayList<>(writes.clearData());
              operations.addAll(vocabularyUpdates(expected + 1));
              return new Write<>(operations, null);
            },
            null)
        .revision();
  }

  @Override
  public long revision() {
    Query query = SparqlTemplates.query("revision", Map.of("meta", meta.node()));
    return select(
        query,
        rows -> {
          long revision = 0;
          while (rows.hasNext()) {
            revision = Math.max(revision, rows.next().getLiteral("revision").getLong());
          }
          return revision;
        });
  }

  @Override
  public List<String> graphNames() {
    Query query = SparqlTemplates.query("graph-names", Map.of());
    return select(
        query,
        rows -> {
          List<String> names = new ArrayList<>();
          while (rows.hasNext()) {
            QuerySolution row = rows.next();
            if (row.get("graph") != null && row.get("graph").isURIResource()) {
              names.add(row.getResource("graph").getURI());
            }
          }
          return names.stream().sorted().toList();
        });
  }

  @Override
  public Optional<LoadedGraph> loadRecord(String graphIri) {
    Objects.requireNonNull(graphIri, "graphIri");
    return meta.read(metaDataset(), StoreLayout.node(graphIri));
  }

  @Override
  public List<LoadedGraph> loadRecords() {
    return meta.readAll(metaDataset());
  }

  /**
   * {@inheritDoc}
   *
   * <p>The graphs are fetched one by one, between two readings of the revision; if a write made
   * through hrcg came in between, they are fetched again, so that the export is one state of the
   * store.
   */
  @Override
  public void export(OutputStream out, Lang lang, ExportScope scope) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(scope, "scope");
    DatasetGraph snapshot = null;
    List<Node> graphs = List.of();
    for (int attempt = 1; snapshot == null; attempt++) {
      long before = revision();
      graphs = layout.exported(graphNames().stream().map(StoreLayout::node).toList(), scope);
      DatasetGraph copy = DatasetGraphFactory.create();
      for (Node graph : graphs) {
        copy.addGraph(graph, fetchGraph(graph));
      }
      if (revision() == before || attempt == WRITE_ATTEMPTS) {
        snapshot = copy;
      }
    }
    StoreExport.write(snapshot, out, lang, graphs);
  }

  @Override
  public void exportGraph(String graphIri, OutputStream out, Lang lang) {
    Objects.requireNonNull(graphIri, "graphIri");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(lang, "lang");
    Node graph = StoreLayout.node(graphIri);
    Graph content = fetchGraph(graph);
    if (content.isEmpty()) {
      throw new NoSuchElementException("the store has no graph <" + graphIri + ">");
    }
    DatasetGraph copy = DatasetGraphFactory.create();
    copy.addGraph(graph, content);
    StoreExport.write(copy, out, lang, List.of(graph));
  }

  @Override
  public <T> T query(Query query, Function<QueryExecution, T> handler) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(handler, "handler");
    Query sent = withUnionDefaultGraph(query);
    return remote(
        () -> {
          try (QueryExecution execution = connection.query(sent)) {
            return handler.apply(execution);
          }
        });
  }

  /**
   * Starts a query for a caller that reads the result itself and may stop it from another thread:
   * the SPARQL endpoint of a service that runs on this store. The query is sent as {@link #query}
   * sends it (the union of the named graphs as its default graph, unless it names a dataset). The
   * timeout goes to the server as Fuseki's {@code timeout} parameter (whole seconds, rounded up)
   * and bounds the wait for the start of the answer; bounding the whole answer is the caller's
   * part, with {@link QueryExec#abort()}. Close the execution when done.
   *
   * @throws RemoteStoreException if the store cannot be reached to list its graphs (DESCRIBE only)
   */
  public QueryExec queryExec(Query query, Duration timeout) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout: must be positive, was " + timeout);
    }
    Query sent = remote(() -> withUnionDefaultGraph(query));
    long millis = timeout.toMillis();
    if (httpClient == null) {
      // A connection given by a test: no HTTP, no parameters.
      return QueryExec.adapt(
          connection.newQuery().query(sent).timeout(millis, TimeUnit.MILLISECONDS).build());
    }
    return QueryExecHTTP.newBuilder()
        .endpoint(location)
        .httpClient(httpClient)
        .query(sent)
        .param("timeout", Long.toString(Math.max(1, (millis + 999) / 1000)))
        .timeout(millis, TimeUnit.MILLISECONDS)
        .build();
  }

  /**
   * A copy of the store in this process, at the current revision, fetched graph by graph as it is
   * read (see {@link LocalCopy}): for a write that must be checked on what it would leave before it
   * is sent, and for reads of whole graphs.
   *
   * @throws RemoteStoreException if the store cannot be reached
   */
  public LocalCopy localCopy() {
    long revision = revision();
    List<Node> graphs = graphNames().stream().map(StoreLayout::node).toList();
    return new LocalCopy(revision, graphs, this::fetchGraph, this::fetchQuads, layout);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      connection.close();
    }
  }

  @Override
  public String toString() {
    return "RemoteStore[" + location + ", " + layout.minter().base() + "]";
  }

  /** The query as the server must see it for its default graph to be the union. */
  Query withUnionDefaultGraph(Query query) {
    if (query.hasDatasetDescription()) {
      return query;
    }
    Query sent = query.cloneQuery();
    if (sent.isDescribeType()) {
      sent.addGraphURI(UNION_GRAPH);
      graphNames().forEach(sent::addNamedGraphURI);
      return sent;
    }
    sent.setQueryPattern(UpdateRewriter.withDefaultGraph(UNION, sent.getQueryPattern()));
    return sent;
  }

  private long replace(Map<Node, GraphLoad> loads) {
    return writeRetrying(
            expected -> new Write<>(replacements(loads, loads.keySet(), expected + 1, null), null),
            null)
        .revision();
  }

  /** The operations that replace some graphs of a load, their records naming the revision. */
  private List<Update> replacements(
      Map<Node, GraphLoad> loads, Collection<Node> graphs, long revision, Node run) {
    List<Update> operations = new ArrayList<>();
    for (Node graph : graphs) {
      GraphLoad load = loads.get(graph);
      operations.addAll(
          writes.replace(graph, load.content().getGraph(), load.record(), revision, run));
    }
    return operations;
  }

  private LoadResult loadInSteps(Map<Node, GraphLoad> loads, LoadListener listener) {
    LoadPlan plan = LoadPlan.of(loads);
    Node run = NodeFactory.createURI(meta.node().getURI() + "#load-" + plan.id());
    List<String> names = iris(loads.keySet());
    Set<Node> resumed;
    try {
      resumed = progress(run, loads.keySet());
    } catch (RuntimeException e) {
      int steps = plan.steps(Set.of(), maxRequestTriples).size();
      throw incomplete(1, steps, List.of(), List.of(), names, e);
    }
    List<LoadPlan.Step> steps = new ArrayList<>(plan.steps(resumed, maxRequestTriples));
    if (steps.isEmpty()) {
      // Every graph was written by earlier attempts: one step clears the progress record.
      steps.add(new LoadPlan.Step(List.of(), 0));
    }
    String agent = loads.values().iterator().next().record().agent();
    List<Node> written = new ArrayList<>();
    long revision = -1;
    for (int i = 0; i < steps.size(); i++) {
      LoadPlan.Step step = steps.get(i);
      boolean last = i == steps.size() - 1;
      List<String> stepNames = iris(step.graphs());
      listener.stepStarting(i + 1, steps.size(), stepNames);
      try {
        revision =
            writeRetrying(
                    expected -> {
                      List<Update> operations = new ArrayList<>();
                      operations.add(writes.loadStarted(run, loads.keySet(), agent));
                      operations.addAll(replacements(loads, step.graphs(), expected + 1, run));
                      if (last) {
                        operations.addAll(writes.loadDone(run));
                      }
                      return new Write<>(operations, null);
                    },
                    null)
                .revision();
      } catch (RuntimeException e) {
        List<Node> later = new ArrayList<>();
        steps.subList(i + 1, steps.size()).forEach(s -> later.addAll(s.graphs()));
        throw incomplete(
            i + 1, steps.size(), iris(concat(resumed, written)), stepNames, iris(later), e);
      }
      written.addAll(step.graphs());
      listener.stepWritten(i + 1, steps.size(), stepNames, revision);
    }
    return new LoadResult(revision, iris(written), iris(resumed), steps.size());
  }

  /** The graphs of the load that an earlier attempt wrote and no write has changed since. */
  private Set<Node> progress(Node run, Set<Node> planned) {
    Query query = SparqlTemplates.query("load-progress", Map.of("meta", meta.node(), "run", run));
    return select(
        query,
        rows -> {
          Set<Node> done = new HashSet<>();
          while (rows.hasNext()) {
            Node graph = rows.next().get("graph").asNode();
            if (planned.contains(graph)) {
              done.add(graph);
            }
          }
          return done;
        });
  }

  /**
   * The exception for a load that failed in a step, placing the step's graphs by what the failure
   * says of the step: the store answered with an error (it did not commit), the request never
   * reached it, or the connection broke with the outcome unknown.
   */
  private IncompleteLoadException incomplete(
      int step,
      int steps,
      List<String> written,
      List<String> failedStep,
      List<String> later,
      RuntimeException failure) {
    boolean unknown = outcomeUnknown(failure);
    List<String> notWritten = new ArrayList<>(unknown ? List.of() : failedStep);
    notWritten.addAll(later);
    return new IncompleteLoadException(
        step,
        steps,
        written,
        unknown ? failedStep.stream().sorted().toList() : List.of(),
        notWritten.stream().sorted().toList(),
        failure);
  }

  private static boolean outcomeUnknown(Throwable failure) {
    if (!(failure instanceof WriteFailure remote)) {
      // Nothing was sent: the revision could not be read, or the write was refused before.
      return false;
    }
    if (remote.status() > 0) {
      // A gateway may have given up on a store that went on to commit.
      return remote.status() == 502 || remote.status() == 503 || remote.status() == 504;
    }
    return neverSent(remote) == null;
  }

  /** The cause that shows a request never reached the store, or null. */
  private static Throwable neverSent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof HttpConnectTimeoutException) {
        return t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** Whether a graph holds a triple. */
  private boolean hasGraph(Node graph) {
    Query query = SparqlTemplates.query("graph-exists", Map.of("graph", graph));
    return remote(
        () -> {
          try (QueryExecution execution = connection.query(query)) {
            return execution.execAsk();
          }
        });
  }

  private Graph fetchGraph(Node graph) {
    Query query = SparqlTemplates.query("graph-content", Map.of("graph", graph));
    return remote(
        () -> {
          try (QueryExecution execution = connection.query(query)) {
            return execution.execConstruct().getGraph();
          }
        });
  }

  /** Every quad of the named graphs, in one request. */
  private List<Quad> fetchQuads() {
    Query query = SparqlTemplates.query("all-quads", Map.of());
    return select(
        query,
        rows -> {
          List<Quad> quads = new ArrayList<>();
          while (rows.hasNext()) {
            QuerySolution row = rows.next();
            quads.add(
                Quad.create(
                    row.get("g").asNode(),
                    row.get("s").asNode(),
                    row.get("p").asNode(),
                    row.get("o").asNode()));
          }
          return quads;
        });
  }

  /** A local dataset holding a copy of the meta graph, for {@link MetaGraph} to read. */
  private DatasetGraph metaDataset() {
    DatasetGraph copy = DatasetGraphFactory.create();
    copy.addGraph(meta.node(), fetchGraph(meta.node()));
    return copy;
  }

  /** Installs the bundled vocabulary if the store's copy differs or is missing. */
  private void installVocabulary() {
    writeRetrying(
        expected -> {
          List<Update> operations = vocabularyUpdates(expected + 1);
          return operations.isEmpty() ? null : new Write<>(operations, null);
        },
        null);
  }

  private List<Update> vocabularyUpdates(long revision) {
    List<Update> operations = new ArrayList<>();
    for (BundledVocabulary.Entry entry : vocabulary.outdated(this::fetchGraph)) {
      operations.addAll(
          writes.replace(entry.graph(), entry.content(), entry.record(), revision, null));
    }
    return operations;
  }

  /**
   * Plans a write on the revision read, sends it, and plans and sends it again when another write
   * came first. A plan of null means there is nothing to write.
   */
  private <T> Written<T> writeRetrying(Function<Long, Write<T>> plan, T unchanged) {
    ConcurrentWriteException conflict = null;
    for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
      long expected = revision();
      Write<T> write = plan.apply(expected);
      if (write == null) {
        return new Written<>(unchanged, expected);
      }
      try {
        send(expected, write.operations());
        return new Written<>(write.value(), expected + 1);
      } catch (ConcurrentWriteException e) {
        conflict = e;
      }
    }
    throw conflict;
  }

  /** Sends one write request, conditional on the revision. */
  private void send(long expectedRevision, List<Update> operations) {
    ensureOpen();
    String request = writes.request(expectedRevision, operations).toString();
    try {
      connection.update(request);
    } catch (RuntimeException e) {
      Optional<RuntimeException> meaning = writes.classify(e, expectedRevision);
      if (meaning.isPresent() && meaning.get() instanceof ConcurrentWriteException) {
        throw new ConcurrentWriteException(expectedRevision, revisionIfKnown());
      }
      if (meaning.isPresent()) {
        throw meaning.get();
      }
      RemoteStoreException failure = failure(e);
      throw new WriteFailure(failure.getMessage(), failure.status(), e);
    }
  }

  /** A write request that failed once sent: whether the store committed it may be unknown. */
  private static final class WriteFailure extends RemoteStoreException {

    private static final long serialVersionUID = 1L;

    WriteFailure(String message, int status, Throwable cause) {
      super(message, status, cause);
    }
  }

  private long revisionIfKnown() {
    try {
      return revision();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private <T> T select(Query query, Function<ResultSet, T> rows) {
    return remote(
        () -> {
          try (QueryExecution execution = connection.query(query)) {
            return rows.apply(execution.execSelect());
          }
        });
  }

  /** Runs a call to the store, turning HTTP failures into {@link RemoteStoreException}. */
  private <T> T remote(Supplier<T> call) {
    ensureOpen();
    try {
      return call.get();
    } catch (HttpException | QueryExceptionHTTP e) {
      throw failure(e);
    }
  }

  private RemoteStoreException failure(RuntimeException e) {
    if (e instanceof RemoteStoreException remote) {
      return remote;
    }
    int status = status(e);
    String store = "the store at " + location;
    String message;
    if (status <= 0) {
      Throwable cause = neverSent(e);
      message = store + " did not answer (" + reason(cause != null ? cause : root(e)) + ")";
    } else if (status == 401) {
      message =
          store
              + (withCredentials
                  ? " refused the credentials given (HTTP 401)"
                  : " wants credentials (HTTP 401)");
    } else if (status == 403) {
      message = store + " forbids this request (HTTP 403)";
    } else if (status == 404) {
      message = "no SPARQL dataset at " + location + " (HTTP 404)";
    } else {
      message = store + " answered HTTP " + status + ": " + firstLine(responseOf(e));
    }
    return new RemoteStoreException(message, status <= 0 ? -1 : status, e);
  }

  private static int status(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException http && http.getStatusCode() > 0) {
        return http.getStatusCode();
      }
      if (t instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
        return http.getStatusCode();
      }
    }
    return -1;
  }

  private static String responseOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException http && http.getResponse() != null) {
        return http.getResponse();
      }
      if (t instanceof QueryExceptionHTTP http && http.getResponse() != null) {
        return http.getResponse();
      }
    }
    return String.valueOf(e.getMessage());
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  private static Throwable root(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String reason(Throwable root) {
    if (root instanceof ConnectException) {
      return "connection refused";
    }
    if (root instanceof UnknownHostException) {
      return "unknown host " + root.getMessage();
    }
    if (root instanceof HttpConnectTimeoutException) {
      return "no connection within the timeout";
    }
    if (root instanceof HttpTimeoutException) {
      return "timed out";
    }
    if (root instanceof IOException && root.getMessage() != null) {
      return "connection failed: " + root.getMessage();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }

  private Map<Node, GraphLoad> validated(Map<String, GraphLoad> graphs) {
    Objects.requireNonNull(graphs, "graphs");
    Map<Node, GraphLoad> loads = new LinkedHashMap<>();
    new TreeMap<>(graphs)
        .forEach(
            (iri, load) ->
                loads.put(
                    layout.writableGraph(iri),
                    Objects.requireNonNull(load, "graphs[" + iri + "]")));
    return loads;
  }

  private static <T> List<T> concat(Collection<? extends T> a, Collection<? extends T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<String> iris(Collection<Node> graphs) {
    return graphs.stream().map(Node::getURI).sorted().toList();
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the store is closed");
    }
  }

  /**
   * The HTTP client for a store: Basic credentials, if any, answer challenges from the store's own
   * host and port only.
   */
  static HttpClient httpClient(URI store, StoreCredentials credentials, Duration connectTimeout) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL);
    if (credentials != null) {
      builder.authenticator(new StoreAuthenticator(store, credentials));
    }
    return builder.build();
  }

  /** Gives the credentials to the store's host and port, and to nobody else. */
  private static final class StoreAuthenticator extends Authenticator {

    private final String host;
    private final int port;
    private final StoreCredentials credentials;

    StoreAuthenticator(URI store, StoreCredentials credentials) {
      this.host = store.getHost();
      this.port = effectivePort(store.getScheme(), store.getPort());
      this.credentials = credentials;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
      if (getRequestorType() != RequestorType.SERVER) {
        return null;
      }
      URL url = getRequestingURL();
      String requestHost = url != null ? url.getHost() : getRequestingHost();
      int requestPort =
          url != null
              ? effectivePort(url.getProtocol(), url.getPort())
              : effectivePort(getRequestingScheme(), getRequestingPort());
      if (requestHost == null || !requestHost.equalsIgnoreCase(host) || requestPort != port) {
        return null;
      }
      return new PasswordAuthentication(credentials.user(), credentials.password().toCharArray());
    }

    private static int effectivePort(String scheme, int port) {
      if (port > 0) {
        return port;
      }
      return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
  }

  /** Opens a {@link RemoteStore}. */
  public static final class Builder {

    private final String url;
    private StoreCredentials credentials;
    private IriMinter minter = IriMinter.defaults();
    private long maxRequestTriples = DEFAULT_MAX_REQUEST_TRIPLES;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private boolean existing;
    private RDFConnection connection;

    private Builder(String url) {
      this.url = Objects.requireNonNull(url, "url");
    }

    /** HTTP Basic credentials for the store, or null for none (the default). */
    public Builder credentials(StoreCredentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /** The base whose graph IRIs the store writes; the published base by default. */
    public Builder minter(IriMinter minter) {
      this.minter = Objects.requireNonNull(minter, "minter");
      return this;
    }

    /**
     * Loads larger than this many triples are written in steps; {@value
     * RemoteStore#DEFAULT_MAX_REQUEST_TRIPLES} by default.
     */
    public Builder maxRequestTriples(long maxRequestTriples) {
      if (maxRequestTriples < 1) {
        throw new IllegalArgumentException(
            "maxRequestTriples: must be 1 or more, was " + maxRequestTriples);
      }
      this.maxRequestTriples = maxRequestTriples;
      return this;
    }

    /** How long to wait for a connection; 10 seconds by default. */
    public Builder connectTimeout(Duration connectTimeout) {
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      if (connectTimeout.isNegative() || connectTimeout.isZero()) {
        throw new IllegalArgumentException("connectTimeout: must be positive");
      }
      this.connectTimeout = connectTimeout;
      return this;
    }

    /**
     * Whether the dataset must already hold an hrcg store (a revision in {@code graph/meta}); if
     * so, {@link #build()} fails rather than set one up. False by default.
     */
    public Builder existing(boolean existing) {
      this.existing = existing;
      return this;
    }

    /** Reaches the store through this connection instead of over HTTP: for tests. */
    Builder connection(RDFConnection connection) {
      this.connection = Objects.requireNonNull(connection, "connection");
      return this;
    }

    /**
     * Connects, checks that the store answers and puts the bundled ontology and concept schemes in
     * place if they are missing or differ (a write).
     *
     * @throws IllegalArgumentException if the URL is not an http or https URL, or holds credentials
     * @throws RemoteStoreException if the store cannot be reached or refuses
     * @throws NoSuchElementException with {@link #existing}, if the dataset holds no hrcg store
     */
    public RemoteStore build() {
      URI uri = checkedUrl(url);
      String location = uri.toString();
      HttpClient client = connection != null ? null : httpClient(uri, credentials, connectTimeout);
      RDFConnection link =
          connection != null
              ? connection
              : RDFConnectionRemote.newBuilder()
                  .destination(location)
                  .httpClient(client)
                  .parseCheckSPARQL(false)
                  .build();
      RemoteStore store = new RemoteStore(this, link, client, location);
      try {
        if (existing && store.revision() == 0) {
          throw new NoSuchElementException(
              "the dataset at " + location + " holds no hrcg store (no revision in graph/meta)");
        }
        store.installVocabulary();
        return store;
      } catch (RuntimeException e) {
        store.close();
        throw e;
      }
    }

    /** The URL, checked; messages never repeat a URL that may hold credentials. */
    static URI checkedUrl(String url) {
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("the store URL is not a URL: " + e.getReason());
      }
      if (uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "the store URL must not hold credentials: give them separately");
      }
      String scheme = uri.getScheme();
      if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException(
            "the store URL " + url + " must be an http or https URL");
      }
      if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "the store URL " + url + " must have a host and no query or fragment");
      }
      return uri;
    }
  }
}
