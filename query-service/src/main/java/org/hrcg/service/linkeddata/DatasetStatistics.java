package org.hrcg.service.linkeddata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.LoadedGraph;

/**
 * The numbers a dataset description gives: computed with SPARQL once per store revision, since
 * every write bumps the revision and counting a large store takes a while.
 *
 * @param revision the store revision they were computed at
 * @param triples the triples of the union of the named graphs
 * @param distinctSubjects its distinct subjects
 * @param distinctObjects its distinct objects
 * @param graphs each named graph's IRI and number of triples, in IRI order
 * @param classes each class's IRI and number of resources, in IRI order
 * @param properties each property's IRI and number of triples, in IRI order
 * @param namespaces the namespaces of the classes and properties used
 * @param loads each graph's load record
 */
record DatasetStatistics(
    long revision,
    long triples,
    long distinctSubjects,
    long distinctObjects,
    Map<String, Long> graphs,
    Map<String, Long> classes,
    Map<String, Long> properties,
    List<String> namespaces,
    Map<String, LoadedGraph> loads) {

  /** When the data last changed: the latest load, if any. */
  Instant modified() {
    return loads.values().stream().map(l -> l.record().time()).max(Instant::compareTo).orElse(null);
  }

  /** The number of quads, every graph's triples added up. */
  long quads() {
    return graphs.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Computes the statistics, or reuses them while the store's revision stays the same. */
  static final class Cache {

    private static final Query SIZE = Queries.load("dataset-size");
    private static final Query GRAPHS = Queries.load("dataset-graphs");
    private static final Query CLASSES = Queries.load("dataset-classes");
    private static final Query PROPERTIES = Queries.load("dataset-properties");

    private final GraphStore store;
    private final AtomicReference<DatasetStatistics> current = new AtomicReference<>();

    Cache(GraphStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    DatasetStatistics get() {
      long revision = store.revision();
      DatasetStatistics cached = current.get();
      if (cached != null && cached.revision() == revision) {
        return cached;
      }
      DatasetStatistics computed = compute(revision);
      current.set(computed);
      return computed;
    }

    private DatasetStatistics compute(long revision) {
      long[] size =
          store.query(
              SIZE,
              execution -> {
                QuerySolution row = execution.execSelect().next();
                return new long[] {
                  row.getLiteral("triples").getLong(),
                  row.getLiteral("subjects").getLong(),
                  row.getLiteral("objects").getLong()
                };
              });
      Map<String, Long> graphs = counts(GRAPHS, "g", "triples");
      Map<String, Long> classes = counts(CLASSES, "class", "entities");
      Map<String, Long> properties = counts(PROPERTIES, "p", "triples");
      TreeSet<String> namespaces = new TreeSet<>();
      for (String iri : classes.keySet()) {
        namespaces.add(namespace(iri));
      }
      for (String iri : properties.keySet()) {
        namespaces.add(namespace(iri));
      }
      Map<String, LoadedGraph> loads = new LinkedHashMap<>();
      for (LoadedGraph load : store.loadRecords()) {
        loads.put(load.graph(), load);
      }
      return new DatasetStatistics(
          revision,
          size[0],
          size[1],
          size[2],
          graphs,
          classes,
          properties,
          new ArrayList<>(namespaces),
          loads);
    }

    private Map<String, Long> counts(Query query, String key, String count) {
      return store.query(
          query,
          execution -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
              QuerySolution row = results.next();
              if (row.get(key) != null && row.get(key).isURIResource()) {
                counts.put(row.getResource(key).getURI(), row.getLiteral(count).getLong());
              }
            }
            return counts;
          });
    }
  }

  /** An IRI's namespace: up to its last {@code #} or {@code /}. */
  static String namespace(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut < 0 ? iri : iri.substring(0, cut + 1);
  }
}
