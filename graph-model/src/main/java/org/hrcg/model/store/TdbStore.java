package org.hrcg.model.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
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
 *
 * <p>When the file system refuses a write (the process may not write the directory, the disk is
 * full, a file-size limit is reached), the write throws {@link StoreFaultException} naming the
 * directory and the cause, and TDB2 has aborted it: the store holds every write made before and
 * nothing of this one. A store this process may read but not write opens with {@link
 * #openReadOnly}: a private copy that answers every read and refuses every write.
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

  /** The store's directory, named in faults; the working directory for a store in memory. */
  private final Path location;

  /**
   * Why every write is refused: for a store opened read-only, or one that an aborted write left
   * unsafe to write ({@link TdbAbortRepair}); null otherwise.
   */
  private volatile StoreFault readOnly;

  /** The private copy a read-only store is served from, deleted on closing; null otherwise. */
  private final Path copy;

  /** What a write returned and the revision it produced. */
  private record Written<T>(T value, long revision) {}

  private TdbStore(
      DatasetGraph dsg,
      IriMinter minter,
      boolean persistent,
      Path location,
      StoreFault readOnly,
      Path copy) {
    this.dsg = dsg;
    this.minter = minter;
    this.persistent = persistent;
    this.location = location;
    this.readOnly = readOnly;
    this.copy = copy;
    // Only queries consult this setting; the store's own views give the same union to the API.
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    this.dataset = DatasetFactory.wrap(dsg);
    this.layout = new StoreLayout(minter);
    this.meta = layout.meta();
    this.vocabulary = new BundledVocabulary(layout);
    if (readOnly == null) {
      installVocabulary();
    }
  }

  /** Opens (creating it if needed) a TDB2 store in a directory, with the published base IRI. */
  public static TdbStore open(Path directory) {
    return open(directory, IriMinter.defaults());
  }

  /**
   * Opens (creating it if needed) a TDB2 store in a directory, with graph IRIs under a base.
   *
   * @throws StoreFaultException if the directory cannot be created or written ({@link
   *     StoreFault.Kind#READ_ONLY}: see {@link #openReadOnly}) or has no room to set the store up
   *     ({@link StoreFault.Kind#FULL})
   */
  public static TdbStore open(Path directory, IriMinter minter) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(minter, "minter");
    Path location = directory.toAbsolutePath().normalize();
    if (Files.isDirectory(location) && !Files.isWritable(location)) {
      throw new StoreFaultException(
          new StoreFault(StoreFault.Kind.READ_ONLY, location.toString(), notWritable(location)),
          null);
    }
    try {
      Files.createDirectories(location);
    } catch (IOException e) {
      Optional<StoreFault> fault = StoreFault.of(e, location);
      if (fault.isPresent()) {
        Path refused =
            e instanceof FileSystemException f && f.getFile() != null
                ? Path.of(f.getFile())
                : location;
        String reason = fault.get().cause();
        throw new StoreFaultException(
            new StoreFault(
                fault.get().kind(),
                location.toString(),
                "cannot create it in "
                    + refused.toAbsolutePath().getParent()
                    + ": "
                    + reason.substring(reason.lastIndexOf(": ") + 2)),
            e);
      }
      throw new UncheckedIOException("cannot create store directory " + location, e);
    }
    DatasetGraph dsg;
    try {
      dsg = TDB2Factory.connectDataset(location.toString()).asDatasetGraph();
    } catch (RuntimeException e) {
      throw StoreFault.of(e, location)
          .<RuntimeException>map(fault -> new StoreFaultException(fault, e))
          .orElse(e);
    }
    try {
      return new TdbStore(dsg, minter, true, location, null, null);
    } catch (RuntimeException e) {
      TDBInternal.expel(dsg);
      throw e;
    }
  }

  /**
   * Opens a TDB2 store that this process may read but not write, for reading only. TDB2 cannot open
   * such a directory itself (it opens its lock and data files for writing even to read), so the
   * store is copied to a private folder under the temporary directory ({@code java.io.tmpdir}) and
   * opened there; closing the store deletes the copy. The copy takes the disk space of the data
   * (the holes of TDB2's pre-sized files stay holes) and the time to read it once. It is taken
   * under a shared lock of the store's {@code tdb.lock}, so a store that a process has open is
   * refused rather than copied half-written.
   *
   * <p>The store answers every read as the directory held it when it was opened; every write throws
   * {@link StoreFaultException} with {@code reason}, before anything is done; the bundled ontology
   * and schemes are served as stored, even if this version of hrcg bundles others.
   *
   * @param reason why the store cannot be written, which every write is refused with
   * @throws StoreFaultException ({@link StoreFault.Kind#UNAVAILABLE}) if the directory cannot be
   *     read, holds no TDB2 store, is open in a process, or the copy cannot be made
   */
  public static TdbStore openReadOnly(Path directory, IriMinter minter, StoreFault reason) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(minter, "minter");
    Objects.requireNonNull(reason, "reason");
    Path location = directory.toAbsolutePath().normalize();
    Path copy = ReadOnlyCopy.make(location, Path.of(System.getProperty("java.io.tmpdir")));
    DatasetGraph dsg;
    try {
      dsg = TDB2Factory.connectDataset(copy.toString()).asDatasetGraph();
    } catch (RuntimeException e) {
      ReadOnlyCopy.delete(copy);
      throw new StoreFaultException(
          new StoreFault(
              StoreFault.Kind.UNAVAILABLE,
              location.toString(),
              "its copy in " + copy + " does not open as a TDB2 store: " + e.getMessage()),
          e);
    }
    return new TdbStore(dsg, minter, true, location, reason, copy);
  }

  /** Why a directory that exists is not writable: its file system, or its owner and mode. */
  private static String notWritable(Path directory) {
    try {
      if (Files.getFileStore(directory).isReadOnly()) {
        return "its file system is mounted read-only";
      }
    } catch (IOException e) {
      // Then it is the permissions that we can say something about.
    }
    return "the directory is not writable: Permission denied";
  }

  /** A new, empty TDB2 store in memory, with the published base IRI. */
  public static TdbStore inMemory() {
    return inMemory(IriMinter.defaults());
  }

  /** A new, empty TDB2 store in memory, with graph IRIs under a base. */
  public static TdbStore inMemory(IriMinter minter) {
    Objects.requireNonNull(minter, "minter");
    return new TdbStore(
        TDB2Factory.createDataset().asDatasetGraph(),
        minter,
        false,
        Path.of("").toAbsolutePath(),
        null,
        null);
  }

  @Override
  public IriMinter minter() {
    return minter;
  }

  @Override
  public Optional<StoreFault> readOnly() {
    return Optional.ofNullable(readOnly);
  }

  /**
   * The directory the store was opened from; for a read-only store, the directory it was copied
   * from, not the copy.
   */
  public Path location() {
    return location;
  }

  /** The private copy a read-only store is served from; empty for a store that takes writes. */
  public Optional<Path> copy() {
    return Optional.ofNullable(copy);
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
    if (readOnly != null) {
      throw new StoreFaultException(readOnly, null);
    }
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
      ReadOnlyCopy.delete(copy);
    }
  }

  @Override
  public String toString() {
    return "TdbStore["
        + (persistent ? "directory" : "memory")
        + (readOnly != null ? ", read-only" : "")
        + ", "
        + minter.base()
        + "]";
  }

  private <T> Written<T> inWrite(BiFunction<DatasetGraph, Map<Node, LoadRecord>, T> action) {
    ensureOpen();
    if (readOnly != null) {
      throw new StoreFaultException(readOnly, null);
    }
    try {
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
    } catch (RuntimeException | Error e) {
      // TDB2 has aborted the transaction; a failure of the file system is said as what it is.
      // (InternalError: HotSpot's answer to a memory-mapped page that the disk had no room for.)
      afterAbort();
      Optional<StoreFault> fault = StoreFault.of(e, location);
      if (fault.isPresent()) {
        throw new StoreFaultException(fault.get(), e);
      }
      throw e;
    }
  }

  /**
   * Puts TDB2's node files right after an aborted write, so that the next write is recorded where
   * it is written; where that cannot be done, refuses every write from now on.
   */
  private void afterAbort() {
    if (persistent && !TdbAbortRepair.repair(dsg)) {
      readOnly =
          new StoreFault(
              StoreFault.Kind.READ_ONLY,
              location.toString(),
              "a write was aborted, and this version of Jena TDB2 cannot be made safe for further"
                  + " writes in this process: restart it");
    }
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
