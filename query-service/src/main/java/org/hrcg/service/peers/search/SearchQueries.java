package org.hrcg.service.peers.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.hrcg.model.store.GraphStore;

/** The fixed queries of the search, read once from {@code hrcg/search/*.rq} on the classpath. */
final class SearchQueries {

  private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

  private SearchQueries() {}

  /** A fresh parsed copy of the named query (callers may change it). */
  static Query query(String name) {
    return QueryFactory.create(TEXTS.computeIfAbsent(name, SearchQueries::load));
  }

  private static String load(String name) {
    String path = "hrcg/search/" + name + ".rq";
    try (InputStream in = SearchQueries.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing query " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Binds a variable to IRIs with a trailing VALUES block. */
  static Query withValues(Query query, String variable, List<String> iris) {
    Var var = Var.alloc(variable);
    List<Binding> rows =
        iris.stream().map(iri -> BindingFactory.binding(var, NodeFactory.createURI(iri))).toList();
    query.setValuesDataBlock(List.of(var), rows);
    return query;
  }

  /** Runs a SELECT through the store, mapping each row; nothing holds on to the results. */
  static <T> List<T> select(GraphStore store, Query query, Function<QuerySolution, T> row) {
    return store.query(
        query,
        (QueryExecution execution) -> {
          List<T> rows = new ArrayList<>();
          execution.execSelect().forEachRemaining(solution -> rows.add(row.apply(solution)));
          return rows;
        });
  }

  static String iri(QuerySolution solution, String variable) {
    RDFNode node = solution.get(variable);
    return node != null && node.isURIResource() ? node.asResource().getURI() : null;
  }

  static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
