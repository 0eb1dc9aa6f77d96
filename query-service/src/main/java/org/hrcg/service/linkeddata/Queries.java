package org.hrcg.service.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The linked-data queries, one {@code .rq} file each under {@code hrcg/linkeddata/} on the
 * classpath. Values from a request are put into the parsed query as RDF terms, never into its text.
 */
final class Queries {

  private Queries() {}

  /** A query file, parsed. */
  static Query load(String name) {
    String location = "hrcg/linkeddata/" + name + ".rq";
    try (InputStream in = Queries.class.getClassLoader().getResourceAsStream(location)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource not found: " + location);
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }

  /** A copy of the query with a variable replaced by a term. */
  static Query bind(Query query, String variable, Node value) {
    Objects.requireNonNull(value, variable);
    return QueryTransformOps.syntaxSubstitute(query, Map.of(Var.alloc(variable), value));
  }

  /**
   * A copy of the query whose pattern starts with {@code VALUES ?variable { ... }}, so that the
   * engine starts from those values.
   */
  static Query values(Query query, String variable, Collection<Node> nodes) {
    Query copy = query.cloneQuery();
    Var var = Var.alloc(variable);
    ElementData data = new ElementData();
    data.add(var);
    for (Node node : nodes) {
      data.add(BindingFactory.binding(var, node));
    }
    ElementGroup group = new ElementGroup();
    group.addElement(data);
    Element pattern = copy.getQueryPattern();
    if (pattern instanceof ElementGroup existing) {
      existing.getElements().forEach(group::addElement);
    } else {
      group.addElement(pattern);
    }
    copy.setQueryPattern(group);
    return copy;
  }
}
