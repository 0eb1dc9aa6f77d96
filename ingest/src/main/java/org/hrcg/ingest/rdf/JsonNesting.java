package org.hrcg.ingest.rdf;

import java.util.OptionalInt;

/**
 * How deep a JSON text nests arrays and objects, found by a scan that skips strings, before any
 * parser sees it: the JSON parsers under JSON-LD recurse once a level, so thousands of levels
 * overflow the stack. JSON-LD case studies nest a handful of levels.
 */
public final class JsonNesting {

  /** Deeper than this is refused. */
  public static final int MAX_DEPTH = 64;

  private JsonNesting() {}

  /** The offset of the first bracket that opens a level deeper than {@code max}, if any. */
  public static OptionalInt tooDeep(CharSequence json, int max) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        depth++;
        if (depth > max) {
          return OptionalInt.of(i);
        }
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return OptionalInt.empty();
  }
}
