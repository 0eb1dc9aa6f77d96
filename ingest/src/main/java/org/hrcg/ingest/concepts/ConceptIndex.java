package org.hrcg.ingest.concepts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.ontology.HrcgResources;

/**
 * The concepts of hrcg's concept schemes by scheme and slug, for readers that turn slugs such as
 * {@code themes: [procurement]} into concept IRIs: whether a slug exists in a scheme, its IRI, and
 * the closest existing slugs when it does not.
 *
 * <p>A concept's slug is the last segment of its IRI, {@code {base}id/{scheme}/{slug}}; the index
 * holds the IRIs exactly as the scheme files write them.
 */
public final class ConceptIndex {

  /** Concept lists longer than this are not spelled out in an error message. */
  private static final int MAX_LISTED = 20;

  private final Map<String, SortedMap<String, String>> schemes;

  private ConceptIndex(Map<String, SortedMap<String, String>> schemes) {
    this.schemes = schemes;
  }

  /** The index of the schemes bundled with the ontology, loaded once. */
  public static ConceptIndex defaults() {
    return Bundled.INDEX;
  }

  /**
   * An index of the given schemes model: every {@link HrcgResources#SCHEMES scheme} at {@code
   * {base}id/{scheme}} with the concepts that are {@code skos:inScheme} it.
   */
  public static ConceptIndex of(Model schemes, String base) {
    Objects.requireNonNull(schemes, "schemes");
    Objects.requireNonNull(base, "base");
    Map<String, SortedMap<String, String>> index = new LinkedHashMap<>();
    for (String scheme : HrcgResources.SCHEMES) {
      String schemeIri = base + "id/" + scheme;
      SortedMap<String, String> concepts = new TreeMap<>();
      schemes
          .listResourcesWithProperty(SKOS.inScheme, schemes.createResource(schemeIri))
          .filterKeep(Resource::isURIResource)
          .forEachRemaining(
              concept -> {
                String iri = concept.getURI();
                if (iri.startsWith(schemeIri + "/")) {
                  concepts.put(iri.substring(schemeIri.length() + 1), iri);
                }
              });
      index.put(scheme, Collections.unmodifiableSortedMap(concepts));
    }
    return new ConceptIndex(Collections.unmodifiableMap(index));
  }

  /** The slugs of the schemes, as {@link HrcgResources#SCHEMES} lists them. */
  public Set<String> schemes() {
    return schemes.keySet();
  }

  /**
   * The slugs of a scheme's concepts, in alphabetical order.
   *
   * @throws IllegalArgumentException if the scheme is unknown
   */
  public Set<String> slugs(String scheme) {
    return concepts(scheme).keySet();
  }

  /** Whether the scheme has a concept with this slug. */
  public boolean contains(String scheme, String slug) {
    return slug != null && concepts(scheme).containsKey(slug);
  }

  /** The IRI of the scheme's concept with this slug, if there is one. */
  public Optional<String> iri(String scheme, String slug) {
    return slug == null ? Optional.empty() : Optional.ofNullable(concepts(scheme).get(slug));
  }

  /** The scheme's slugs closest to a slug it does not have, best first; empty if none is close. */
  public List<String> suggest(String scheme, String slug) {
    Objects.requireNonNull(slug, "slug");
    return Suggestions.closest(slug, concepts(scheme).keySet());
  }

  /**
   * The message for a slug the scheme does not have, the same in every reader: {@code unknown theme
   * 'procurment' (did you mean 'procurement'?)}; without a close slug, the scheme's slugs are
   * listed when there are few of them.
   */
  public String unknown(String scheme, String slug) {
    List<String> close = suggest(scheme, slug);
    String message = "unknown " + scheme.replace('-', ' ') + " '" + slug + "'";
    if (!close.isEmpty()) {
      return message + Suggestions.hint(close);
    }
    Set<String> known = slugs(scheme);
    if (known.size() <= MAX_LISTED) {
      return message + " (the " + scheme + " scheme has: " + String.join(", ", known) + ")";
    }
    return message + " (see the " + scheme + " scheme in docs/concept-schemes.md)";
  }

  private SortedMap<String, String> concepts(String scheme) {
    Objects.requireNonNull(scheme, "scheme");
    SortedMap<String, String> concepts = schemes.get(scheme);
    if (concepts == null) {
      throw new IllegalArgumentException(
          "unknown concept scheme '" + scheme + "'; known: " + schemes.keySet());
    }
    return concepts;
  }

  /** Holds the bundled index, built on first use. */
  private static final class Bundled {
    static final ConceptIndex INDEX = of(HrcgResources.schemes(), HrcgResources.DEFAULT_BASE);
  }
}
