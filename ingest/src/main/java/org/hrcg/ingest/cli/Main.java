package org.hrcg.ingest.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of the packaged jar: runs {@link HrcgCommand} and exits with its code. */
public final class Main {

  private Main() {}

  /** Runs {@code hrcg} with the arguments and exits with its exit code. */
  public static void main(String[] args) {
    quietLogging();
    // UTF-8 whatever the platform's default: exports and names such as "São Paulo" must survive.
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int code = HrcgCommand.commandLine(new HrcgCommand(), out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(
        new BufferedWriter(
            new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8)),
        true);
  }

  /**
   * Jena logs through SLF4J; the command line binds it to slf4j-simple and keeps only warnings, so
   * that the output is the command's own. A {@code -D} setting given by the user wins.
   */
  private static void quietLogging() {
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    setIfAbsent("org.slf4j.simpleLogger.levelInBrackets", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
