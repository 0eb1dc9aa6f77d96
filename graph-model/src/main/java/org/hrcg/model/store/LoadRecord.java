package org.hrcg.model.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who loaded a graph, when and from which file. Kept in the meta graph, never in the loaded graph.
 *
 * @param agent who loaded it: a user name or the name of a program, not blank
 * @param file the file or upload it came from, or null
 * @param time when it was loaded
 */
public record LoadRecord(String agent, String file, Instant time) {

  public LoadRecord {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(time, "time");
    if (agent.isBlank()) {
      throw new IllegalArgumentException("agent: must not be blank");
    }
    if (file != null && file.isBlank()) {
      throw new IllegalArgumentException("file: must not be blank; use null for none");
    }
  }

  /** A record of a load by this agent from this file (or null), at the current millisecond. */
  public static LoadRecord now(String agent, String file) {
    return new LoadRecord(agent, file, Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }
}
