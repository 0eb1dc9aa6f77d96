package org.hrcg.service.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rewrite rules of {@code docs/w3id/.htaccess}, applied as Apache's mod_rewrite applies them in
 * a folder's {@code .htaccess}: to the path below the folder, first matching rule wins.
 */
record W3idRules(List<W3idRules.Rule> rules) {

  /** The published base that w3id.org serves the folder at. */
  static final String BASE = "https://w3id.org/hrcg/";

  /** The host the file names as a placeholder for the deployment. */
  static final String PLACEHOLDER = "https://hrcg.example.org";

  private static final Pattern LINE =
      Pattern.compile("RewriteRule\\s+(\\S+)\\s+(\\S+)\\s+\\[([^\\]]*)\\]");

  record Rule(Pattern pattern, String target, int status) {}

  /** Where a rule sends a request: its status and location. */
  record Redirect(int status, String location) {}

  static W3idRules read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Rule> rules = new ArrayList<>();
    for (String line : lines) {
      Matcher m = LINE.matcher(line.trim());
      if (m.matches()) {
        Matcher status = Pattern.compile("R=(\\d{3})").matcher(m.group(3));
        rules.add(
            new Rule(
                Pattern.compile(m.group(1)),
                m.group(2),
                status.find() ? Integer.parseInt(status.group(1)) : 302));
      }
    }
    return new W3idRules(List.copyOf(rules));
  }

  /** The redirect for an IRI under the base, fragment dropped as a client drops it. */
  Optional<Redirect> apply(String iri) {
    String path = iri.substring(BASE.length());
    int hash = path.indexOf('#');
    if (hash >= 0) {
      path = path.substring(0, hash);
    }
    String query = "";
    int question = path.indexOf('?');
    if (question >= 0) {
      query = path.substring(question);
      path = path.substring(0, question);
    }
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(path);
      if (m.matches()) {
        String target = rule.target();
        for (int group = m.groupCount(); group >= 1; group--) {
          target = target.replace("$" + group, m.group(group));
        }
        // mod_rewrite passes the query string on when the target has none of its own.
        return Optional.of(new Redirect(rule.status(), target + query));
      }
    }
    return Optional.empty();
  }
}
