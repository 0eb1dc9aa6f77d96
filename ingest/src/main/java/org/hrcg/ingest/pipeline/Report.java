package org.hrcg.ingest.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hrcg.ingest.Problem;

/**
 * What a run found and did.
 *
 * @param problems every problem of every file, sorted by file, line and column
 * @param notes things the user should know that are not problems (files skipped in a folder)
 * @param files the files read
 * @param graphs every graph read, in file order
 * @param added the graphs written that the store did not have before, in IRI order
 * @param replaced the graphs written that replaced a graph of the store, in IRI order
 * @param resumed the graphs of a large load that an earlier, interrupted run of the same load had
 *     written to a remote store and that were not sent again, in IRI order (see {@link
 *     org.hrcg.model.store.GraphStore#load})
 * @param requests the number of write transactions (requests, for a remote store) the run took: 0
 *     if it wrote nothing, 1 unless a large load was written in steps
 * @param strict whether warnings failed the run
 * @param written whether the run wrote to the store
 * @param elapsed how long the run took
 */
public record Report(
    List<Problem> problems,
    List<String> notes,
    List<Path> files,
    List<ReadGraph> graphs,
    List<String> added,
    List<String> replaced,
    List<String> resumed,
    int requests,
    boolean strict,
    boolean written,
    Duration elapsed) {

  /** The order problems are listed in: by file, then line, then column, then as found. */
  public static final Comparator<Problem> PROBLEM_ORDER =
      Comparator.comparing((Problem p) -> p.file().toString())
          .thenComparingInt(p -> p.position().line())
          .thenComparingInt(p -> p.position().column());

  public Report {
    problems = Objects.requireNonNull(problems, "problems").stream().sorted(PROBLEM_ORDER).toList();
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    files = List.copyOf(Objects.requireNonNull(files, "files"));
    graphs = List.copyOf(Objects.requireNonNull(graphs, "graphs"));
    added = List.copyOf(Objects.requireNonNull(added, "added"));
    replaced = List.copyOf(Objects.requireNonNull(replaced, "replaced"));
    resumed = List.copyOf(Objects.requireNonNull(resumed, "resumed"));
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * One graph read in the run.
   *
   * @param graphIri the named graph it is for
   * @param file the file it was read from
   * @param triples how many triples it holds
   */
  public record ReadGraph(String graphIri, Path file, long triples) {

    public ReadGraph {
      Objects.requireNonNull(graphIri, "graphIri");
      Objects.requireNonNull(file, "file");
    }
  }

  /** The number of errors. */
  public long errors() {
    return problems.stream().filter(Problem::isError).count();
  }

  /** The number of warnings. */
  public long warnings() {
    return problems.size() - errors();
  }

  /** The triples of every graph read. */
  public long triples() {
    return graphs.stream().mapToLong(ReadGraph::triples).sum();
  }

  /** Whether the inputs passed: no error and, when strict, no warning. */
  public boolean passed() {
    return errors() == 0 && (!strict || warnings() == 0);
  }
}
