package org.hrcg.ingest.cli;

import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.ingest.pipeline.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code hrcg validate PATH...}: the checks of {@code ingest}, nothing written. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every check of 'ingest' on case-study files and writes nothing.",
      "Problems are printed as FILE:LINE[:COLUMN]: error|warning: MESSAGE."
    })
final class ValidateCommand extends Subcommand {

  @Mixin InputOptions inputs;

  @Override
  int execute() {
    RunOutput output = new RunOutput(out(), err(), terminal());
    Report report;
    try {
      report =
          Ingest.builder()
              .inputs(inputs.paths)
              .strict(inputs.strict)
              .progress(output)
              .build()
              .validate();
    } finally {
      output.clear();
    }
    output.problems(report);
    output.validated(report);
    return report.passed() ? OK : FAILED;
  }
}
