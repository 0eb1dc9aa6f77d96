package org.hrcg.ingest.cli;

import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.ingest.pipeline.Report;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.IncompleteLoadException;
import org.hrcg.model.store.RemoteStore;
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
      "Against a remote store, the load is one SPARQL Update request; a load larger than"
          + " --max-request-triples is written in steps of whole graphs instead, and if the store"
          + " fails midway the run says which graphs were written: run the same ingest again to"
          + " write the rest.",
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

  @Option(
      names = "--max-request-triples",
      paramLabel = "N",
      description =
          "With a remote store: a load of more than N triples is written in steps, one request"
              + " each, resumable (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + RemoteStore.DEFAULT_MAX_REQUEST_TRIPLES)
  long maxRequestTriples;

  @Override
  int execute() {
    String who = agent != null ? agent : System.getProperty("user.name", Ingest.DEFAULT_AGENT);
    if (who.isBlank()) {
      throw usage("--agent: must not be blank");
    }
    if (maxRequestTriples < 1) {
      throw usage("--max-request-triples: must be 1 or more");
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
    try (GraphStore opened = store.openOrCreate(maxRequestTriples)) {
      report = ingest.run(opened);
    } catch (IncompleteLoadException e) {
      output.clear();
      err().println(spec.qualifiedName() + ": error: " + e.getMessage());
      output.incomplete(e);
      return FAILED;
    } finally {
      output.clear();
    }
    output.problems(report);
    output.loaded(report);
    return report.written() || report.passed() ? OK : FAILED;
  }
}
