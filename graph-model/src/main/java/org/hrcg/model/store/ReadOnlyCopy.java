package org.hrcg.model.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A private copy of a TDB2 store that this process may read but not write, made so that TDB2 can
 * open it: TDB2 opens its lock file and data files for writing even to read, so it cannot open a
 * directory it may not write. Only the generation TDB2 would open is copied (the {@code Data-NNNN}
 * folder with the highest number: older ones are what compaction left), file by file, leaving holes
 * where a file has blocks of zeros, as TDB2's pre-sized index files mostly do, so that the copy
 * takes the disk space of the data and no more.
 *
 * <p>The copy is taken while holding a shared lock on the store's {@code tdb.lock}: a process that
 * has the store open holds TDB2's exclusive lock on it, so a store in use is refused rather than
 * copied half-written, and no TDB2 process can open the store while the copy is taken.
 */
final class ReadOnlyCopy {

  private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");
  private static final String LOCK_FILE = "tdb.lock";
  private static final int BLOCK = 1024 * 1024;
  private static final byte[] ZEROS = new byte[BLOCK];

  private ReadOnlyCopy() {}

  /**
   * Copies the store in {@code directory} to a new folder under {@code parent}.
   *
   * @return the copy, a TDB2 store directory that this process owns
   * @throws StoreFaultException ({@link StoreFault.Kind#UNAVAILABLE}) if the directory cannot be
   *     read, holds no TDB2 store, is in use by a process, or the copy cannot be written
   */
  static Path make(Path directory, Path parent) {
    Path location = directory.toAbsolutePath().normalize();
    Path generation = newestGeneration(location);
    Path copy;
    try {
      copy = Files.createTempDirectory(parent, "hrcg-read-only-store-");
    } catch (IOException e) {
      throw unavailable(
          location, "cannot make a folder for a copy in " + parent + ": " + why(e), e);
    }
    try (FileChannel lock = sharedLock(location)) {
      Path target = Files.createDirectory(copy.resolve(generation.getFileName().toString()));
      try (Stream<Path> files = Files.list(generation)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          if (!file.getFileName().toString().equals(LOCK_FILE)) {
            copySparse(file, target.resolve(file.getFileName().toString()));
          }
        }
      }
      return copy;
    } catch (IOException | RuntimeException e) {
      delete(copy);
      if (e instanceof StoreFaultException fault) {
        throw fault;
      }
      throw unavailable(location, "cannot copy it to " + copy + " for reading: " + why(e), e);
    }
  }

  /** Deletes a copy and everything in it; what cannot be deleted is left. */
  static void delete(Path copy) {
    if (copy == null || !Files.exists(copy)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(copy)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // A copy left behind costs disk space in the temporary folder, nothing else.
    }
  }

  /** The {@code Data-NNNN} folder that TDB2 opens: the one with the highest number. */
  private static Path newestGeneration(Path location) {
    if (!Files.isDirectory(location)) {
      throw unavailable(
          location, Files.exists(location) ? "it is not a directory" : "it does not exist", null);
    }
    List<Path> generations;
    try (Stream<Path> entries = Files.list(location)) {
      generations =
          entries
              .filter(p -> GENERATION.matcher(p.getFileName().toString()).matches())
              .filter(Files::isDirectory)
              .sorted(Comparator.comparingLong(ReadOnlyCopy::number))
              .toList();
    } catch (IOException e) {
      throw unavailable(location, "cannot read it: " + why(e), e);
    }
    if (generations.isEmpty()) {
      throw unavailable(location, "it holds no TDB2 store (no Data-NNNN folder)", null);
    }
    return generations.get(generations.size() - 1);
  }

  private static long number(Path generation) {
    var matcher = GENERATION.matcher(generation.getFileName().toString());
    return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
  }

  /**
   * A channel on the store's lock file that holds a shared lock on it, or null when the store has
   * no lock file (one never opened by TDB2, or copied without it).
   */
  private static FileChannel sharedLock(Path location) throws IOException {
    Path file = location.resolve(LOCK_FILE);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      return null;
    }
    try {
      FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
      if (lock == null) {
        throw unavailable(
            location,
            "it is in use by "
                + holder(channel).map(pid -> "process " + pid).orElse("another process")
                + " ("
                + LOCK_FILE
                + "), and a copy taken while it writes could be torn",
            null);
      }
      return channel;
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw unavailable(location, "it is already open in this process", e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The process id TDB2 wrote into the lock file, if it reads as one. */
  private static Optional<String> holder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(32);
      channel.read(buffer, 0);
      String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
      String pid = text.strip();
      return pid.matches("\\d{1,10}") ? Optional.of(pid) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Copies a file, skipping blocks of zeros so that they stay holes in the copy. */
  private static void copySparse(Path from, Path to) throws IOException {
    try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
        FileChannel out =
            FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
      long size = in.size();
      long position = 0;
      while (position < size) {
        buffer.clear();
        int read = in.read(buffer, position);
        if (read <= 0) {
          break;
        }
        buffer.flip();
        if (!zeros(buffer)) {
          while (buffer.hasRemaining()) {
            out.write(buffer, position + buffer.position());
          }
        }
        position += read;
      }
      if (out.size() < size) {
        // A file that ends in zeros: its last byte gives the copy its length.
        out.write(ByteBuffer.allocate(1), size - 1);
      }
    }
  }

  private static boolean zeros(ByteBuffer buffer) {
    // Arrays.mismatch compares many bytes at a time: the copy reads the zeros at disk speed.
    return Arrays.mismatch(
            buffer.array(), buffer.position(), buffer.limit(), ZEROS, 0, buffer.remaining())
        < 0;
  }

  private static String why(Exception e) {
    if (e instanceof AccessDeniedException a) {
      return a.getFile() + ": Permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return (f.getFile() != null ? f.getFile() + ": " : "") + f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private static StoreFaultException unavailable(Path location, String cause, Throwable e) {
    return new StoreFaultException(
        new StoreFault(StoreFault.Kind.UNAVAILABLE, location.toString(), cause), e);
  }
}
