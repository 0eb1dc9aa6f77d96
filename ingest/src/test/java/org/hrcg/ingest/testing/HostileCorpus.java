package org.hrcg.ingest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hostile-file corpus kept in ingest's test resources, as the command line's and the service's
 * tests both read it: the files of {@code hostile/}, each listed in {@code hostile/expected.tsv}
 * with the line its first error must name and words that error holds ({@code NAME TAB LINE TAB
 * WORDS}), and the YAML error cases of {@code yaml-errors/}, each saying the same on its second
 * line ({@code # expect: LINE[:COLUMN] WORDS}). Files that name a URL name it on the loopback
 * address with the port {@code PORT}, which {@link Entry#text} replaces with a listener's.
 */
public final class HostileCorpus {

  private static final Pattern EXPECT = Pattern.compile("^# expect: (\\d+)(?::\\d+)? (.*)$");

  private HostileCorpus() {}

  /**
   * One input and what its refusal must say.
   *
   * @param name the file's name, {@code yaml-errors/NAME} for the YAML error cases
   * @param file where it is
   * @param line the line its first error names
   * @param words words that error holds
   * @param namesListener whether {@code PORT} in it stands for a listener's port
   */
  public record Entry(String name, Path file, int line, String words, boolean namesListener) {

    /** The file's text, with {@code PORT} replaced by the listener's port where it names one. */
    public String text(int port) {
      try {
        String text = Files.readString(file);
        return namesListener ? text.replace("PORT", Integer.toString(port)) : text;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Every entry of the corpus, the listed hostile files first, then the YAML error cases by name.
   *
   * @param resources ingest's {@code src/test/resources}, as seen from the module that runs
   */
  public static List<Entry> entries(Path resources) {
    Objects.requireNonNull(resources, "resources");
    List<Entry> entries = new ArrayList<>();
    Path hostile = resources.resolve("hostile");
    try {
      for (String line : Files.readAllLines(hostile.resolve("expected.tsv"))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        entries.add(
            new Entry(
                fields[0],
                hostile.resolve(fields[0]),
                Integer.parseInt(fields[1]),
                fields[2],
                true));
      }
      try (Stream<Path> files = Files.list(resources.resolve("yaml-errors"))) {
        for (Path file : files.sorted().toList()) {
          String second = Files.readAllLines(file).stream().skip(1).findFirst().orElse("");
          Matcher expect = EXPECT.matcher(second);
          if (!expect.matches()) {
            throw new IllegalStateException(
                file + ": no '# expect: LINE WORDS' on its second line");
          }
          entries.add(
              new Entry(
                  "yaml-errors/" + file.getFileName(),
                  file,
                  Integer.parseInt(expect.group(1)),
                  expect.group(2),
                  false));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
