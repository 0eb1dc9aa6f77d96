package org.hrcg.ingest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Commands run with less than the test's own rights, for tests of what a process may not do: as the
 * unprivileged user {@code nobody} (uid and gid 65534), since the tests run as root, whom no file
 * mode stops, and with a limit on the size of the files they write ({@code ulimit -f}), which makes
 * a write past it fail as on a full disk ({@code EFBIG}; the JVM ignores the {@code SIGXFSZ} that
 * comes with it). The user is set with {@code setpriv} (Debian's util-linux, which {@code .ci/run}
 * makes sure of).
 */
public final class Restricted {

  /** The uid and gid of {@code nobody}. */
  public static final int NOBODY = 65534;

  private static final Set<PosixFilePermission> SHARED_FOLDER =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> SHARED_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  private Restricted() {}

  /**
   * Why commands cannot be run as {@code nobody} here, if they cannot: no {@code setpriv} on the
   * path, or a test that does not run as root (and so cannot change user).
   */
  public static Optional<String> whyNotAsNobody() {
    if (findOnPath("setpriv").isEmpty()) {
      return Optional.of("setpriv (util-linux) is not installed: apt-get install util-linux");
    }
    if (!"root".equals(System.getProperty("user.name"))) {
      return Optional.of(
          "the tests run as "
              + System.getProperty("user.name")
              + ", not root: setpriv cannot"
              + " change user");
    }
    return Optional.empty();
  }

  /** The command, run as {@code nobody} with no supplementary groups. */
  public static List<String> asNobody(List<String> command) {
    List<String> restricted = new ArrayList<>();
    restricted.add(findOnPath("setpriv").orElse(Path.of("setpriv")).toString());
    restricted.add("--reuid=" + NOBODY);
    restricted.add("--regid=" + NOBODY);
    restricted.add("--clear-groups");
    restricted.addAll(command);
    return restricted;
  }

  /**
   * The command, run with files limited to {@code kibibytes}: a write that would make a file larger
   * fails with {@code EFBIG}, "File too large".
   */
  public static List<String> withFileSizeLimit(long kibibytes, List<String> command) {
    List<String> restricted = new ArrayList<>();
    restricted.add("bash");
    restricted.add("-c");
    restricted.add("ulimit -f " + kibibytes + " && exec \"$@\"");
    restricted.add("bash");
    restricted.addAll(command);
    return restricted;
  }

  /** This JVM's {@code java}, which the restricted commands run. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Lets {@code nobody} read a folder of the test's and everything in it, and enter it: a JUnit
   * temporary folder is the test's alone (mode 700). Its parent must already let everyone in.
   */
  public static void share(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.toList()) {
        Files.setPosixFilePermissions(path, Files.isDirectory(path) ? SHARED_FOLDER : SHARED_FILE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies files into a folder that {@code nobody} may read, for the ones it must read that live
   * where it may not (a repository under {@code /root}, the Maven repository).
   *
   * @return the copies, in the order of the files
   */
  public static List<Path> readableCopies(Path folder, List<Path> files) {
    try {
      Files.createDirectories(folder);
      List<Path> copies = new ArrayList<>();
      for (Path file : files) {
        copies.add(Files.copy(file, folder.resolve(file.getFileName())));
      }
      share(folder);
      return copies;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> findOnPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String entry : path.split(":")) {
      Path candidate = Path.of(entry.isEmpty() ? "." : entry, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
