package org.hrcg.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.update.UpdateRequest;

/**
 * The fixed SPARQL of the remote store, one query or update a file beside this class, with the
 * values of some variables bound by name (never written into the text by hand).
 */
final class SparqlTemplates {

  private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

  private SparqlTemplates() {}

  static Query query(String name, Map<String, Node> values) {
    return bind(name + ".rq", values).asQuery();
  }

  static UpdateRequest update(String name, Map<String, Node> values) {
    return bind(name + ".ru", values).asUpdate();
  }

  private static ParameterizedSparqlString bind(String file, Map<String, Node> values) {
    ParameterizedSparqlString text =
        new ParameterizedSparqlString(TEXTS.computeIfAbsent(file, SparqlTemplates::read));
    values.forEach(
        (variable, value) -> text.setParam(variable, Objects.requireNonNull(value, variable)));
    return text;
  }

  private static String read(String file) {
    try (InputStream in = SparqlTemplates.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing classpath resource " + file + " beside " + SparqlTemplates.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
