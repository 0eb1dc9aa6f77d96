package org.hrcg.model.iri;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import org.hrcg.ontology.HrcgResources;

/**
 * Mints and parses the IRIs of resources, concepts and named graphs under one base IRI.
 *
 * <ul>
 *   <li>resources: {@code {base}id/{kind}/{slug}}
 *   <li>concept schemes and concepts: {@code {base}id/{scheme}} and {@code
 *       {base}id/{scheme}/{slug}}
 *   <li>role memberships: {@code {base}id/membership/{person}-{role}}
 *   <li>named graphs: {@code {base}graph/{slug}}, the {@link ReservedGraph reserved ones} included
 * </ul>
 *
 * <p>The ontology's namespace and the concept schemes ({@link #scheme}, {@link #concept}) do not
 * move with the base: they are part of the public vocabulary, always under {@value #DEFAULT_BASE}.
 *
 * @param base an absolute {@code http} or {@code https} IRI ending with {@code /}
 */
public record IriMinter(String base) {

  /** The published base, {@code https://w3id.org/hrcg/}. */
  public static final String DEFAULT_BASE = HrcgResources.DEFAULT_BASE;

  private static final IriMinter DEFAULT = new IriMinter(DEFAULT_BASE);

  public IriMinter {
    Objects.requireNonNull(base, "base");
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("base IRI '" + base + "' is not an IRI: " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (!uri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
      throw new IllegalArgumentException(
          "base IRI '" + base + "' must be an absolute http or https IRI");
    }
    if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
      throw new IllegalArgumentException(
          "base IRI '" + base + "' must have a host and no query or fragment");
    }
    if (!base.endsWith("/")) {
      throw new IllegalArgumentException("base IRI '" + base + "' must end with '/'");
    }
  }

  /** The minter for the published base {@value #DEFAULT_BASE}. */
  public static IriMinter defaults() {
    return DEFAULT;
  }

  /** {@code {base}id/{kind}/{slug}}. */
  public String resource(Kind kind, String slug) {
    Objects.requireNonNull(kind, "kind");
    return base + "id/" + kind.path() + "/" + Slugs.requireValid(slug, "slug");
  }

  /** The IRI of a resource id. */
  public String resource(ResourceId id) {
    Objects.requireNonNull(id, "id");
    return resource(id.kind(), id.slug());
  }

  /** The IRI of a case study: {@code {base}id/case-study/{slug}}. */
  public String caseStudy(String slug) {
    return resource(Kind.CASE_STUDY, slug);
  }

  /**
   * {@code {base}id/{scheme}}.
   *
   * @throws IllegalArgumentException if the scheme is not one of {@link HrcgResources#SCHEMES}
   */
  public String scheme(String scheme) {
    Objects.requireNonNull(scheme, "scheme");
    if (!HrcgResources.SCHEMES.contains(scheme)) {
      throw new IllegalArgumentException(
          "unknown concept scheme '" + scheme + "'; known: " + HrcgResources.SCHEMES);
    }
    // Concept schemes are vocabulary, like the ontology: their IRIs do not move with the base, so
    // that data minted under any base uses the concepts that the bundled schemes declare.
    return DEFAULT_BASE + "id/" + scheme;
  }

  /** {@code {base}id/{scheme}/{slug}}. */
  public String concept(String scheme, String slug) {
    return scheme(scheme) + "/" + Slugs.requireValid(slug, "concept");
  }

  /**
   * The {@code org:Membership} through which a person holds a role: {@code
   * {base}id/membership/{person}-{role}}.
   */
  public String membership(String personSlug, String roleSlug) {
    return base
        + "id/membership/"
        + Slugs.requireValid(personSlug, "person")
        + "-"
        + Slugs.requireValid(roleSlug, "role");
  }

  /**
   * The place where an event was held when it is named only by the event's source: {@code
   * {base}id/event/{slug}#venue}, a part of the event's own IRI.
   */
  public String venue(String eventSlug) {
    return resource(Kind.EVENT, eventSlug) + "#venue";
  }

  /**
   * A source's named graph, {@code {base}graph/{slug}}.
   *
   * @throws IllegalArgumentException if the slug is a {@link ReservedGraph reserved graph}'s
   */
  public String graph(String slug) {
    Slugs.requireValid(slug, "graph");
    if (ReservedGraph.isReserved(slug)) {
      throw new IllegalArgumentException(
          "graph: '" + slug + "' names a reserved graph, not a source's graph");
    }
    return base + "graph/" + slug;
  }

  /** A reserved graph's IRI, {@code {base}graph/{slug}}. */
  public String graph(ReservedGraph graph) {
    Objects.requireNonNull(graph, "graph");
    return base + "graph/" + graph.slug();
  }

  /**
   * The kind and slug of a resource IRI minted by {@link #resource}, or empty for any other IRI.
   */
  public Optional<ResourceId> parse(String iri) {
    Objects.requireNonNull(iri, "iri");
    String prefix = base + "id/";
    if (!iri.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = iri.substring(prefix.length());
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String slug = rest.substring(slash + 1);
    if (!Slugs.isValid(slug)) {
      return Optional.empty();
    }
    return Kind.fromPath(rest.substring(0, slash)).map(kind -> new ResourceId(kind, slug));
  }

  /** The slug of a graph IRI under this base, reserved or not, or empty for any other IRI. */
  public Optional<String> graphSlug(String iri) {
    Objects.requireNonNull(iri, "iri");
    String prefix = base + "graph/";
    if (!iri.startsWith(prefix)) {
      return Optional.empty();
    }
    String slug = iri.substring(prefix.length());
    return Slugs.isValid(slug) ? Optional.of(slug) : Optional.empty();
  }

  /** Whether the IRI is one of the {@link ReservedGraph reserved graphs} under this base. */
  public boolean isReservedGraph(String iri) {
    return graphSlug(iri).map(ReservedGraph::isReserved).orElse(false);
  }
}
