package org.hrcg.model.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateRequest;
import org.hrcg.model.iri.IriMinter;

/**
 * The embedded store: Apache Jena TDB2, in a directory or in memory. Queries see the union of the
 * named graphs as their default graph (TDB2's {@code unionDefaultGraph}); every read and write runs
 * in a TDB2 transaction, so one writer and many readers work at once and a failed write leaves
 * nothing behind.
 *
 * <p>Open one {@code TdbStore} per directory in a process: TDB2 shares one connection per
 * directory, and closing the store releases it.
 *
 * <p>On opening, the bundled ontology and concept schemes are loaded into {@code graph/ontology}
 * and {@code graph/schemes} when missing, and replaced when the stored copy is not isomorphic with
 * the bundled one (a new version of hrcg); that counts as a write and bumps the revision.
 */
public final class TdbStore implements GraphStore {

  private final DatasetGraph dsg;
  private final Dataset dataset;
  private final IriMinter minter;
  private final boolean persistent;
  private final StoreLayout layout;
  private final MetaGraph meta;
  private final BundledVocabulary vocabulary;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** What a write returned and the revision it produced. */
  private record Written<T>(T value, long revision) {}

  private TdbStore(DatasetGraph dsg, IriMinter minter, boolean persistent) {
    this.dsg = dsg;
    this.minter = minter;
    this.persistent = persistent;
    // Only queries consult this setting; the store's own views give the same union to the API.
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    this.dataset = DatasetFactory.wrap(dsg);
    this.layout = new StoreLayout(minter);
    this.meta = layout.meta();
    this.vocabulary = new BundledVocabulary(layout);
    installVocabulary();
  }

  /** Opens (creating it if needed) a TDB2 store in a directory, with the published base IRI. */
  public static TdbStore open(Path directory) {
    return open(directory, IriMinter.defaults());
  }

  /** Opens (creating it if needed) a TDB2 store in a directory, with graph IRIs under a base. */
  public static TdbStore open(Path directory, IriMinter minter) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(minter, "minter");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create store directory " + directory, e);
    }
    DatasetGraph dsg = TDB2Factory.connectDataset(directory.toString()).asDatasetGraph();
    return new TdbStore(dsg, minter, true);
  }

  /** A new, empty TDB2 store in memory, with the published base IRI. */
  public static TdbStore inMemory() {
    return inMemory(IriMinter.defaults());
  }

  /** A new, empty TDB2 store in memory, with graph IRIs under a base. */
  public static TdbStore inMemory(IriMinter minter) {
    Objects.requireNonNull(minter, "minter");
    return new TdbStore(TDB2Factory.createDataset().asDatasetGraph(), minter, false);
  }

  @Override
  public IriMinter minter() {
    return minter;
  }

  /**
   * The underlying dataset, for an in-process SPARQL server to serve. Writes made on it directly
   * bypass this store's rules (protected graphs, revision, load records): a server must route its
   * writes through {@link #write} or {@link #update}, which join a transaction already open on the
   * calling thread.
   */
  public DatasetGraph datasetGraph() {
    return dsg;
  }

  @Override
  public <T> T read(Function<Dataset, T> action) {
    Objects.requireNonNull(action, "action");
    ensureOpen();
    return Txn.calculateRead(dsg, () -> action.apply(DatasetFactory.wrap(StoreView.reading(dsg))));
  }

  @Override
  public <T> T write(Function<Dataset, T> action) {
    Objects.requireNonNull(action, "action");
    return inWrite((raw, records) -> action.apply(DatasetFactory.wrap(writeView(raw)))).value();
  }

  @Override
  public long update(UpdateRequest request) {
    return runUpdate(request, null);
  }

  @Override
  public long update(UpdateRequest request, long expectedRevision) {
    return runUpdate(request, expectedRevision);
  }

  /** Runs an update in a write transaction, if the revision is the one expected (when given). */
  private long runUpdate(UpdateRequest request, Long expectedRevision) {
    Objects.requireNonNull(request, "request");
    return inWrite(
            (raw, records) -> {
              long stored = meta.revision(raw);
              if (expectedRevision != null && stored != expectedRevision) {
                throw new ConcurrentWriteException(expectedRevision, stored);
              }
              UpdateExec.dataset(writeView(raw)).update(request).execute();
              return null;
            })
        .revision();
  }

  @Override
  public long replaceGraphs(Map<String, GraphLoad> graphs) {
    Objects.requireNonNull(graphs, "graphs");
    Map<Node, GraphLoad> loads = new LinkedHashMap<>();
    graphs.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry ->
                loads.put(
                    layout.writableGraph(entry.getKey()),
                    Objects.requireNonNull(entry.getValue(), "graphs[" + entry.getKey() + "]")));
    if (loads.isEmpty()) {
      return revision();
    }
    return inWrite(
            (raw, records) -> {
              loads.forEach(
                  (graph, load) -> {
                    raw.removeGraph(graph);
                    for (Triple t : load.content().getGraph().find().toList()) {
                      raw.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
                    }
                    // An empty graph does not exist in the store, so it gets no record either.
                    if (!load.content().isEmpty()) {
                      records.put(graph, load.record());
                    }
                  });
              return null;
            })
        .revision();
  }

  @Override
  public boolean withdraw(String slug) {
    Node graph = node(minter.graph(slug));
    ensureOpen();
    boolean present = Txn.calculateRead(dsg, () -> dsg.containsGraph(graph));
    if (!present) {
      return false;
    }
    return inWrite(
            (raw, records) -> {
              boolean removed = raw.containsGraph(graph);
              raw.removeGraph(graph);
              meta.forget(raw, graph);
              return removed;
            })
        .value();
  }

  @Override
  public long clearAll() {
    return inWrite(
            (raw, records) -> {
              for (Node graph : Iter.toList(raw.listGraphNodes())) {
                if (!layout.isProtected(graph)) {
                  raw.removeGraph(graph);
                }
              }
              raw.getDefaultGraph().clear();
              refreshVocabulary(raw, records);
              return null;
            })
        .revision();
  }

  @Override
  public long revision() {
    ensureOpen();
    return Txn.calculateRead(dsg, () -> meta.revision(dsg));
  }

  @Override
  public List<String> graphNames() {
    ensureOpen();
    return Txn.calculateRead(
        dsg,
        () -> Iter.toList(Iter.map(dsg.listGraphNodes(), Node::getURI)).stream().sorted().toList());
  }

  @Override
  public Optional<LoadedGraph> loadRecord(String graphIri) {
    Objects.requireNonNull(graphIri, "graphIri");
    ensureOpen();
    return Txn.calculateRead(dsg, () -> meta.read(dsg, node(graphIri)));
  }

  @Override
  public List<LoadedGraph> loadRecords() {
    ensureOpen();
    return Txn.calculateRead(dsg, () -> meta.readAll(dsg));
  }

  @Override
  public void export(OutputStream out, Lang lang, ExportScope scope) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(scope, "scope");
    ensureOpen();
    Txn.executeRead(
        dsg,
        () -> {
          List<Node> graphs = layout.exported(Iter.toList(dsg.listGraphNodes()), scope);
          StoreExport.write(dsg, out, lang, graphs);
        });
  }

  @Override
  public void exportGraph(String graphIri, OutputStream out, Lang lang) {
    Objects.requireNonNull(graphIri, "graphIri");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(lang, "lang");
    ensureOpen();
    Node graph = node(graphIri);
    Txn.executeRead(
        dsg,
        () -> {
          if (!dsg.containsGraph(graph)) {
            throw new NoSuchElementException("the store has no graph <" + graphIri + ">");
          }
          StoreExport.write(dsg, out, lang, List.of(graph));
        });
  }

  @Override
  public <T> T query(Query query, Function<QueryExecution, T> handler) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(handler, "handler");
    ensureOpen();
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            return handler.apply(execution);
          }
        });
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      // Expelling releases TDB2's cached connection, so a later open reads the directory afresh.
      TDBInternal.expel(dsg);
    }
  }

  @Override
  public String toString() {
    return "TdbStore[" + (persistent ? "directory" : "memory") + ", " + minter.base() + "]";
  }

  private <T> Written<T> inWrite(BiFunction<DatasetGraph, Map<Node, LoadRecord>, T> action) {
    ensureOpen();
    return Txn.calculateWrite(
        dsg,
        () -> {
          Map<Node, LoadRecord> records = new HashMap<>();
          T value = action.apply(dsg, records);
          // Nothing may ever be stored in TDB2's own default graph: queries would not see it.
          Graph stored = dsg.getDefaultGraph();
          if (!stored.isEmpty()) {
            for (Triple t : stored.find().toList()) {
              dsg.add(layout.defaultGraph(), t.getSubject(), t.getPredicate(), t.getObject());
            }
            stored.clear();
          }
          meta.reconcile(dsg);
          long revision = meta.bump(dsg);
          records.forEach((graph, record) -> meta.record(dsg, graph, record, revision));
          return new Written<>(value, revision);
        });
  }

  private DatasetGraph writeView(DatasetGraph raw) {
    return StoreView.writing(raw, layout.defaultGraph(), layout.protectedSet());
  }

  /** Loads the bundled vocabulary when it is missing or differs; writes only if it must. */
  private void installVocabulary() {
    boolean current = Txn.calculateRead(dsg, () -> vocabulary.outdated(dsg::getGraph).isEmpty());
    if (!current) {
      inWrite(
          (raw, records) -> {
            refreshVocabulary(raw, records);
            return null;
          });
    }
  }

  private void refreshVocabulary(DatasetGraph raw, Map<Node, LoadRecord> records) {
    for (BundledVocabulary.Entry entry : vocabulary.outdated(raw::getGraph)) {
      raw.removeGraph(entry.graph());
      entry
          .content()
          .find()
          .forEachRemaining(
              t -> raw.add(entry.graph(), t.getSubject(), t.getPredicate(), t.getObject()));
      records.put(entry.graph(), entry.record());
    }
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the store is closed");
    }
  }

  private static Node node(String iri) {
    return StoreLayout.node(iri);
  }
}
