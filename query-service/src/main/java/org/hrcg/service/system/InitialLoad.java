package org.hrcg.service.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.ingest.pipeline.Report;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the data folder into a store that holds no data graph, through the ingest pipeline: all or
 * nothing, every file validated first. A folder whose files do not pass stops the service, since
 * serving an empty store in their place would hide the problem; a missing folder, or a store that
 * is served read-only, leaves the store empty, with a warning.
 */
final class InitialLoad {

  private static final Logger LOG = LoggerFactory.getLogger(InitialLoad.class);

  /** The agent the load records name. */
  static final String AGENT = "hrcg serve";

  private final Path dataDir;
  private final IriMinter minter;

  InitialLoad(Path dataDir, IriMinter minter) {
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.minter = Objects.requireNonNull(minter, "minter");
  }

  /**
   * Loads the data folder if the store has no data graph.
   *
   * @return whether it loaded anything
   * @throws IllegalStateException if the folder's files do not pass validation
   */
  boolean loadIfEmpty(GraphStore store) {
    Set<String> vocabulary =
        Set.of(
            minter.graph(ReservedGraph.META),
            minter.graph(ReservedGraph.ONTOLOGY),
            minter.graph(ReservedGraph.SCHEMES));
    List<String> data = store.graphNames().stream().filter(g -> !vocabulary.contains(g)).toList();
    if (!data.isEmpty()) {
      LOG.info("store holds {} data graphs; {} is not loaded", data.size(), dataDir);
      return false;
    }
    if (store.readOnly().isPresent()) {
      LOG.warn(
          "store holds no data and cannot be written: serving it empty; {} is not loaded", dataDir);
      return false;
    }
    if (!Files.isDirectory(dataDir)) {
      LOG.warn("store holds no data and {} is not a folder: serving an empty store", dataDir);
      return false;
    }
    Report report =
        Ingest.builder().inputs(asRecorded(dataDir)).minter(minter).agent(AGENT).build().run(store);
    for (Problem problem : report.problems()) {
      if (problem.isError()) {
        LOG.error("{}", problem);
      }
    }
    if (!report.passed()) {
      throw new IllegalStateException(
          "the case studies in "
              + dataDir
              + " did not pass validation ("
              + report.errors()
              + " errors, logged above); nothing was loaded");
    }
    if (!report.written()) {
      LOG.warn("store holds no data and {} has no case studies: serving an empty store", dataDir);
      return false;
    }
    LOG.info(
        "loaded {} graphs ({} triples) from {} files of {} in {} ms; {} warnings"
            + " (./hrcg validate lists them)",
        report.added().size() + report.replaced().size(),
        report.triples(),
        report.files().size(),
        dataDir,
        report.elapsed().toMillis(),
        report.warnings());
    return true;
  }

  /**
   * The folder as the load records will name its files: relative to the working directory when it
   * is inside it, so that records name {@code data/x.yaml} rather than where the server keeps it.
   */
  static Path asRecorded(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    Path workingDirectory = Path.of("").toAbsolutePath();
    if (absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)) {
      return workingDirectory.relativize(absolute);
    }
    return absolute;
  }
}
