package org.hrcg.ingest.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.concepts.Suggestions;
import org.hrcg.model.iri.Slugs;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping whose keys are checked: the fields of a resource (a closed set of names) or the
 * slugs of a section. Unknown, repeated and malformed keys are reported when the view is made, so
 * that the mapping code only asks for the fields it knows.
 */
final class YamlMap {

  private final Node node;
  private final Map<String, NodeTuple> entries;

  private YamlMap(Node node, Map<String, NodeTuple> entries) {
    this.node = node;
    this.entries = entries;
  }

  /**
   * The fields of a mapping, reporting keys outside {@code allowed} ("unknown field 'tittle' in
   * practice 'x' (did you mean 'title'?)") and keys given twice.
   *
   * @param owner names the mapping in messages, such as {@code practice 'x'}
   */
  static Optional<YamlMap> fields(Node node, String owner, Collection<String> allowed, Report r) {
    if (!(node instanceof MappingNode mapping)) {
      r.error(
          node,
          owner
              + ": expected a mapping of fields ("
              + String.join(", ", allowed.stream().limit(3).toList())
              + ", ...), found "
              + Values.describe(node));
      return Optional.empty();
    }
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Optional<String> key = key(tuple.getKeyNode(), owner, r);
      if (key.isEmpty()) {
        continue;
      }
      String name = key.get();
      if (!allowed.contains(name)) {
        r.error(
            tuple.getKeyNode(),
            "unknown field '"
                + name
                + "' in "
                + owner
                + Suggestions.didYouMean(name, allowed)
                + allowedHint(name, allowed));
        continue;
      }
      NodeTuple first = entries.putIfAbsent(name, tuple);
      if (first != null) {
        r.error(
            tuple.getKeyNode(),
            "field '"
                + name
                + "' is given twice in "
                + owner
                + " (first at line "
                + YamlLoader.position(first.getKeyNode()).line()
                + ")");
      }
    }
    return Optional.of(new YamlMap(node, entries));
  }

  /**
   * The entries of a section keyed by slug ({@code territories:}, {@code practices:}): keys that
   * are not slugs and slugs defined twice are reported and left out. An empty section (a key with
   * no value) has no entries.
   */
  static List<Slugged> section(Node node, String section, Report r) {
    if (Values.isNull(node)) {
      return List.of();
    }
    if (!(node instanceof MappingNode mapping)) {
      r.error(
          node,
          section
              + ": expected a mapping from slugs to descriptions, found "
              + Values.describe(node));
      return List.of();
    }
    Map<String, NodeTuple> seen = new LinkedHashMap<>();
    List<Slugged> entries = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Optional<String> key = key(tuple.getKeyNode(), section, r);
      if (key.isEmpty()) {
        continue;
      }
      String slug = key.get();
      if (!Slugs.isValid(slug)) {
        r.error(tuple.getKeyNode(), section + ": " + Values.invalidSlug(slug, List.of()));
        continue;
      }
      NodeTuple first = seen.putIfAbsent(slug, tuple);
      if (first != null) {
        r.error(
            tuple.getKeyNode(),
            "slug '"
                + slug
                + "' is defined twice in "
                + section
                + " (first at line "
                + YamlLoader.position(first.getKeyNode()).line()
                + ")");
        continue;
      }
      entries.add(new Slugged(slug, tuple.getKeyNode(), tuple.getValueNode()));
    }
    return entries;
  }

  /** One entry of a section: a slug, where it is written, and its description. */
  record Slugged(String slug, Node key, Node value) {

    Position position() {
      return YamlLoader.position(key);
    }
  }

  /** The mapping node itself. */
  Node node() {
    return node;
  }

  /** The field's value, or empty when the field is absent or written without a value. */
  Optional<Node> get(String field) {
    NodeTuple tuple = entries.get(field);
    if (tuple == null || Values.isNull(tuple.getValueNode())) {
      return Optional.empty();
    }
    return Optional.of(tuple.getValueNode());
  }

  /** Whether the field is given with a value. */
  boolean has(String field) {
    return get(field).isPresent();
  }

  /** Where the field's key is written, if the field is given. */
  Optional<Position> at(String field) {
    NodeTuple tuple = entries.get(field);
    return tuple == null ? Optional.empty() : Optional.of(YamlLoader.position(tuple.getKeyNode()));
  }

  /** Where the field's key is written, or where the mapping starts if it is not given. */
  Position atOrStart(String field) {
    return at(field).orElse(YamlLoader.position(node));
  }

  /** The names of the fields given, in file order. */
  Set<String> names() {
    return entries.keySet();
  }

  private static Optional<String> key(Node key, String owner, Report r) {
    if (key instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
      return Optional.of(scalar.getValue());
    }
    r.error(key, owner + ": a key must be a name, found " + Values.describe(key));
    return Optional.empty();
  }

  private static String allowedHint(String name, Collection<String> allowed) {
    if (!Suggestions.closest(name, allowed).isEmpty()) {
      return "";
    }
    return "; known fields: " + String.join(", ", allowed);
  }
}
