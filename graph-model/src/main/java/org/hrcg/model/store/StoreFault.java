package org.hrcg.model.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Why a store's directory cannot take a write, or cannot be opened at all: what the file system
 * said, and where. Every write that such a fault stops is refused whole: TDB2 aborts its
 * transaction, so the store keeps every write it acknowledged and nothing of the refused one.
 *
 * @param kind what is wrong
 * @param location the store's directory, absolute
 * @param cause what the file system said, for example {@code tdb.lock: Permission denied}
 */
public record StoreFault(Kind kind, String location, String cause) {

  /** What is wrong with the store's directory. */
  public enum Kind {
    /**
     * This process may not write the store's files (their owner or mode, a file system mounted
     * read-only): no write can succeed until an operator changes that.
     */
    READ_ONLY("store-read-only"),
    /**
     * A write found no room: the disk is full, or a quota or this process's file-size limit was
     * reached. Writes succeed again once there is room.
     */
    FULL("store-full"),
    /**
     * The store cannot be opened at all: its directory cannot be read, holds no store, or is in use
     * by another process.
     */
    UNAVAILABLE("store-unavailable");

    private final String tag;

    Kind(String tag) {
      this.tag = tag;
    }

    /** The name of the fault in problem bodies, metrics and health: {@code store-read-only}. */
    public String tag() {
      return tag;
    }
  }

  public StoreFault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(cause, "cause");
  }

  /**
   * One line for the operator, naming the directory, the user this process runs as and what the
   * file system said.
   */
  public String message() {
    String user = System.getProperty("user.name", "?");
    return switch (kind) {
          case READ_ONLY -> "the store " + location + " cannot be written by user " + user;
          case FULL -> "the store " + location + " has no room for the write";
          case UNAVAILABLE -> "the store " + location + " cannot be opened by user " + user;
        }
        + " ("
        + cause
        + ")";
  }

  /**
   * What a client that sent a write is told: what happened to it and what to do, without the
   * directory, which is the operator's business.
   */
  public String detail() {
    return switch (kind) {
      case READ_ONLY ->
          "the store cannot be written ("
              + clientCause()
              + "): the service answers queries but refuses every write until an operator gives"
              + " it write access to its store and restarts it; nothing was written";
      case FULL ->
          "the store has no room for this write ("
              + clientCause()
              + "): nothing of it was written; send it again once an operator has made room";
      case UNAVAILABLE -> "the store cannot be opened (" + clientCause() + ")";
    };
  }

  /** What the file system said, without file names. */
  private String clientCause() {
    int colon = cause.lastIndexOf(": ");
    return colon < 0 ? cause : cause.substring(colon + 2);
  }

  /**
   * The fault behind a failure of the store, if the failure comes from the file system refusing a
   * write or running out of room; empty for any other failure.
   *
   * @param failure what the store threw, with its causes
   * @param location the store's directory, to name the files in it relative to it
   */
  public static Optional<StoreFault> of(Throwable failure, Path location) {
    Objects.requireNonNull(location, "location");
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      Optional<StoreFault> fault = ofOne(t, location);
      if (fault.isPresent()) {
        return fault;
      }
    }
    return Optional.empty();
  }

  private static Optional<StoreFault> ofOne(Throwable t, Path location) {
    String where = location.toString();
    if (t instanceof InternalError e
        && e.getMessage() != null
        && e.getMessage().contains("unsafe memory access")) {
      // HotSpot's answer to SIGBUS on a memory-mapped file: a page of TDB2's index files could not
      // be given disk space.
      return Optional.of(
          new StoreFault(
              Kind.FULL,
              where,
              "a page of a memory-mapped index file could not be written, as happens when the disk"
                  + " is full"));
    }
    if (!(t instanceof IOException io)) {
      return Optional.empty();
    }
    String file = null;
    String reason = io.getMessage();
    if (io instanceof FileSystemException fs) {
      file = fs.getFile();
      reason = fs instanceof AccessDeniedException ? "Permission denied" : fs.getReason();
    }
    if (reason == null) {
      return Optional.empty();
    }
    String lower = reason.toLowerCase(Locale.ROOT);
    Kind kind;
    String explained = reason;
    if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")) {
      kind = Kind.FULL;
    } else if (lower.contains("file too large")) {
      kind = Kind.FULL;
      explained = reason + " (the file-size limit of this process, ulimit -f, was reached)";
    } else if (lower.contains("permission denied")
        || lower.contains("read-only file system")
        || lower.contains("operation not permitted")) {
      kind = Kind.READ_ONLY;
    } else {
      return Optional.empty();
    }
    return Optional.of(new StoreFault(kind, where, named(file, location) + explained));
  }

  /** {@code Data-0001/nodes-data.obj: }, relative to the store where it is inside it. */
  private static String named(String file, Path location) {
    if (file == null) {
      return "";
    }
    Path path = Path.of(file).toAbsolutePath().normalize();
    Path base = location.toAbsolutePath().normalize();
    return (path.startsWith(base) && !path.equals(base) ? base.relativize(path) : path) + ": ";
  }
}
