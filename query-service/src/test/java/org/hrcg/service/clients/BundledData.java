package org.hrcg.service.clients;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's bundled case studies, which the real-client tests serve. */
final class BundledData {

  private BundledData() {}

  /** The repository's {@code data/} folder; tests run in the module's folder. */
  static String folder() {
    Path data = Path.of("").toAbsolutePath().resolveSibling("data");
    if (!Files.isDirectory(data)) {
      throw new IllegalStateException("no bundled data folder at " + data);
    }
    return data.toString();
  }
}
