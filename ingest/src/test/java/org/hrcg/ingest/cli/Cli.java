package org.hrcg.ingest.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code hrcg} in the test's process and keeps what it printed. */
public final class Cli {

  /**
   * What a run did.
   *
   * @param code the exit code
   * @param out what went to standard output
   * @param err what went to standard error
   */
  public record Result(int code, String out, String err) {}

  private Cli() {}

  /** Runs the command as it runs when its output is not a terminal, with no environment. */
  public static Result run(String... args) {
    return run(false, args);
  }

  static Result run(boolean terminal, String... args) {
    return run(terminal, Map.of(), args);
  }

  /** Runs the command with these environment variables, its output not a terminal. */
  public static Result run(Map<String, String> environment, String... args) {
    return run(false, environment, args);
  }

  private static Result run(boolean terminal, Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new HrcgCommand(terminal, environment));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
