package org.hrcg.ingest.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hrcg.ingest.CaseStudyReader;
import org.hrcg.ingest.concepts.ConceptIndex;
import org.hrcg.ingest.csv.CsvPracticesReader;
import org.hrcg.ingest.rdf.RdfCaseStudyReader;
import org.hrcg.ingest.yaml.YamlCaseStudyReader;
import org.hrcg.model.domain.CaseStudyMapper;
import org.hrcg.model.iri.IriMinter;

/**
 * Which reader reads which file, by the file name's extension. {@link #standard()} knows YAML
 * ({@code .yaml}, {@code .yml}), CSV ({@code .csv}) and RDF ({@code .ttl}, {@code .trig}, {@code
 * .nt}, {@code .nq}, {@code .jsonld}, {@code .rdf}, {@code .owl}). Immutable.
 */
public final class Readers {

  private final Map<String, CaseStudyReader> byExtension;

  private Readers(Map<String, CaseStudyReader> byExtension) {
    this.byExtension = byExtension;
  }

  /** The readers of every format hrcg reads, minting under the published base. */
  public static Readers standard() {
    return standard(IriMinter.defaults());
  }

  /** The readers of every format hrcg reads, minting resource and graph IRIs under a base. */
  public static Readers standard(IriMinter minter) {
    Objects.requireNonNull(minter, "minter");
    Map<String, CaseStudyReader> readers = new LinkedHashMap<>();
    CaseStudyReader yaml = new YamlCaseStudyReader(minter, ConceptIndex.defaults());
    readers.put("yaml", yaml);
    readers.put("yml", yaml);
    readers.put(
        "csv", new CsvPracticesReader(new CaseStudyMapper(minter), ConceptIndex.defaults()));
    CaseStudyReader rdf = new RdfCaseStudyReader(minter);
    for (String extension : List.of("ttl", "trig", "nt", "nq", "jsonld", "rdf", "owl")) {
      readers.put(extension, rdf);
    }
    return new Readers(readers);
  }

  /** No readers: every file is of an unknown type until {@link #with} adds one. */
  public static Readers none() {
    return new Readers(Map.of());
  }

  /** These readers with one more (or another) for an extension, given without the dot. */
  public Readers with(String extension, CaseStudyReader reader) {
    Objects.requireNonNull(extension, "extension");
    Objects.requireNonNull(reader, "reader");
    String key = normalize(extension);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("extension: must not be empty");
    }
    Map<String, CaseStudyReader> copy = new LinkedHashMap<>(byExtension);
    copy.put(key, reader);
    return new Readers(copy);
  }

  /** The extensions known, without dots, in the order they were added. */
  public Set<String> extensions() {
    return byExtension.keySet();
  }

  /** The reader for an extension (with or without the dot, any case). */
  public Optional<CaseStudyReader> forExtension(String extension) {
    Objects.requireNonNull(extension, "extension");
    return Optional.ofNullable(byExtension.get(normalize(extension)));
  }

  /** The reader for a file, by its name's extension. */
  public Optional<CaseStudyReader> forFile(Path file) {
    Objects.requireNonNull(file, "file");
    return forExtension(extensionOf(file));
  }

  /** The extension of a file name in lower case, without the dot, or "" when it has none. */
  static String extensionOf(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return "";
    }
    String text = name.toString();
    int dot = text.lastIndexOf('.');
    return dot <= 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The known extensions as a user reads them: {@code .yaml, .yml, .csv, ...}. */
  String describe() {
    return byExtension.keySet().stream()
        .map(e -> "." + e)
        .reduce((a, b) -> a + ", " + b)
        .orElse("none");
  }

  private static String normalize(String extension) {
    String e = extension.startsWith(".") ? extension.substring(1) : extension;
    return e.toLowerCase(Locale.ROOT);
  }
}
