package org.hrcg.model.competency;

import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.hrcg.model.store.GraphStore;

/**
 * A question the graph must answer: a SPARQL query written against the union default graph, with a
 * title and a description for people (the query editor lists them), and the answer any complete
 * data must give.
 *
 * @param name the file name without extension, such as {@code 11-mayor-of-grigny}
 * @param title one line saying what is asked
 * @param description what the answer contains and how to adapt the query
 * @param query the SPARQL text, PREFIX declarations included
 * @param expectation the assertions the answer must satisfy
 */
public record CompetencyQuestion(
    String name, String title, String description, String query, Expectation expectation) {

  public CompetencyQuestion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(expectation, "expectation");
  }

  /** Runs the query on the dataset in a read transaction and checks the expectation. */
  public CheckResult check(Dataset dataset) {
    return expectation.check(name, query, dataset);
  }

  /** Runs the query on the store (remote ones too) and checks the expectation. */
  public CheckResult check(GraphStore store) {
    return expectation.check(name, query, store);
  }

  @Override
  public String toString() {
    return name + " (" + title + ")";
  }
}
