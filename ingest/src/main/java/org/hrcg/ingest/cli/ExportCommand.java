package org.hrcg.ingest.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.NoSuchElementException;
import org.apache.jena.riot.Lang;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.iri.Slugs;
import org.hrcg.model.store.ExportScope;
import org.hrcg.model.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hrcg export}: the whole store, or one graph, as RDF. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the whole store (every named graph, the ontology and concept schemes included) or"
          + " one graph as RDF, to standard output or a file.",
      "Quad formats (nq, trig, jsonld) keep the graphs apart; triple formats (ttl, nt) write"
          + " their union."
    })
final class ExportCommand extends Subcommand {

  /** The export formats. */
  enum Format {
    nq(Lang.NQUADS),
    trig(Lang.TRIG),
    ttl(Lang.TURTLE),
    nt(Lang.NTRIPLES),
    jsonld(Lang.JSONLD);

    final Lang lang;

    Format(Lang lang) {
      this.lang = lang;
    }
  }

  @Mixin StoreOptions store;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "nq",
      description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--graph",
      paramLabel = "SLUG",
      description = "Only this graph, graph/SLUG (a case study's slug, or curation, meta, ...).")
  String graph;

  @Option(
      names = "--data-only",
      description =
          "Leave out the ontology, the concept schemes and the load records (graph/meta).")
  boolean dataOnly;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file (replaced when complete) instead of standard output.")
  Path output;

  @Override
  int execute() throws IOException {
    if (graph != null && dataOnly) {
      throw usage("--graph and --data-only cannot be used together");
    }
    if (graph != null && !Slugs.isValid(graph)) {
      throw usage("--graph '" + graph + "' is not a slug");
    }
    if (output != null && !Files.isDirectory(output.toAbsolutePath().getParent())) {
      throw usage("--output " + output + ": no such folder " + output.toAbsolutePath().getParent());
    }
    try (GraphStore opened = store.openForReading()) {
      String graphIri =
          graph == null
              ? null
              : ReservedGraph.fromSlug(graph)
                  .map(reserved -> opened.minter().graph(reserved))
                  .orElseGet(() -> opened.minter().graph(graph));
      if (graphIri != null && !opened.graphNames().contains(graphIri)) {
        err().println(spec.qualifiedName() + ": error: the store has no graph <" + graphIri + ">");
        return FAILED;
      }
      if (output == null) {
        try (OutputStream stream = new WriterOutputStream(out())) {
          write(opened, graphIri, stream);
        }
      } else {
        writeFile(opened, graphIri);
      }
    } catch (NoSuchElementException e) {
      err().println(spec.qualifiedName() + ": error: " + e.getMessage());
      return FAILED;
    }
    return OK;
  }

  private void write(GraphStore opened, String graphIri, OutputStream stream) {
    if (graphIri != null) {
      opened.exportGraph(graphIri, stream, format.lang);
    } else {
      opened.export(stream, format.lang, dataOnly ? ExportScope.DATA : ExportScope.ALL);
    }
  }

  /** Writes next to the file, then moves it in place: a failed export leaves no half file. */
  private void writeFile(GraphStore opened, String graphIri) throws IOException {
    Path target = output.toAbsolutePath();
    Path temporary = Files.createTempFile(target.getParent(), ".hrcg-export-", ".tmp");
    try {
      try (OutputStream stream = Files.newOutputStream(temporary)) {
        write(opened, graphIri, stream);
      }
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
