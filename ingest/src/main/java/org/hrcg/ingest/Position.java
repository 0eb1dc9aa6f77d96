package org.hrcg.ingest;

/**
 * A place in an input file, 1-based; a column of 0 means the line is known but not the column.
 *
 * @param line the line, from 1
 * @param column the column, from 1, or 0 when unknown
 */
public record Position(int line, int column) {

  /** The position used when nothing better is known: the start of the file. */
  public static final Position START = new Position(1, 0);

  public Position {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
    if (column < 0) {
      throw new IllegalArgumentException("column must be 0 or more, was " + column);
    }
  }

  /** {@code line} or {@code line:column}, as it follows a file name in an error message. */
  @Override
  public String toString() {
    return column == 0 ? Integer.toString(line) : line + ":" + column;
  }
}
