package org.hrcg.ingest.cli;

import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.iri.Slugs;
import org.hrcg.model.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hrcg withdraw SLUG}: removes one source's graph. */
@Command(
    name = "withdraw",
    mixinStandardHelpOptions = true,
    description =
        "Removes a source's graph, graph/SLUG, and its load record; every other graph keeps what it"
            + " says.")
final class WithdrawCommand extends Subcommand {

  @Parameters(
      paramLabel = "SLUG",
      description = "The case study's slug, e.g. geneva-dialogue-2025.")
  String slug;

  @Mixin StoreOptions store;

  @Override
  int execute() {
    if (!Slugs.isValid(slug)) {
      throw usage(
          "SLUG '" + slug + "' is not a slug (lower-case letters and digits joined by hyphens)");
    }
    if (ReservedGraph.isReserved(slug)) {
      throw usage("SLUG '" + slug + "' names a reserved graph, not a source's graph");
    }
    try (GraphStore opened = store.openExisting()) {
      String graph = opened.minter().graph(slug);
      if (!opened.withdraw(slug)) {
        err().println(spec.qualifiedName() + ": error: the store has no graph <" + graph + ">");
        return FAILED;
      }
      out().println("withdrew <" + graph + ">");
      return OK;
    }
  }
}
