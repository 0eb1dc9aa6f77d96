package org.hrcg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hrcg.ingest.CaseStudyReader;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.ingest.pipeline.ShapeValidation;
import org.hrcg.ingest.yaml.YamlCaseStudyReader;
import org.hrcg.model.store.GraphLoad;
import org.hrcg.model.store.LoadRecord;
import org.hrcg.model.store.TdbStore;

/**
 * Runs the stages of an ingest one after another in one process and times each: reading the files,
 * parsing and mapping them, SHACL validation, and the write to a TDB2 store. It calls the same
 * public pieces that the ingest pipeline is made of, so the split shows where the pipeline's time
 * goes; it is a profile, not a second pipeline (it stops at nothing and reports problems only as
 * counts).
 *
 * <p>Usage: {@code IngestPhases YAML_DIRECTORY STORE_DIRECTORY}. Prints one line.
 */
public final class IngestPhases {

  private IngestPhases() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: IngestPhases YAML_DIRECTORY STORE_DIRECTORY");
      System.exit(2);
    }
    double startup =
        (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
    Path directory = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> listed = Files.list(directory)) {
      files =
          listed.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
    // The YAML reader alone: the phases are about the YAML path, whatever other readers exist.
    CaseStudyReader reader = new YamlCaseStudyReader();

    long t0 = System.nanoTime();
    List<SourceFile> sources = new ArrayList<>();
    for (Path file : files) {
      if (SourceFile.read(file, SourceFile.DEFAULT_MAX_BYTES) instanceof SourceFile.Read read) {
        sources.add(read.file());
      } else {
        throw new IllegalStateException("cannot read " + file);
      }
    }
    long t1 = System.nanoTime();
    List<SourceGraph> graphs = new ArrayList<>();
    int readProblems = 0;
    for (SourceFile source : sources) {
      ReadOutcome outcome = reader.read(source);
      graphs.addAll(outcome.graphs());
      readProblems += outcome.problems().size();
    }
    long t2 = System.nanoTime();
    ShapeValidation validation = ShapeValidation.standard();
    long t3 = System.nanoTime();
    int errors = 0;
    int warnings = 0;
    for (SourceGraph graph : graphs) {
      for (Problem problem : validation.validate(graph)) {
        if (problem.isError()) {
          errors++;
        } else {
          warnings++;
        }
      }
    }
    long t4 = System.nanoTime();
    Map<String, GraphLoad> loads = new TreeMap<>();
    long triples = 0;
    for (SourceGraph graph : graphs) {
      loads.put(
          graph.graphIri(),
          new GraphLoad(graph.content(), LoadRecord.now("bench", graph.file().toString())));
      triples += graph.content().size();
    }
    long t5 = System.nanoTime();
    try (TdbStore store = TdbStore.open(Path.of(args[1]))) {
      long t6 = System.nanoTime();
      store.replaceGraphs(loads);
      long t7 = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "JVM start to main %.1f s; read %d files %.1f s; parse and map YAML %.1f s;"
              + " load shapes %.1f s; SHACL validation %.1f s; open store %.1f s;"
              + " TDB2 write %.1f s; %d triples in %d graphs; %d read problems,"
              + " %d errors, %d warnings%n",
          startup,
          files.size(),
          seconds(t0, t1),
          seconds(t1, t2),
          seconds(t2, t3),
          seconds(t3, t4),
          seconds(t5, t6),
          seconds(t6, t7),
          triples,
          graphs.size(),
          readProblems,
          errors,
          warnings);
    }
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }
}
