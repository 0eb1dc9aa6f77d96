package org.hrcg.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The interface's words: the same keys in every language, and every key the pages use. */
class MessagesTest {

  private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
  private static final Pattern KEY = Pattern.compile("#\\{'?([a-zA-Z][\\w.-]*[\\w])'?[}(]");

  static Properties bundle(String suffix) {
    Properties properties = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream("/messages" + suffix + ".properties")) {
      assertThat(in).as("messages" + suffix).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(strings = {"_es", "_fr", "_pt"})
  void everyLanguageHasExactlyTheEnglishKeys(String suffix) {
    assertThat(new TreeSet<>(bundle(suffix).stringPropertyNames()))
        .isEqualTo(new TreeSet<>(bundle("").stringPropertyNames()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_es", "_fr", "_pt"})
  void everyMessageWithArgumentsFormats(String suffix) {
    Properties messages = bundle(suffix);
    for (String key : messages.stringPropertyNames()) {
      String pattern = messages.getProperty(key);
      if (!pattern.contains("{0")) {
        continue;
      }
      for (int n : new int[] {0, 1, 2, 1234}) {
        String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {n, n});
        assertThat(formatted).as(suffix + " " + key).doesNotContain("{").doesNotContain("''");
      }
    }
  }

  @Test
  void everyKeyThePagesUseExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher keys = KEY.matcher(Files.readString(file));
        while (keys.find()) {
          used.add(keys.group(1));
        }
      }
    }
    assertThat(used).contains("site.name", "practices.found", "peers.title", "map.caption");
    // Keys made from data: the facets' filters and the concept schemes of the peers' reasons.
    for (String filter :
        new String[] {"theme", "right", "targetGroup", "instrument", "territory", "country"}) {
      used.add("filter." + filter);
    }
    for (String scheme : new String[] {"theme", "right", "target-group", "instrument"}) {
      used.add("scheme." + scheme);
    }
    assertThat(bundle("").stringPropertyNames()).containsAll(used);
  }
}
