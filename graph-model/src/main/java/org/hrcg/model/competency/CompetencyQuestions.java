package org.hrcg.model.competency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcg.ontology.HrcgResources;

/**
 * The competency questions on the classpath, in the order of their index. The index is a file
 * rather than a directory listing because listing a folder inside a jar is not reliable across
 * class loaders.
 */
public final class CompetencyQuestions {

  /** Classpath folder holding {@code NAME.rq} and {@code NAME.json} for every question. */
  public static final String FOLDER = "hrcg/queries/competency/";

  /** Classpath location of the index: one question name a line, {@code #} starts a comment. */
  public static final String INDEX = FOLDER + "index.txt";

  private static final Pattern NAME = Pattern.compile("[0-9]{2}-[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern HEADER = Pattern.compile("#\\s*(title|description):\\s*(.*)");

  private CompetencyQuestions() {}

  /** The names listed in the index, in order. */
  public static List<String> names() {
    Set<String> names = new LinkedHashSet<>();
    int lineNumber = 0;
    for (String line : read(INDEX).split("\\R")) {
      lineNumber++;
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      if (!NAME.matcher(name).matches()) {
        throw new IllegalStateException(
            INDEX
                + ":"
                + lineNumber
                + ": '"
                + name
                + "' is not a question name like 01-short-name");
      }
      if (!names.add(name)) {
        throw new IllegalStateException(
            INDEX + ":" + lineNumber + ": '" + name + "' is listed twice");
      }
    }
    return List.copyOf(names);
  }

  /** Every question in the index, in order. */
  public static List<CompetencyQuestion> all() {
    List<CompetencyQuestion> questions = new ArrayList<>();
    for (String name : names()) {
      questions.add(load(name));
    }
    return List.copyOf(questions);
  }

  /** One question by name, such as {@code 11-mayor-of-grigny}. */
  public static CompetencyQuestion load(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a question name like 01-short-name");
    }
    String query = read(FOLDER + name + ".rq");
    String expectation = read(FOLDER + name + ".json");
    try {
      return parse(name, query, expectation);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(FOLDER + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Builds a question from its query text, whose leading comment lines give {@code # title: ...}
   * and {@code # description: ...} (the description may continue on the comment lines after it),
   * and its expectation's JSON text.
   */
  static CompetencyQuestion parse(String name, String query, String expectationJson) {
    String title = null;
    StringBuilder description = null;
    for (String line : query.split("\\R")) {
      String stripped = line.strip();
      if (!stripped.startsWith("#")) {
        break;
      }
      Matcher header = HEADER.matcher(stripped);
      if (header.matches() && header.group(1).equals("title")) {
        title = header.group(2).strip();
        description = null;
      } else if (header.matches()) {
        description = new StringBuilder(header.group(2).strip());
      } else if (description != null) {
        String more = stripped.substring(1).strip();
        if (more.isEmpty()) {
          break;
        }
        description.append(' ').append(more);
      }
    }
    if (title == null || title.isEmpty()) {
      throw new IllegalArgumentException("the query has no '# title: ...' line at its top");
    }
    if (description == null || description.isEmpty()) {
      throw new IllegalArgumentException("the query has no '# description: ...' line at its top");
    }
    return new CompetencyQuestion(
        name, title, description.toString().strip(), query, Expectation.parse(expectationJson));
  }

  private static String read(String location) {
    try (InputStream in = HrcgResources.open(location)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + location, e);
    }
  }
}
