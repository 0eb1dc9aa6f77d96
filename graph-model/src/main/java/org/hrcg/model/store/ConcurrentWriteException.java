package org.hrcg.model.store;

/**
 * A write was made on the condition that the store was at a revision, and another write had come
 * first: nothing of this write was kept. Writing again, after reading the store again if the write
 * depends on what was read, is safe.
 */
public class ConcurrentWriteException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long expected;
  private final long found;

  /**
   * @param expected the revision the write was made for
   * @param found the revision the store was at, or -1 if it is not known
   */
  public ConcurrentWriteException(long expected, long found) {
    super(
        "another write came first: the store "
            + (found < 0 ? "is no longer" : "is at revision " + found + ", not")
            + " at revision "
            + expected
            + " as this write expected; nothing of it was written");
    this.expected = expected;
    this.found = found;
  }

  /** The revision the write expected. */
  public long expected() {
    return expected;
  }

  /** The revision the store was at, or -1 if it is not known. */
  public long found() {
    return found;
  }
}
