package org.hrcg.ingest.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hrcg}: the command line of the Human Rights Cities Graph. Exit codes: 0 success, 1 a
 * validation failure or an error while running, 2 a usage error.
 *
 * <pre>{@code
 * int code = new CommandLine(new HrcgCommand()).execute("validate", "data");
 * }</pre>
 */
@Command(
    name = "hrcg",
    mixinStandardHelpOptions = true,
    versionProvider = HrcgCommand.Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "Loads, checks, exports and queries the Human Rights Cities Graph.",
    subcommands = {
      IngestCommand.class,
      ValidateCommand.class,
      ExportCommand.class,
      QueryCommand.class,
      WithdrawCommand.class,
      HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 validation failure or error, 2 usage error.",
      "A remote store's HTTP Basic credentials: HRCG_STORE_USER and HRCG_STORE_PASSWORD.",
      "Run 'hrcg COMMAND --help' for a command's options."
    })
public final class HrcgCommand implements Runnable {

  /** The version when the classes do not come from the packaged jar. */
  static final String DEVELOPMENT_VERSION = "0.1.0-SNAPSHOT (development build)";

  @Spec CommandSpec spec;

  private final boolean terminal;
  private final Map<String, String> environment;

  /** The command, drawing a progress bar when the process runs in a terminal. */
  public HrcgCommand() {
    this(System.console() != null);
  }

  /**
   * The command.
   *
   * @param terminal whether a person watches the output: a progress bar redrawn in place, rather
   *     than a line a file
   */
  public HrcgCommand(boolean terminal) {
    this(terminal, System.getenv());
  }

  /**
   * The command, with the environment variables it reads ({@code HRCG_STORE_USER}, {@code
   * HRCG_STORE_PASSWORD}) taken from a map rather than the process.
   */
  HrcgCommand(boolean terminal, Map<String, String> environment) {
    this.terminal = terminal;
    this.environment = Map.copyOf(environment);
  }

  boolean terminal() {
    return terminal;
  }

  Map<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing command: ingest, validate, export, query or withdraw");
  }

  /** A command line for {@code main}: this command, writing UTF-8 to the given streams. */
  static CommandLine commandLine(HrcgCommand command, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine;
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = HrcgCommand.class.getPackage().getImplementationVersion();
      return new String[] {"hrcg " + (version != null ? version : DEVELOPMENT_VERSION)};
    }
  }
}
