package org.hrcg.service.casestudies;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Objects;

/**
 * A case study that was loaded: the answer to {@code POST /api/case-studies}.
 *
 * @param graph the IRI of its named graph
 * @param slug the graph's slug; the graph is at {@code /graph/{slug}}
 * @param created whether the graph is new (otherwise it replaced the graph of the same name)
 * @param file the name the upload is recorded under
 * @param triples how many triples the graph holds
 * @param revision the store revision the load produced
 * @param warnings what the file should still improve; they did not stop it
 */
@Schema(description = "a case study that was loaded")
public record Submitted(
    @Schema(description = "the IRI of its named graph") String graph,
    @Schema(description = "the graph's slug; the graph is served at /graph/{slug}") String slug,
    @Schema(description = "whether the graph is new; false when it replaced the graph")
        boolean created,
    @Schema(description = "the name the upload is recorded under") String file,
    @Schema(description = "how many triples the graph holds") long triples,
    @Schema(description = "the store revision the load produced") long revision,
    @Schema(description = "what the file should still improve; they did not stop it")
        List<FileProblem> warnings) {

  public Submitted {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(file, "file");
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }
}
