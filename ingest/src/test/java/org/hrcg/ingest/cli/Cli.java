package org.hrcg.ingest.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code hrcg} in the test's process and keeps what it printed. */
final class Cli {

  /**
   * What a run did.
   *
   * @param code the exit code
   * @param out what went to standard output
   * @param err what went to standard error
   */
  record Result(int code, String out, String err) {}

  private Cli() {}

  /** Runs the command as it runs when its output is not a terminal. */
  static Result run(String... args) {
    return run(false, args);
  }

  static Result run(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new HrcgCommand(terminal));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
