package org.hrcg.service.home;

import java.util.Objects;
import org.hrcg.model.competency.CompetencyQuestion;

/**
 * An example query offered in the query editor.
 *
 * @param name a stable identifier, such as {@code 01-procurement-cities}
 * @param title one line saying what is asked
 * @param description what the answer contains and how to adapt the query
 * @param query the SPARQL text, PREFIX declarations included
 */
public record ExampleQuery(String name, String title, String description, String query) {

  public ExampleQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(query, "query");
  }

  static ExampleQuery of(CompetencyQuestion question) {
    return new ExampleQuery(
        question.name(), question.title(), question.description(), question.query());
  }
}
