package org.hrcg.ingest;

import java.util.List;
import java.util.Objects;

/**
 * What a reader made of one file: the graphs it holds and the problems found on the way. A file
 * with errors may still yield graphs (so that later checks can report more problems), but a run
 * writes nothing while any error stands.
 *
 * @param graphs the graphs read
 * @param problems the problems found, in file order
 */
public record ReadOutcome(List<SourceGraph> graphs, List<Problem> problems) {

  public ReadOutcome {
    graphs = List.copyOf(Objects.requireNonNull(graphs, "graphs"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** An outcome with nothing read and these problems. */
  public static ReadOutcome failed(List<Problem> problems) {
    return new ReadOutcome(List.of(), problems);
  }
}
