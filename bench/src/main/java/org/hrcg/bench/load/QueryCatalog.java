package org.hrcg.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hrcg.model.competency.CompetencyQuestion;
import org.hrcg.model.competency.CompetencyQuestions;

/**
 * The SPARQL queries of the {@code sparql-cheap} and {@code sparql-heavy} kinds: the competency
 * questions (from the ontology's jar, {@link CompetencyQuestions}), the heavier analytic queries
 * bundled here ({@value #HEAVY_FOLDER}), or the {@code .rq} files of a directory.
 */
final class QueryCatalog {

  /** Classpath folder of the bundled heavy queries, one {@code NAME.rq} each. */
  static final String HEAVY_FOLDER = "hrcg/bench/heavy/";

  /**
   * The bundled heavy queries. Three are heavy only by the amount of data they read (the service
   * runs them as cheap ones); the last two are heavy by their shape, a property path of any length
   * between free variables and a cartesian product, so the service runs them in its heavy lane.
   */
  static final List<String> HEAVY_NAMES =
      List.of(
          "practices-per-country-and-theme",
          "territories-sharing-themes",
          "practice-listing",
          "inspiration-reach",
          "practices-times-cities");

  private QueryCatalog() {}

  /** Every competency question, in the order of its index. */
  static List<NamedQuery> competencyQuestions() {
    return CompetencyQuestions.all().stream()
        .map((CompetencyQuestion q) -> new NamedQuery(q.name(), q.query()))
        .toList();
  }

  /** The bundled heavy queries, in the order of {@link #HEAVY_NAMES}. */
  static List<NamedQuery> heavyQueries() {
    List<NamedQuery> queries = new ArrayList<>();
    for (String name : HEAVY_NAMES) {
      String location = HEAVY_FOLDER + name + ".rq";
      try (InputStream in = QueryCatalog.class.getClassLoader().getResourceAsStream(location)) {
        if (in == null) {
          throw new IllegalStateException("classpath resource not found: " + location);
        }
        queries.add(new NamedQuery(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read classpath resource " + location, e);
      }
    }
    return List.copyOf(queries);
  }

  /**
   * The queries that a command-line value names, or {@code defaults} when it is null or blank. The
   * value is a comma-separated list whose entries are each a directory (its {@code .rq} files, by
   * name), a {@code .rq} file, or the name of a competency question or of a bundled heavy query.
   *
   * @throws IllegalArgumentException naming the entry that is none of these, a directory without
   *     {@code .rq} files, or a name given twice
   */
  static List<NamedQuery> select(String value, List<NamedQuery> defaults) {
    if (value == null || value.isBlank()) {
      return defaults;
    }
    Map<String, NamedQuery> known = new LinkedHashMap<>();
    Map<String, NamedQuery> chosen = new LinkedHashMap<>();
    for (String entry : value.split(",")) {
      String trimmed = entry.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      Path path = Path.of(trimmed);
      List<NamedQuery> found;
      if (Files.isDirectory(path)) {
        found = directory(path);
      } else if (trimmed.endsWith(".rq")) {
        found = List.of(file(path));
      } else {
        if (known.isEmpty()) {
          competencyQuestions().forEach(q -> known.put(q.name(), q));
          heavyQueries().forEach(q -> known.put(q.name(), q));
        }
        NamedQuery query = known.get(trimmed);
        if (query == null) {
          throw new IllegalArgumentException(
              "'"
                  + trimmed
                  + "' is not a directory, a .rq file, or the name of a competency question or a"
                  + " bundled heavy query; the names are: "
                  + String.join(", ", known.keySet()));
        }
        found = List.of(query);
      }
      for (NamedQuery query : found) {
        if (chosen.put(query.name(), query) != null) {
          throw new IllegalArgumentException("query '" + query.name() + "' given twice");
        }
      }
    }
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("'" + value + "' names no query");
    }
    return List.copyOf(chosen.values());
  }

  private static List<NamedQuery> directory(Path directory) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(".rq") && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(directory + ": holds no .rq file");
    }
    return files.stream().map(QueryCatalog::file).toList();
  }

  private static NamedQuery file(Path file) {
    String name = file.getFileName().toString();
    try {
      return new NamedQuery(
          name.substring(0, name.length() - ".rq".length()),
          Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
