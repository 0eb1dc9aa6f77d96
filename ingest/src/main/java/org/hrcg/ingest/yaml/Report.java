package org.hrcg.ingest.yaml;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.Problem;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The problems found in one file. A node reached through several aliases is checked once per alias;
 * the same problem at the same place is kept once.
 */
final class Report {

  private final Path file;
  private final Set<Problem> problems = new LinkedHashSet<>();

  Report(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  void error(Position position, String message) {
    problems.add(Problem.error(file, position, message));
  }

  void error(Node node, String message) {
    error(YamlLoader.position(node), message);
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** The problems in file order. */
  List<Problem> problems() {
    return problems.stream()
        .sorted(
            Comparator.comparingInt((Problem p) -> p.position().line())
                .thenComparingInt(p -> p.position().column()))
        .toList();
  }
}
