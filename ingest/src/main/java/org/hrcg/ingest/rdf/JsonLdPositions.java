package org.hrcg.ingest.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcg.ingest.Position;

/**
 * Where the nodes of a JSON-LD document are named, found in its text: the JSON-LD parser reports no
 * positions. Each {@code "@id"} (or its common alias {@code "id"}) with a string value is recorded
 * at the position of its key. A subject is found by its IRI as written, or by a compact IRI ({@code
 * "hrc-id:practice/x"}) whose part after the prefix ends the IRI. This is a best effort: a node
 * named through another alias or not named at all is not found.
 */
final class JsonLdPositions {

  private static final Pattern ID =
      Pattern.compile("\"(?:@id|id)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private record Named(String value, Position position) {}

  private final List<Named> named;

  private JsonLdPositions(List<Named> named) {
    this.named = named;
  }

  static JsonLdPositions of(String text) {
    List<Named> named = new ArrayList<>();
    Matcher matcher = ID.matcher(text);
    while (matcher.find()) {
      named.add(new Named(matcher.group(1), positionOf(text, matcher.start())));
    }
    return new JsonLdPositions(List.copyOf(named));
  }

  /**
   * The first place that names a node, by its IRI or by the text the file wrote for it when it was
   * relative.
   */
  Optional<Position> find(String iri, String written) {
    for (Named candidate : named) {
      if (candidate.value().equals(iri) || candidate.value().equals(written)) {
        return Optional.of(candidate.position());
      }
    }
    for (Named candidate : named) {
      String value = candidate.value();
      int colon = value.indexOf(':');
      if (colon >= 0 && colon < value.length() - 1 && iri.endsWith(value.substring(colon + 1))) {
        return Optional.of(candidate.position());
      }
    }
    return Optional.empty();
  }

  /** The line and column (in characters, from 1) of an offset in a text. */
  static Position positionOf(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart + 1);
  }
}
