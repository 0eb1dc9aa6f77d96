package org.hrcg.service.clients;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A program that a real-client test runs: found through an environment variable or at its usual
 * place. Where it is missing, the test fails in CI ({@code CI} set), which must have installed it
 * ({@code .ci/run} does), and is skipped elsewhere, on a developer's machine without it.
 */
final class RequiredProgram {

  private RequiredProgram() {}

  /**
   * The program's path.
   *
   * @param variable the environment variable that names it
   * @param usual where it is when the variable is not set
   * @param install how to install it, for the message
   */
  static Path find(String variable, String usual, String install) {
    String named = System.getenv(variable);
    Path program = Path.of(named == null || named.isBlank() ? usual : named);
    if (Files.isRegularFile(program) && Files.isExecutable(program)) {
      return program;
    }
    String missing = program + " is missing (set " + variable + " or " + install + ")";
    if (inCi()) {
      fail("CI must run this test: " + missing);
    }
    Assumptions.abort("skipped outside CI: " + missing);
    throw new AssertionError("unreachable");
  }

  static boolean inCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
  }
}
