package org.hrcg.bench.load;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads a duration as people write it on a command line: {@code 30s}, {@code 2m}, {@code 500ms},
 * {@code 1.5s}, or a plain number of seconds ({@code 30}).
 */
final class DurationText implements ITypeConverter<Duration> {

  private static final Pattern TEXT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h)?");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * The duration that the text names.
   *
   * @throws IllegalArgumentException quoting the text when it is not a number with an optional unit
   */
  static Duration parse(String text) {
    Matcher m = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration such as 30s, 2m, 500ms or 30 (seconds)");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis =
        switch (unit) {
          case "ms" -> amount;
          case "m" -> amount * 60_000;
          case "h" -> amount * 3_600_000;
          default -> amount * 1000;
        };
    return Duration.ofNanos(Math.round(millis * 1e6));
  }
}
