package org.hrcg.bench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a synthetic dataset: one YAML file a case study into {@code OUT/yaml/} and the same
 * content as N-Quads into {@code OUT/synthetic.nq}. The last line printed is machine-readable
 * ({@code practices=... case-studies=... triples=...}).
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Writes a synthetic, deterministic dataset of case studies (YAML and N-Quads).")
public final class Generate implements Callable<Integer> {

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @ArgGroup(multiplicity = "1")
  Size size;

  static final class Size {
    @Option(names = "--practices", description = "Number of practices.")
    Integer practices;

    @Option(
        names = "--target-triples",
        description = "Choose the number of practices that maps to about this many triples.")
    Long targetTriples;
  }

  @Option(
      names = "--per-case-study",
      defaultValue = "1000",
      description = "Practices in each case study (default ${DEFAULT-VALUE}).")
  int perCaseStudy;

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Override
  public Integer call() throws Exception {
    int practices =
        size.practices != null
            ? size.practices
            : SyntheticDataset.practicesForTriples(seed, size.targetTriples, perCaseStudy);
    long started = System.nanoTime();
    SyntheticDataset dataset = SyntheticDataset.generate(seed, practices, perCaseStudy);
    SyntheticDataset.Output output =
        dataset.write(out.resolve("yaml"), out.resolve("synthetic.nq"));
    System.out.printf(
        Locale.ROOT,
        "wrote %d YAML files to %s and %d quads to %s in %.1f s%n",
        output.yamlFiles().size(),
        out.resolve("yaml"),
        output.quads(),
        output.nquads(),
        (System.nanoTime() - started) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "practices=%d case-studies=%d triples=%d seed=%d%n",
        practices,
        dataset.caseStudies().size(),
        output.quads(),
        seed);
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Generate()).execute(args));
  }
}
