package org.hrcg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An input file that passed the checks every format shares: it exists, is not larger than the
 * limit, is not empty, holds no NUL byte (binary), and is valid UTF-8. A leading byte-order mark is
 * dropped. Readers get its text; they never open the file themselves.
 *
 * @param path the file as the user named it
 * @param text its content, decoded
 */
public record SourceFile(Path path, String text) {

  /** The default size limit, 64 MiB: case studies are documents, not bulk dumps. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }

  /** The file name's extension in lower case, without the dot, or "" when there is none. */
  public String extension() {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The outcome of {@link #read}: the file, or why it cannot be read. */
  public sealed interface Result {}

  /** The file was read. */
  public record Read(SourceFile file) implements Result {}

  /** The file cannot be read; the problem says why. */
  public record Rejected(Problem problem) implements Result {}

  /** Reads and checks a file, with a size limit in bytes. */
  public static Result read(Path path, long maxBytes) {
    Objects.requireNonNull(path, "path");
    try {
      if (!Files.isRegularFile(path)) {
        return rejected(path, Position.START, "not a readable file");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        return rejected(
            path,
            Position.START,
            "file is " + size + " bytes, over the limit of " + maxBytes + " bytes");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        // Read at most one byte past the limit: the file may have grown since it was measured.
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        return rejected(path, Position.START, "file is over the limit of " + maxBytes + " bytes");
      }
      return check(path, bytes);
    } catch (IOException e) {
      return rejected(path, Position.START, "cannot read file: " + e.getMessage());
    }
  }

  /** Checks bytes already in memory (an upload) as if they were the file at {@code path}. */
  public static Result check(Path path, byte[] bytes) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
    String utf16or32 = otherUnicodeBom(bytes);
    if (utf16or32 != null) {
      return rejected(
          path,
          Position.START,
          "file is " + utf16or32 + " (its byte-order mark says so): save it as UTF-8");
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    if (bytes.length - start == 0 || isBlank(bytes, start)) {
      return rejected(path, Position.START, "file is empty");
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return rejected(
            path, positionOf(bytes, start, i), "file holds a NUL byte: binary files are not read");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
      return new Read(new SourceFile(path, text));
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, start);
      return rejected(
          path, positionOf(bytes, start, bad), "file is not valid UTF-8 (byte " + (bad + 1) + ")");
    }
  }

  /** UTF-32 or UTF-16, when the bytes start with one of their byte-order marks; else null. */
  private static String otherUnicodeBom(byte[] bytes) {
    if (bytes.length >= 4
        && ((bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF
                && bytes[1] == (byte) 0xFE
                && bytes[2] == 0
                && bytes[3] == 0))) {
      return "UTF-32";
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return "UTF-16";
    }
    return null;
  }

  private static Rejected rejected(Path path, Position position, String message) {
    return new Rejected(Problem.error(path, position, message));
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
  }

  private static boolean isBlank(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The line and column (in bytes) of a byte offset. */
  static Position positionOf(byte[] bytes, int start, int offset) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart + 1);
  }

  /** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
  static int firstInvalidUtf8(byte[] bytes, int start) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        // The decoder stops with the buffer at the start of the malformed sequence.
        return in.position();
      }
      if (result.isUnderflow()) {
        return bytes.length;
      }
      out.clear();
    }
  }

  /** Lists the problems of a result, for callers that only collect them. */
  public static List<Problem> problems(Result result) {
    return result instanceof Rejected r ? List.of(r.problem()) : List.of();
  }
}
