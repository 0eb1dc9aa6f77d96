package org.hrcg.ingest.cli;

import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.ingest.pipeline.Report;
import org.hrcg.model.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hrcg ingest PATH...}: validates and loads, all or nothing. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Validates case-study files and loads them into the store, each source as its own named"
          + " graph; all or nothing: if any file has an error, nothing is written.",
      "Problems are printed as FILE:LINE[:COLUMN]: error|warning: MESSAGE."
    })
final class IngestCommand extends Subcommand {

  @Mixin InputOptions inputs;

  @Mixin StoreOptions store;

  @Option(
      names = "--agent",
      paramLabel = "NAME",
      description = "Who loads, as the load records name it (default: the user name).")
  String agent;

  @Override
  int execute() {
    String who = agent != null ? agent : System.getProperty("user.name", Ingest.DEFAULT_AGENT);
    if (who.isBlank()) {
      throw usage("--agent: must not be blank");
    }
    RunOutput output = new RunOutput(out(), err(), terminal());
    Ingest ingest =
        Ingest.builder()
            .inputs(inputs.paths)
            .strict(inputs.strict)
            .agent(who)
            .progress(output)
            .build();
    Report report;
    try (TdbStore opened = store.openOrCreate()) {
      report = ingest.run(opened);
    } finally {
      output.clear();
    }
    output.problems(report);
    output.loaded(report);
    return report.written() || report.passed() ? OK : FAILED;
  }
}
