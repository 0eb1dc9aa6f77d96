package org.hrcg.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Where in its input file each statement of a source graph came from, so that a SHACL result (a
 * focus node and a path) can be reported at a line. A reader records the position of each subject
 * and, where it knows it, of each (subject, predicate) pair.
 */
public final class Locations {

  private final Map<Node, Position> subjects = new HashMap<>();
  private final Map<Map.Entry<Node, Node>, Position> properties = new HashMap<>();

  /** Records where a subject is first described; later calls for the same subject are ignored. */
  public void subject(Node subject, Position position) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(position, "position");
    subjects.putIfAbsent(subject, position);
  }

  /** Records where a property of a subject is first given; later calls are ignored. */
  public void property(Node subject, Node predicate, Position position) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(position, "position");
    properties.putIfAbsent(Map.entry(subject, predicate), position);
    subjects.putIfAbsent(subject, position);
  }

  /**
   * The best known position for a property of a subject: the property's own, else the subject's,
   * else nothing. A null predicate asks for the subject.
   */
  public Optional<Position> find(Node subject, Node predicate) {
    if (subject == null) {
      return Optional.empty();
    }
    if (predicate != null) {
      Position exact = properties.get(Map.entry(subject, predicate));
      if (exact != null) {
        return Optional.of(exact);
      }
    }
    return Optional.ofNullable(subjects.get(subject));
  }
}
