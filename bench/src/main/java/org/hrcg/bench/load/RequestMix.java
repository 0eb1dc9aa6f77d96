package org.hrcg.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which kinds of request a run sends, and in what proportions: {@code peers=2, search-all=0.5,
 * baseline} (a kind without a weight weighs 1). Entries are separated by commas or line breaks, and
 * {@code #} starts a comment, so that a mix can also be a file.
 *
 * @param weights each kind's weight, in the order given; every weight is positive
 */
public record RequestMix(Map<RequestKind, Double> weights) {

  public RequestMix {
    Objects.requireNonNull(weights, "weights");
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("a request mix needs at least one kind");
    }
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }

  /**
   * The mix that a command-line value names: {@code @FILE} for a file holding the mix, else the mix
   * itself.
   */
  public static RequestMix read(String value) throws IOException {
    Objects.requireNonNull(value, "value");
    if (value.startsWith("@")) {
      return parse(Files.readString(Path.of(value.substring(1)), StandardCharsets.UTF_8));
    }
    return parse(value);
  }

  /**
   * Parses a mix.
   *
   * @throws IllegalArgumentException naming the entry at fault: an unknown kind, a kind given
   *     twice, a weight that is not a positive number, or no kind at all
   */
  public static RequestMix parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    Map<RequestKind, Double> weights = new LinkedHashMap<>();
    for (String line : spec.split("\\R")) {
      int comment = line.indexOf('#');
      String content = comment >= 0 ? line.substring(0, comment) : line;
      for (String entry : content.split(",")) {
        String trimmed = entry.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        String[] parts = trimmed.split("\\s*[=\\s]\\s*", 2);
        RequestKind kind = RequestKind.of(parts[0]);
        double weight = parts.length == 2 ? weight(parts[1], trimmed) : 1.0;
        if (weights.put(kind, weight) != null) {
          throw new IllegalArgumentException("request kind '" + parts[0] + "' given twice");
        }
      }
    }
    return new RequestMix(weights);
  }

  private static double weight(String text, String entry) {
    double weight;
    try {
      weight = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + entry + "': the weight is not a number", e);
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("'" + entry + "': the weight must be positive");
    }
    return weight;
  }

  /** The kinds, in the order given. */
  public List<RequestKind> kinds() {
    return List.copyOf(weights.keySet());
  }

  /**
   * How many of {@code total} requests each kind gets: its share of the weights, rounded by largest
   * remainder so that the counts add up to {@code total} (ties go to the kind given first).
   */
  public Map<RequestKind, Integer> counts(int total) {
    if (total < 0) {
      throw new IllegalArgumentException("total: " + total + " is negative");
    }
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<RequestKind, Integer> counts = new EnumMap<>(RequestKind.class);
    List<Map.Entry<RequestKind, Double>> remainders = new ArrayList<>();
    int given = 0;
    for (Map.Entry<RequestKind, Double> entry : weights.entrySet()) {
      double exact = total * entry.getValue() / sum;
      int floor = (int) Math.floor(exact);
      counts.put(entry.getKey(), floor);
      given += floor;
      remainders.add(Map.entry(entry.getKey(), exact - floor));
    }
    // A stable sort keeps the order given among equal remainders.
    remainders.sort(Map.Entry.<RequestKind, Double>comparingByValue().reversed());
    for (int i = 0; given < total; i++, given++) {
      counts.merge(remainders.get(i % remainders.size()).getKey(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * The order in which {@code total} requests are sent: each kind {@link #counts} times, shuffled
   * by the random source, so that a change in the machine's load falls on every kind alike.
   */
  public List<RequestKind> schedule(int total, SplittableRandom random) {
    List<RequestKind> schedule = new ArrayList<>(total);
    Map<RequestKind, Integer> counts = counts(total);
    for (RequestKind kind : weights.keySet()) {
      schedule.addAll(Collections.nCopies(counts.get(kind), kind));
    }
    for (int i = schedule.size() - 1; i > 0; i--) {
      Collections.swap(schedule, i, random.nextInt(i + 1));
    }
    return schedule;
  }

  /** One kind drawn at random by weight: what a client of a run of fixed duration sends next. */
  public RequestKind draw(SplittableRandom random) {
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double at = random.nextDouble() * sum;
    RequestKind last = null;
    for (Map.Entry<RequestKind, Double> entry : weights.entrySet()) {
      last = entry.getKey();
      at -= entry.getValue();
      if (at < 0) {
        return last;
      }
    }
    // Rounding can leave a sliver past the last weight.
    return last;
  }

  /**
   * The mix without these kinds, its other weights unchanged.
   *
   * @throws IllegalArgumentException if no kind would be left
   */
  public RequestMix without(Set<RequestKind> kinds) {
    Map<RequestKind, Double> rest = new LinkedHashMap<>(weights);
    rest.keySet().removeAll(kinds);
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(
          "no kind of the mix " + this + " is left without " + kinds);
    }
    return new RequestMix(rest);
  }

  /** The same number of requests of each kind, shuffled: the warm-up. */
  public List<RequestKind> evenSchedule(int perKind, SplittableRandom random) {
    Map<RequestKind, Double> even = new LinkedHashMap<>();
    weights.keySet().forEach(kind -> even.put(kind, 1.0));
    return new RequestMix(even).schedule(perKind * weights.size(), random);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    weights.forEach(
        (kind, weight) -> {
          if (!text.isEmpty()) {
            text.append(", ");
          }
          text.append(kind.label());
          if (weight != 1.0) {
            text.append('=').append(weight % 1 == 0 ? Long.toString(weight.longValue()) : weight);
          }
        });
    return text.toString();
  }
}
