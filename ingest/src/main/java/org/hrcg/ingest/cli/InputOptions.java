package org.hrcg.ingest.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of {@code ingest} and {@code validate}. */
final class InputOptions {

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Case-study files or folders (walked recursively): .yaml .yml .csv .ttl .trig .nt .nq"
              + " .jsonld .rdf .owl.")
  List<Path> paths;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;
}
