package org.hrcg.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps generated files out of a repository's bundled data. */
final class OutputGuard {

  private OutputGuard() {}

  /**
   * Refuses a path inside a directory named {@code data} that sits beside a {@code pom.xml}: the
   * repository's bundled case studies, which synthetic data must never join.
   */
  static void refuseRepositoryData(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    for (Path dir = absolute; dir != null; dir = dir.getParent()) {
      Path name = dir.getFileName();
      Path parent = dir.getParent();
      if (name != null
          && name.toString().equals("data")
          && parent != null
          && Files.exists(parent.resolve("pom.xml"))) {
        throw new IllegalArgumentException(
            "refusing to write synthetic data into the repository's data directory: " + path);
      }
    }
  }
}
