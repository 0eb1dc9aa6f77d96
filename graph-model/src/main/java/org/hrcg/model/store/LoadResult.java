package org.hrcg.model.store;

import java.util.List;
import java.util.Objects;

/**
 * What {@link GraphStore#load} wrote.
 *
 * @param revision the store's revision after the last step
 * @param written the graphs this call wrote, in IRI order
 * @param resumed the graphs an earlier attempt of the same load had written, found unchanged and
 *     not sent again, in IRI order
 * @param steps the number of transactions the load took (0 for an empty load)
 */
public record LoadResult(long revision, List<String> written, List<String> resumed, int steps) {

  public LoadResult {
    written = List.copyOf(Objects.requireNonNull(written, "written"));
    resumed = List.copyOf(Objects.requireNonNull(resumed, "resumed"));
  }
}
