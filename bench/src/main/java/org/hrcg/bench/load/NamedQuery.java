package org.hrcg.bench.load;

import java.util.Objects;

/**
 * A SPARQL query that the load sends, with the name that the reports give it.
 *
 * @param name the file name without {@code .rq}, such as {@code 11-mayor-of-grigny}
 * @param text the query, PREFIX declarations included
 */
public record NamedQuery(String name, String text) {

  public NamedQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("query '" + name + "' is empty");
    }
  }
}
