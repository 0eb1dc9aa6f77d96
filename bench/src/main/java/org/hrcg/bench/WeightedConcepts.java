package org.hrcg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.model.iri.IriMinter;

/**
 * The concepts of one scheme with Zipf-like weights: the first few are drawn often, the last ones
 * rarely, as with real practices, where most are about a handful of themes.
 */
final class WeightedConcepts {

  private final List<String> slugs;
  private final double[] cumulative;

  private WeightedConcepts(List<String> slugs, double exponent) {
    this.slugs = List.copyOf(slugs);
    if (this.slugs.isEmpty()) {
      throw new IllegalArgumentException("a scheme without concepts");
    }
    cumulative = new double[this.slugs.size()];
    double total = 0;
    for (int rank = 0; rank < cumulative.length; rank++) {
      total += 1.0 / Math.pow(rank + 1, exponent);
      cumulative[rank] = total;
    }
    for (int rank = 0; rank < cumulative.length; rank++) {
      cumulative[rank] /= total;
    }
  }

  /**
   * The concepts of a scheme in the given model, in an order shuffled by the random source (so that
   * which concepts are common depends on the seed, not on the alphabet).
   */
  static WeightedConcepts of(
      Model schemes, String scheme, double exponent, SplittableRandom random) {
    Objects.requireNonNull(schemes, "schemes");
    String schemeIri = IriMinter.defaults().scheme(scheme);
    String prefix = schemeIri + "/";
    List<String> slugs = new ArrayList<>();
    schemes
        .listSubjectsWithProperty(SKOS.inScheme, schemes.createResource(schemeIri))
        .filterKeep(Resource::isURIResource)
        .forEach(
            concept -> {
              if (concept.getURI().startsWith(prefix)) {
                slugs.add(concept.getURI().substring(prefix.length()));
              }
            });
    slugs.sort(Comparator.naturalOrder());
    for (int i = slugs.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String swap = slugs.get(i);
      slugs.set(i, slugs.get(j));
      slugs.set(j, swap);
    }
    return new WeightedConcepts(slugs, exponent);
  }

  List<String> slugs() {
    return slugs;
  }

  /** One concept, drawn by weight. */
  String pick(SplittableRandom random) {
    int index = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = index >= 0 ? index : -index - 1;
    return slugs.get(Math.min(rank, slugs.size() - 1));
  }

  /** Up to {@code count} distinct concepts, drawn by weight, in the order drawn. */
  List<String> pickDistinct(SplittableRandom random, int count) {
    int wanted = Math.min(count, slugs.size());
    List<String> picked = new ArrayList<>(wanted);
    // A few redraws at most: the wanted counts are small next to the schemes' sizes.
    for (int attempt = 0; picked.size() < wanted && attempt < wanted * 20; attempt++) {
      String slug = pick(random);
      if (!picked.contains(slug)) {
        picked.add(slug);
      }
    }
    return picked;
  }
}
