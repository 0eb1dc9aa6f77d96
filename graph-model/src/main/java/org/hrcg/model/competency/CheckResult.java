package org.hrcg.model.competency;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one competency question: every assertion that failed, each message naming
 * the question and the assertion, and the rows the query returned (or the ASK answer).
 */
public record CheckResult(String question, List<String> failures, List<String> rowsSeen) {

  public CheckResult {
    Objects.requireNonNull(question, "question");
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    rowsSeen = List.copyOf(Objects.requireNonNull(rowsSeen, "rowsSeen"));
  }

  /** Whether every assertion held. */
  public boolean passed() {
    return failures.isEmpty();
  }

  /** A readable report: the failed assertions, then the rows seen. */
  public String report() {
    StringBuilder report = new StringBuilder(question);
    if (passed()) {
      report.append(": all assertions hold");
    } else {
      report.append(": ").append(failures.size()).append(" assertion(s) failed");
      failures.forEach(failure -> report.append("\n  - ").append(failure));
    }
    report.append("\n  rows seen:");
    if (rowsSeen.isEmpty()) {
      report.append(" none");
    }
    rowsSeen.forEach(row -> report.append("\n    ").append(row));
    return report.toString();
  }

  @Override
  public String toString() {
    return report();
  }
}
