package org.hrcg.service.sparql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the W3C SPARQL 1.1 manifests are: the folder named by the system property {@value
 * #PROPERTY}, or else {@value #FOLDER} in the working directory or the nearest of its ancestors.
 * The manifests stay in the shared folder beside the repository rather than being copied in.
 */
final class W3cSuite {

  static final String PROPERTY = "hrcg.w3c-sparql11";
  static final String FOLDER = "shared/conformance/w3c-sparql11";

  private W3cSuite() {}

  /**
   * The suite's folder.
   *
   * @throws IllegalStateException when it cannot be found, so that the suite fails rather than
   *     passing with nothing run
   */
  static Path folder() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path folder = Path.of(configured).toAbsolutePath().normalize();
      if (!Files.isDirectory(folder)) {
        throw new IllegalStateException(
            "-D" + PROPERTY + " names " + folder + ", which is not a folder");
      }
      return folder;
    }
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    return search(start)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the W3C SPARQL 1.1 manifests were not found: no "
                        + FOLDER
                        + " in "
                        + start
                        + " or any folder above it. Put a copy of shared/ beside the repository,"
                        + " or name the folder with -D"
                        + PROPERTY
                        + "=PATH"));
  }

  /** A manifest file in the suite, by its path inside the suite's folder. */
  static Path manifest(String relative) {
    Path file = folder().resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("the W3C suite has no " + relative + " in " + folder());
    }
    return file;
  }

  static Optional<Path> search(Path start) {
    // The module, the repository, and the folder the repository sits in: shared/ lies beside the
    // repository. Looking further up would find an unrelated shared/ folder anywhere above.
    Path dir = start.toAbsolutePath().normalize();
    for (int level = 0; level < 3 && dir != null; level++, dir = dir.getParent()) {
      Path candidate = dir.resolve(FOLDER);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
