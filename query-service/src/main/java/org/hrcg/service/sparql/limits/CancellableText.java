package org.hrcg.service.sparql.limits;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A text for a regular expression to match that stops the match when the query is cancelled or its
 * own deadline passes: every {@link RegexGuard#CHECK_EVERY} characters read, it looks at both.
 * Java's regular expressions read their input through {@link #charAt}, so even a match stuck in
 * backtracking keeps reading, and so keeps checking.
 */
final class CancellableText implements CharSequence {

  private final String text;
  private final AtomicBoolean cancelled;
  private final long deadline;
  private int reads;

  /**
   * @param text the text
   * @param cancelled the query's cancel signal, or null
   * @param limit how long matching on this text may take, from now
   */
  CancellableText(String text, AtomicBoolean cancelled, Duration limit) {
    this(text, cancelled, System.nanoTime() + limit.toNanos());
  }

  private CancellableText(String text, AtomicBoolean cancelled, long deadline) {
    this.text = text;
    this.cancelled = cancelled;
    this.deadline = deadline;
  }

  @Override
  public char charAt(int index) {
    if (++reads >= RegexGuard.CHECK_EVERY) {
      reads = 0;
      if ((cancelled != null && cancelled.get()) || System.nanoTime() - deadline > 0) {
        throw new QueryCancelledException();
      }
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new CancellableText(text.substring(start, end), cancelled, deadline);
  }

  @Override
  public String toString() {
    return text;
  }
}
