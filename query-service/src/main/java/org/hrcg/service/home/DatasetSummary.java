package org.hrcg.service.home;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.hrcg.model.store.GraphStore;

/**
 * What the home page says the dataset holds.
 *
 * @param practices the practices
 * @param territories the territories: cities, regions, countries and any other
 * @param sources the case studies the facts are drawn from
 * @param revision the store revision the figures were counted at
 */
public record DatasetSummary(long practices, long territories, long sources, long revision) {

  static final String QUERY_RESOURCE = "hrcg/home/summary.rq";

  private static final String QUERY = read(QUERY_RESOURCE);

  /** Counts in the store's union graph, in one read transaction. */
  static DatasetSummary of(GraphStore store) {
    Objects.requireNonNull(store, "store");
    long revision = store.revision();
    return store.query(
        QUERY,
        execution -> {
          ResultSet results = execution.execSelect();
          QuerySolution row = results.next();
          return new DatasetSummary(
              count(row, "practices"), count(row, "territories"), count(row, "sources"), revision);
        });
  }

  private static long count(QuerySolution row, String variable) {
    return row.contains(variable) ? row.getLiteral(variable).getLong() : 0;
  }

  private static String read(String resource) {
    try (InputStream in = DatasetSummary.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
