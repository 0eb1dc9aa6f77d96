package org.hrcg.service.casestudies;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hrcg.ingest.Problem;

/**
 * One problem of an uploaded file, as the API reports it.
 *
 * @param line the line, from 1
 * @param column the column, from 1, or null when only the line is known
 * @param severity {@code error} (nothing is written) or {@code warning}
 * @param message what is wrong, naming the field and the value
 */
@Schema(description = "a problem of an uploaded file, at its line")
public record FileProblem(
    @Schema(description = "the line, from 1") int line,
    @Schema(description = "the column, from 1, or null when only the line is known") Integer column,
    @Schema(
            description = "error (nothing is written) or warning",
            allowableValues = {"error", "warning"})
        String severity,
    @Schema(description = "what is wrong, naming the field and the value") String message) {

  public FileProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** A problem the ingest pipeline found. */
  static FileProblem of(Problem problem) {
    int column = problem.position().column();
    return new FileProblem(
        problem.position().line(),
        column == 0 ? null : column,
        problem.severity().name().toLowerCase(Locale.ROOT),
        problem.message());
  }

  /** Every problem, in file order. */
  static List<FileProblem> of(List<Problem> problems) {
    return problems.stream().map(FileProblem::of).toList();
  }
}
