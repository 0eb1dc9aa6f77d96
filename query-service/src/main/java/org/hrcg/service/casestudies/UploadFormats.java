package org.hrcg.service.casestudies;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hrcg.service.api.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The formats a case study may be uploaded in, by media type, and the file name an upload is read
 * under: the ingest readers choose by the file name's extension.
 */
final class UploadFormats {

  /** The media types of a raw upload, each with the extension whose reader reads it. */
  static final Map<String, String> EXTENSIONS = extensions();

  /** The name of an upload sent as the raw body, before its extension. */
  static final String RAW_NAME = "upload";

  private static final int MAX_NAME_LENGTH = 100;

  private UploadFormats() {}

  private static Map<String, String> extensions() {
    Map<String, String> extensions = new LinkedHashMap<>();
    extensions.put("text/turtle", "ttl");
    extensions.put("application/ld+json", "jsonld");
    extensions.put("application/trig", "trig");
    extensions.put("application/n-triples", "nt");
    extensions.put("application/n-quads", "nq");
    extensions.put("application/rdf+xml", "rdf");
    extensions.put("application/yaml", "yaml");
    extensions.put("application/x-yaml", "yaml");
    extensions.put("text/yaml", "yaml");
    extensions.put("text/x-yaml", "yaml");
    extensions.put("text/csv", "csv");
    return java.util.Collections.unmodifiableMap(extensions);
  }

  /** The media types of a raw upload. */
  static List<MediaType> mediaTypes() {
    return EXTENSIONS.keySet().stream().map(MediaType::parseMediaType).toList();
  }

  /** The extension whose reader reads this media type, if any; its parameters do not matter. */
  static Optional<String> extension(MediaType type) {
    if (type == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        EXTENSIONS.get((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT)));
  }

  /**
   * The file name a raw upload is read under: {@code upload.ttl} for Turtle, and so on.
   *
   * @throws ApiProblem 415 for a media type that no reader reads, or a charset other than UTF-8
   */
  static Path rawName(MediaType type) {
    if (type == null) {
      throw unsupported(
          "the upload has no Content-Type: send the case study as one of "
              + EXTENSIONS.keySet()
              + ", or as multipart/form-data with a part 'file'");
    }
    requireUtf8(type);
    String extension =
        extension(type)
            .orElseThrow(
                () ->
                    unsupported(
                        "a case study cannot be read from "
                            + type.getType()
                            + "/"
                            + type.getSubtype()
                            + ": send one of "
                            + EXTENSIONS.keySet()
                            + ", or multipart/form-data with a part 'file'"));
    return Path.of(RAW_NAME + "." + extension);
  }

  /**
   * The file name a multipart upload is read under: the part's file name (its last segment, with
   * characters other than letters, digits, {@code .}, {@code _} and {@code -} replaced) when its
   * extension is one a reader knows; otherwise that name, or {@code upload}, with the extension of
   * the part's media type added.
   *
   * @param fileName the part's file name as the client sent it, or null
   * @param partType the part's media type, or null
   * @param known the extensions the readers know
   * @throws ApiProblem 415 when neither the name nor the media type says a known format
   */
  static Path partName(String fileName, MediaType partType, Set<String> known) {
    String name = clean(fileName);
    String extension = extensionOf(name);
    if (!extension.isEmpty() && known.contains(extension)) {
      return Path.of(name);
    }
    if (partType != null) {
      requireUtf8(partType);
    }
    Optional<String> byType = extension(partType);
    if (byType.isEmpty()) {
      throw unsupported(
          "the part 'file' ("
              + (name.isEmpty() ? "no file name" : "'" + name + "'")
              + (partType == null ? "" : ", " + partType.getType() + "/" + partType.getSubtype())
              + ") is not of a format a case study is read from: name it with one of the"
              + " extensions "
              + known.stream().map(e -> "." + e).toList()
              + " or give it one of the media types "
              + EXTENSIONS.keySet());
    }
    return Path.of((name.isEmpty() ? RAW_NAME : name) + "." + byType.get());
  }

  /** A client's file name made safe to record and to name a path: its last segment, plain. */
  static String clean(String fileName) {
    if (fileName == null) {
      return "";
    }
    String last =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    StringBuilder plain = new StringBuilder();
    last.codePoints()
        .forEach(
            c ->
                plain.append(
                    (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_'))
                        ? (char) c
                        : '_'));
    String name = plain.toString().replaceFirst("^[._]+", "");
    if (name.length() > MAX_NAME_LENGTH) {
      String extension = extensionOf(name);
      int keep = MAX_NAME_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
      name = name.substring(0, Math.max(1, keep)) + (extension.isEmpty() ? "" : "." + extension);
    }
    return name;
  }

  private static String extensionOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static void requireUtf8(MediaType type) {
    String charset = type.getParameter("charset");
    if (charset == null) {
      return;
    }
    Charset named;
    try {
      named = Charset.forName(charset.replace("\"", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      named = null;
    }
    if (!StandardCharsets.UTF_8.equals(named)) {
      throw unsupported("case studies are read as UTF-8 only; the upload says charset=" + charset);
    }
  }

  private static ApiProblem unsupported(String detail) {
    List<String> accepted = new java.util.ArrayList<>(EXTENSIONS.keySet());
    accepted.add(MediaType.MULTIPART_FORM_DATA_VALUE);
    return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail)
        .with("accepted", accepted)
        .withHeader("Accept-Post", String.join(", ", accepted));
  }
}
