package org.hrcg.ingest.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.hrcg.ingest.Locations;
import org.hrcg.ingest.Position;

/**
 * The fields one kind of YAML mapping may have, in the order the format documents them, and the RDF
 * properties each becomes; used both to reject unknown fields and to record where each (subject,
 * property) came from.
 */
final class FieldTable {

  private final Map<String, List<Property>> fields;

  private FieldTable(Map<String, List<Property>> fields) {
    this.fields = fields;
  }

  /**
   * A table from field names, each followed by the properties it becomes: {@code of("label",
   * RDFS.label, "type", RDF.type, "slug")}.
   */
  static FieldTable of(Object... namesAndProperties) {
    Map<String, List<Property>> fields = new LinkedHashMap<>();
    List<Property> current = null;
    for (Object item : namesAndProperties) {
      if (item instanceof String name) {
        current = new ArrayList<>();
        fields.put(name, current);
      } else if (item instanceof Property property && current != null) {
        current.add(property);
      } else {
        throw new IllegalArgumentException("a field table lists names, each with properties");
      }
    }
    fields.replaceAll((name, properties) -> List.copyOf(properties));
    return new FieldTable(Collections.unmodifiableMap(fields));
  }

  /** The field names, in documented order. */
  Set<String> names() {
    return fields.keySet();
  }

  /**
   * Records where a subject and each of its given fields' properties are written: the subject at
   * {@code at} (its slug), each property at its field's key.
   */
  void locate(Locations locations, String subjectIri, Position at, YamlMap map) {
    Node subject = NodeFactory.createURI(subjectIri);
    locations.subject(subject, at);
    for (String name : map.names()) {
      Position position = map.at(name).orElse(at);
      for (Property property : fields.getOrDefault(name, List.of())) {
        locations.property(subject, property.asNode(), position);
      }
    }
  }
}
