package org.hrcg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The figures a reliability test measured (kills survived, requests sent, inputs refused), kept in
 * {@code target/reliability/NAME.txt} for RELIABILITY.md. The test asserts on them; this only keeps
 * them.
 */
public final class Figures {

  private Figures() {}

  /** Writes one test's figures, replacing those of its last run. */
  public static void record(String test, String figures) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "reliability"));
      Files.writeString(folder.resolve(test + ".txt"), figures + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
