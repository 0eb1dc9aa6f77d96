package org.hrcg.ingest.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hrcg.ingest.Position;

/**
 * Positions in the text of a CSV file: the line and column of a character offset, and where each
 * cell of a record starts. Commons CSV gives the offset of each record; the cells' own offsets are
 * found here by following RFC 4180 from there (a quoted cell runs to its closing quote, doubled
 * quotes included), so that a cell, even one after a multi-line cell, is reported where it is.
 */
final class CsvText {

  private final String text;
  private final int[] lineStarts;

  CsvText(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The line and column (from 1) of a character offset. */
  Position position(long offset) {
    int at = (int) Math.max(0, Math.min(offset, text.length()));
    int index = Arrays.binarySearch(lineStarts, at);
    int line = index >= 0 ? index : -index - 2;
    return new Position(line + 1, at - lineStarts[line] + 1);
  }

  /** The first offset from {@code offset} on that is not a line break. */
  long skipLineBreaks(long offset) {
    int i = (int) Math.max(0, Math.min(offset, text.length()));
    while (i < text.length() && isLineEnd(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The first line after the last one of the text: where a record that is not there would be. */
  int lines() {
    return lineStarts.length;
  }

  /**
   * The offsets at which the cells of the record starting at {@code start} begin; as many as the
   * text holds, at most {@code count}.
   */
  int[] cellOffsets(long start, int count) {
    int[] offsets = new int[count];
    int i = (int) start;
    int found = 0;
    while (found < count && i <= text.length()) {
      offsets[found++] = i;
      if (i < text.length() && text.charAt(i) == '"') {
        i++;
        while (i < text.length()) {
          if (text.charAt(i) == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
      }
      while (i < text.length() && text.charAt(i) != ',' && !isLineEnd(text.charAt(i))) {
        i++;
      }
      if (i < text.length() && text.charAt(i) == ',') {
        i++;
      } else {
        break;
      }
    }
    return found == count ? offsets : Arrays.copyOf(offsets, found);
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r';
  }
}
