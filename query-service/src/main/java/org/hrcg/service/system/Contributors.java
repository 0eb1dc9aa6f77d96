package org.hrcg.service.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.iri.Slugs;
import org.hrcg.service.Roles;

/**
 * The contributors file: one contributor a line, {@code name:bcrypt-hash:slug,slug}, where the
 * slugs name the case studies the contributor may submit and withdraw. Blank lines and lines
 * starting with {@code #} are ignored. Only hashes are stored, never passwords; {@code htpasswd
 * -nbBC 12 NAME PASSWORD} prints the first two fields.
 *
 * <pre>
 * # city networks
 * uclg-cisdp:$2y$12$Gd0...:geneva-dialogue-2025,barcelona-care
 * </pre>
 */
public final class Contributors {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

  private final Map<String, Contributor> byName;

  private Contributors(Map<String, Contributor> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /** No contributors. */
  public static Contributors none() {
    return new Contributors(new LinkedHashMap<>());
  }

  /**
   * Reads a contributors file.
   *
   * @throws IllegalArgumentException naming the file and line of the first error
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Contributors read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the contributors file " + file, e);
    }
  }

  /**
   * Parses the lines of a contributors file.
   *
   * @param source names the file in messages
   * @throws IllegalArgumentException naming the source and line of the first error
   */
  static Contributors parse(List<String> lines, String source) {
    Map<String, Contributor> byName = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = source + ":" + (i + 1) + ": ";
      Contributor contributor = parseLine(line, where);
      if (byName.putIfAbsent(contributor.name(), contributor) != null) {
        throw new IllegalArgumentException(
            where + "contributor '" + contributor.name() + "' is listed twice");
      }
    }
    return new Contributors(byName);
  }

  private static Contributor parseLine(String line, String where) {
    String[] fields = line.split(":", -1);
    if (fields.length != 3) {
      throw new IllegalArgumentException(
          where + "expected name:bcrypt-hash:slug,slug (three fields separated by ':')");
    }
    String name = fields[0].strip();
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          where
              + "contributor name '"
              + name
              + "' must be letters, digits, '.', '_' or '-' (at most 64)");
    }
    if (name.toLowerCase(Locale.ROOT).equals(Roles.ADMIN_USER)) {
      throw new IllegalArgumentException(
          where + "'" + Roles.ADMIN_USER + "' is the administrator, not a contributor");
    }
    String hash = fields[1].strip();
    if (!BCRYPT.matcher(hash).matches()) {
      throw new IllegalArgumentException(
          where + "the password of '" + name + "' must be a BCrypt hash ($2a$, $2b$ or $2y$)");
    }
    Set<String> slugs = new LinkedHashSet<>();
    for (String part : fields[2].split(",", -1)) {
      String slug = part.strip();
      if (slug.isEmpty() && fields[2].isBlank()) {
        break;
      }
      if (!Slugs.isValid(slug) || ReservedGraph.isReserved(slug)) {
        throw new IllegalArgumentException(
            where + "'" + slug + "' is not the slug of a case study");
      }
      slugs.add(slug);
    }
    return new Contributor(name, hash, slugs);
  }

  /** The contributor with this user name, if any. */
  public Optional<Contributor> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every contributor, in file order. */
  public List<Contributor> all() {
    return new ArrayList<>(byName.values());
  }
}
