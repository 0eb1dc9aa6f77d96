package org.hrcg.ingest.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.hrcg.model.store.StoreFaultException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: its streams and the exit codes. An error while running (the store
 * cannot be opened or written, its disk is full, a file cannot be written) is printed as one line
 * and exits with 1; a usage error is left to picocli, which exits with 2.
 */
abstract class Subcommand implements Callable<Integer> {

  static final int OK = 0;
  static final int FAILED = 1;

  @Spec CommandSpec spec;

  @ParentCommand HrcgCommand parent;

  /** Runs the command. */
  abstract int execute() throws Exception;

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (ParameterException e) {
      throw e;
    } catch (Exception e) {
      err().println(spec.qualifiedName() + ": error: " + describe(e));
      if (Boolean.getBoolean("hrcg.debug")) {
        e.printStackTrace(err());
      }
      return FAILED;
    } finally {
      out().flush();
      err().flush();
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  boolean terminal() {
    return parent != null && parent.terminal();
  }

  /** A usage error: picocli prints it with the usage help and the run exits with 2. */
  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static String describe(Exception e) {
    if (e instanceof StoreFaultException fault) {
      return switch (fault.fault().kind()) {
        case READ_ONLY -> e.getMessage() + "; nothing was written";
        case FULL -> e.getMessage() + "; nothing of it was written: make room and run it again";
        case UNAVAILABLE -> e.getMessage();
      };
    }
    Throwable cause =
        e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getName() : message;
  }
}
