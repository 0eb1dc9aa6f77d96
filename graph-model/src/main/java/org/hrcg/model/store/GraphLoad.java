package org.hrcg.model.store;

import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * The new content of one named graph and the record of where it came from.
 *
 * @param content the triples the graph will hold, exactly
 * @param record who loaded them, when and from which file
 */
public record GraphLoad(Model content, LoadRecord record) {

  public GraphLoad {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(record, "record");
  }
}
