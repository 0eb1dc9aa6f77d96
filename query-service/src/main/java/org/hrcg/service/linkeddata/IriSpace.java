package org.hrcg.service.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.ontology.HrcgResources;

/**
 * Where the service's IRIs live on this host. Resource and graph IRIs are minted under the
 * configured base ({@code hrcg.base-iri}); the ontology and the concept schemes keep the published
 * base whatever the configured one, since they are part of the public vocabulary. Both are served
 * here: {@code {base}id/x/y} at {@code /id/x/y}, {@code {base}graph/x} at {@code /graph/x}, the
 * ontology at {@code /ontology}, the dataset description at {@code /.well-known/void}.
 */
public final class IriSpace {

  private final String base;
  private final List<String> bases;

  /**
   * @param base the configured base, an absolute http(s) IRI ending with {@code /}
   */
  public IriSpace(String base) {
    this.base = new IriMinter(Objects.requireNonNull(base, "base")).base();
    List<String> all = new ArrayList<>();
    all.add(this.base);
    if (!this.base.equals(HrcgResources.DEFAULT_BASE)) {
      all.add(HrcgResources.DEFAULT_BASE);
    }
    this.bases = List.copyOf(all);
  }

  /** The configured base. */
  public String base() {
    return base;
  }

  /**
   * The IRIs that a path of this host may name, most likely first: the configured base, then the
   * published one (where the vocabulary lives).
   *
   * @param relative a path without the leading slash, such as {@code id/theme/care}
   */
  public List<String> candidates(String relative) {
    Objects.requireNonNull(relative, "relative");
    return bases.stream().map(b -> b + relative).toList();
  }

  /** A source's graph IRI, {@code {base}graph/{slug}}. */
  public String graph(String slug) {
    return base + "graph/" + Objects.requireNonNull(slug, "slug");
  }

  /** The slug of a graph IRI under the configured base, if it is one. */
  public Optional<String> graphSlug(String iri) {
    String prefix = base + "graph/";
    if (iri == null || !iri.startsWith(prefix)) {
      return Optional.empty();
    }
    String slug = iri.substring(prefix.length());
    return slug.isEmpty() || slug.contains("/") || slug.contains("#")
        ? Optional.empty()
        : Optional.of(slug);
  }

  /** The case study whose graph has this slug, {@code {base}id/case-study/{slug}}. */
  public String caseStudy(String slug) {
    return base + "id/case-study/" + Objects.requireNonNull(slug, "slug");
  }

  /**
   * Whether an IRI may be a link's target: {@code http} and {@code https} only, never {@code
   * javascript:}.
   */
  public static boolean isWeb(String iri) {
    String lower = iri == null ? "" : iri.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * The path on this host (without the context path) that serves an IRI, keeping its fragment, if
   * the IRI is one of ours.
   */
  public Optional<String> localPath(String iri) {
    if (iri == null) {
      return Optional.empty();
    }
    for (String prefix : bases) {
      if (!iri.startsWith(prefix)) {
        continue;
      }
      String rest = iri.substring(prefix.length());
      if (rest.startsWith("id/") || rest.startsWith("graph/")) {
        return Optional.of("/" + rest);
      }
      if (rest.equals("ontology") || rest.startsWith("ontology#") || rest.startsWith("ontology/")) {
        return Optional.of("/" + rest);
      }
      if (rest.startsWith("shapes#") || rest.equals("shapes")) {
        return Optional.of("/ontology/shapes");
      }
      if (rest.equals("void") || rest.startsWith("void#")) {
        return Optional.of("/.well-known/void" + rest.substring("void".length()));
      }
      if (rest.equals("context.jsonld")) {
        return Optional.of("/context.jsonld");
      }
    }
    return Optional.empty();
  }
}
