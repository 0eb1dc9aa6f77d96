package org.hrcg.service.linkeddata;

import java.util.ArrayList;
import java.util.List;

/**
 * The pieces the linked-data pages are made of. Every string in them may come from data: the
 * templates print each one escaped, and an {@code href} is only ever a path of this service or an
 * {@code http(s)} IRI, never a {@code javascript:} or other IRI that a browser would act on.
 */
public final class PageParts {

  private PageParts() {}

  /** Links to the RDF variants among some variants of a page at a path. */
  static List<Alternate> alternates(List<Variant> variants, String path) {
    List<Alternate> alternates = new ArrayList<>();
    for (Variant v : variants) {
      if (v != Variant.HTML) {
        alternates.add(new Alternate(v.title(), v.mediaType(), path + "?format=" + v.parameter()));
      }
    }
    return alternates;
  }

  /**
   * A resource or term as a page shows it.
   *
   * @param text what is shown: its name, short form or IRI
   * @param href where it links to, or null if it is not to be followed
   * @param external whether the link leaves this service
   * @param iri the IRI, or null for a blank node
   * @param lang the language of the text, or null
   * @param code the short form of the IRI (prefix:name) shown beside a name, or null
   */
  public record Link(
      String text, String href, boolean external, String iri, String lang, String code) {}

  /**
   * One value of a property: a link or a literal, with the graphs that state it.
   *
   * @param link the resource, or null for a literal
   * @param literal the literal's lexical form, or null for a resource
   * @param lang the literal's language, or null
   * @param datatype the short form of the literal's datatype when it says something, or null
   * @param sources the graphs that state it
   */
  public record Value(
      Link link, String literal, String lang, String datatype, List<Link> sources) {}

  /** A property and its values. */
  public record Property(Link property, List<Value> values) {}

  /**
   * A node that belongs to the resource: a blank node or a hash IRI such as {@code #venue}.
   *
   * @param anchor the fragment the page gives it
   * @param heading what is shown as its title
   */
  public record Part(String anchor, String heading, List<Property> properties) {}

  /**
   * A graph that says something about the resource.
   *
   * @param graph the graph's page
   * @param statements how many of the shown statements it makes
   */
  public record Source(Link graph, int statements) {}

  /** A statement of another resource that points to this one. */
  public record Incoming(Link subject, Link property, List<Link> sources) {}

  /** The same content in another syntax. */
  public record Alternate(String title, String mediaType, String href) {}
}
