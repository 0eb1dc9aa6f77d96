package org.hrcg.model.store;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.hrcg.model.iri.IriMinter;

/**
 * The hrcg store: named graphs, one per source, plus the reserved graphs (see {@link
 * org.hrcg.model.iri.ReservedGraph}), with a revision number that every write bumps.
 *
 * <p>Rules every implementation keeps:
 *
 * <ul>
 *   <li>The default graph seen by queries is the union of all named graphs. A write addressed to
 *       the default graph goes to {@code graph/default}, which is part of that union.
 *   <li>{@code graph/ontology} and {@code graph/schemes} hold the bundled ontology and concept
 *       schemes; the store loads them and puts them back when the bundled version changes. They and
 *       {@code graph/meta} are written by the store only: any other write to them fails with {@link
 *       ProtectedGraphException} and changes nothing.
 *   <li>Load records (who, when, from which file) and the revision live in {@code graph/meta},
 *       never in the loaded graph, so loading the same content again gives the same graph.
 *   <li>Every write is one transaction: all of it happens, with the revision bumped and the meta
 *       graph updated in the same transaction, or none of it does. Graph IRIs given to the store
 *       are named graphs under the store's base ({@code {base}graph/{slug}}).
 * </ul>
 *
 * <p>A remote implementation (a SPARQL 1.1 store such as Fuseki, reached with the Query, Update and
 * Graph Store protocols) needs: queries sent with {@code urn:x-arq:UnionGraph} as the default graph
 * when the server does not make the union its default graph; each write method sent as one SPARQL
 * Update request ({@code DROP SILENT GRAPH}, {@code INSERT DATA}, the meta record and the revision
 * bump), conditional on the stored revision, since only one request is one transaction there,
 * whereas a series of Graph Store requests is not; the protected graphs refused on the client and,
 * for other clients, by the server; {@link #revision()} read from {@code graph/meta} on every call,
 * never cached, because other instances write too. {@link #read} and {@link #write} hand out a
 * {@link Dataset}: a remote implementation either backs it with the protocols or throws {@link
 * UnsupportedOperationException}, so code that must run against both uses the other methods. See
 * {@link RemoteStore}.
 *
 * <p>Writes made by several instances on one store are serialized by the store: each one bumps the
 * revision by exactly one, so two writers never produce the same revision. A write that names the
 * revision it expects ({@link #update(UpdateRequest, long)}) fails with {@link
 * ConcurrentWriteException} when another write came first.
 */
public interface GraphStore extends AutoCloseable {

  /**
   * Runs the function in a read transaction. The dataset's named graphs are the store's graphs and
   * its default graph is their union; it cannot be changed. Results must not hold on to the
   * dataset: copy what outlives the call.
   */
  <T> T read(Function<Dataset, T> action);

  /**
   * Runs the function in a write transaction and bumps the revision in it. The dataset's default
   * graph reads as the union of the named graphs and writes go to {@code graph/default}. If the
   * function throws, or writes to a protected graph, nothing it did is kept.
   */
  <T> T write(Function<Dataset, T> action);

  /**
   * Runs a SPARQL 1.1 Update in one write transaction, with the same default graph as {@link
   * #write}: {@code WHERE} sees the union, {@code INSERT DATA} without {@code GRAPH} writes to
   * {@code graph/default}. {@code CLEAR ALL} and {@code DROP ALL} leave the ontology, schemes and
   * meta graphs in place.
   *
   * @return the new revision
   */
  long update(UpdateRequest request);

  /**
   * Runs a SPARQL 1.1 Update as {@link #update(UpdateRequest)} does, but only if the store is still
   * at the revision given, checked in the same transaction: a caller that decided what to write on
   * what it read at that revision writes nothing if another write came in between.
   *
   * @return the new revision, {@code expectedRevision + 1}
   * @throws ConcurrentWriteException if the store is at another revision; nothing is written
   */
  long update(UpdateRequest request, long expectedRevision);

  /** Parses and runs a SPARQL 1.1 Update. */
  default long update(String update) {
    Objects.requireNonNull(update, "update");
    return update(UpdateFactory.create(update));
  }

  /**
   * Replaces one named graph's content and its load record.
   *
   * @return the new revision
   * @throws ProtectedGraphException for the ontology, schemes or meta graph
   * @throws IllegalArgumentException if the IRI is not a graph IRI under the store's base
   */
  default long replaceGraph(String graphIri, Model content, LoadRecord record) {
    Objects.requireNonNull(graphIri, "graphIri");
    return replaceGraphs(Map.of(graphIri, new GraphLoad(content, record)));
  }

  /**
   * Replaces several named graphs and their load records in one transaction: all of them or, if one
   * is refused, none.
   *
   * @return the new revision
   */
  long replaceGraphs(Map<String, GraphLoad> graphs);

  /**
   * Replaces graphs and their load records as {@link #replaceGraphs} does, for a load that may be
   * larger than the store takes in one transaction.
   *
   * <p>A store that takes any load in one transaction (TDB2) does just that, in one step. A store
   * that limits the size of a transaction ({@link RemoteStore}, above its request size) writes a
   * larger load in steps of whole graphs, each step one transaction that records the load's
   * progress in {@code graph/meta}: then the load is not all or nothing, but running the same load
   * again (the same graphs with the same content) skips the graphs an earlier attempt wrote and
   * converges to the state one transaction would have given.
   *
   * @param graphs the graphs and their load records
   * @param listener told of each step
   * @return what was written, and how
   * @throws IncompleteLoadException if a store that writes in steps failed before the load was
   *     complete, naming the graphs written, those that may have been (the step in flight) and
   *     those not written; a store that writes in one transaction throws what it throws, and has
   *     written nothing
   * @throws ProtectedGraphException for the ontology, schemes or meta graph, before anything is
   *     written
   * @throws IllegalArgumentException for an IRI that is not a graph IRI under the store's base,
   *     before anything is written
   */
  default LoadResult load(Map<String, GraphLoad> graphs, LoadListener listener) {
    Objects.requireNonNull(graphs, "graphs");
    Objects.requireNonNull(listener, "listener");
    List<String> names = graphs.keySet().stream().sorted().toList();
    if (names.isEmpty()) {
      return new LoadResult(revision(), List.of(), List.of(), 0);
    }
    listener.stepStarting(1, 1, names);
    // One transaction: if it fails, nothing was written, and the store's exception says why.
    long revision = replaceGraphs(graphs);
    listener.stepWritten(1, 1, names, revision);
    return new LoadResult(revision, names, List.of(), 1);
  }

  /**
   * Removes a source's graph, {@code graph/{slug}}, and its load record; every other graph keeps
   * what it says, about the same resources too.
   *
   * @return whether there was such a graph; the revision is bumped only if there was
   * @throws IllegalArgumentException if the slug is not a slug or names a reserved graph
   */
  boolean withdraw(String slug);

  /**
   * Removes every graph but the ontology, schemes and meta graphs, and every load record but
   * theirs; puts the bundled ontology and schemes back if they differ. One transaction.
   *
   * @return the new revision
   */
  long clearAll();

  /** The minter whose base names this store's graphs. */
  IriMinter minter();

  /**
   * Why this store refuses every write, when it was opened for reading only ({@link
   * TdbStore#openReadOnly}); empty for a store that takes writes. Every write method of such a
   * store throws {@link StoreFaultException} with this fault before doing anything.
   */
  default Optional<StoreFault> readOnly() {
    return Optional.empty();
  }

  /** The revision number: it grows with every write made through hrcg. */
  long revision();

  /** The IRIs of the named graphs that hold at least one triple, in order. */
  List<String> graphNames();

  /** The load record of a graph, if the store has one. */
  Optional<LoadedGraph> loadRecord(String graphIri);

  /** The load records of every graph that has one, in graph IRI order. */
  List<LoadedGraph> loadRecords();

  /**
   * Writes the store. A quad format ({@code N-Quads}, {@code TriG}, {@code JSON-LD} as a dataset)
   * keeps the graphs apart; a triple format writes their union, as the default graph shows it.
   */
  void export(OutputStream out, Lang lang, ExportScope scope);

  /**
   * Writes one graph. A quad format writes it as that named graph, a triple format as its triples.
   *
   * @throws java.util.NoSuchElementException if the store has no such graph
   */
  void exportGraph(String graphIri, OutputStream out, Lang lang);

  /**
   * Runs a query against the store, its default graph the union of the named graphs, and gives the
   * execution to the handler inside a read transaction. Results must be consumed or copied in the
   * handler.
   */
  <T> T query(Query query, Function<QueryExecution, T> handler);

  /** Parses a query and runs it as {@link #query(Query, Function)} does. */
  default <T> T query(String query, Function<QueryExecution, T> handler) {
    Objects.requireNonNull(query, "query");
    return query(QueryFactory.create(query), handler);
  }

  /** Runs a SELECT query and returns its results, copied out of the transaction. */
  default ResultSetRewindable select(String query) {
    Query parsed = QueryFactory.create(Objects.requireNonNull(query, "query"));
    if (!parsed.isSelectType()) {
      throw new IllegalArgumentException("not a SELECT query: " + parsed.queryType());
    }
    return query(parsed, execution -> execution.execSelect().rewindable());
  }

  /** Runs an ASK query. */
  default boolean ask(String query) {
    Query parsed = QueryFactory.create(Objects.requireNonNull(query, "query"));
    if (!parsed.isAskType()) {
      throw new IllegalArgumentException("not an ASK query: " + parsed.queryType());
    }
    return query(parsed, QueryExecution::execAsk);
  }

  /** Runs a CONSTRUCT or DESCRIBE query and returns the graph it makes. */
  default Model construct(String query) {
    Query parsed = QueryFactory.create(Objects.requireNonNull(query, "query"));
    if (parsed.isConstructType()) {
      return query(parsed, QueryExecution::execConstruct);
    }
    if (parsed.isDescribeType()) {
      return query(parsed, QueryExecution::execDescribe);
    }
    throw new IllegalArgumentException("not a CONSTRUCT or DESCRIBE query: " + parsed.queryType());
  }

  /** Closes the store; further calls fail. */
  @Override
  void close();
}
