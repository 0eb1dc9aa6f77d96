package org.hrcg.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * One named graph read from an input file: a case study's graph, or the curation graph.
 *
 * @param graphIri the named graph it is to replace
 * @param content its statements
 * @param file the file it was read from
 * @param locations where in the file each statement came from
 */
public record SourceGraph(String graphIri, Model content, Path file, Locations locations) {

  public SourceGraph {
    Objects.requireNonNull(graphIri, "graphIri");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(locations, "locations");
  }
}
