package org.hrcg.service.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.MediaType;

/**
 * A representation that the linked-data endpoints can send: a page for browsers or an RDF syntax.
 */
public enum Variant {
  TURTLE(
      "Turtle",
      "text/turtle;charset=utf-8",
      RDFFormat.TURTLE_PRETTY,
      List.of("text/turtle", "application/x-turtle"),
      List.of("ttl", "turtle")),
  HTML("HTML", "text/html;charset=utf-8", null, List.of("text/html"), List.of("html")),
  JSONLD(
      "JSON-LD",
      "application/ld+json",
      RDFFormat.JSONLD,
      List.of("application/ld+json", "application/json"),
      List.of("jsonld", "json-ld", "json")),
  NTRIPLES(
      "N-Triples",
      "application/n-triples",
      RDFFormat.NTRIPLES_UTF8,
      List.of("application/n-triples"),
      List.of("nt", "ntriples", "n-triples")),
  RDFXML(
      "RDF/XML",
      "application/rdf+xml",
      RDFFormat.RDFXML,
      List.of("application/rdf+xml"),
      List.of("rdf", "rdfxml", "xml", "owl")),
  TRIG(
      "TriG",
      "application/trig",
      RDFFormat.TRIG_PRETTY,
      List.of("application/trig"),
      List.of("trig")),
  NQUADS(
      "N-Quads",
      "application/n-quads",
      RDFFormat.NQUADS_UTF8,
      List.of("application/n-quads"),
      List.of("nq", "nquads", "n-quads"));

  private final String title;
  private final String contentType;
  private final RDFFormat format;
  private final List<MediaType> accepted;
  private final List<String> names;

  Variant(
      String title,
      String contentType,
      RDFFormat format,
      List<String> accepted,
      List<String> names) {
    this.title = title;
    this.contentType = contentType;
    this.format = format;
    this.accepted = accepted.stream().map(MediaType::parseMediaType).toList();
    this.names = names;
  }

  /** The name a person knows it by, for links. */
  public String title() {
    return title;
  }

  /** The {@code Content-Type} it is sent with. */
  public String contentType() {
    return contentType;
  }

  /** The media type it is sent as, without parameters. */
  public String mediaType() {
    return accepted.get(0).toString();
  }

  /** The media types that select it in an {@code Accept} header; the first is its own. */
  public List<MediaType> accepted() {
    return accepted;
  }

  /** Its usual name as the {@code format} parameter, such as {@code ttl}. */
  public String parameter() {
    return names.get(0);
  }

  /** The RDF syntax it writes, or null for the page. */
  public RDFFormat rdfFormat() {
    return format;
  }

  /** The RDF language, or null for the page. */
  public Lang lang() {
    return format == null ? null : format.getLang();
  }

  /** Whether it keeps graphs apart (TriG, N-Quads). */
  public boolean quads() {
    return this == TRIG || this == NQUADS;
  }

  /** The variant that a {@code format} parameter names, case-insensitively. */
  public static Optional<Variant> fromParameter(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String name = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(v -> v.names.contains(name)).findFirst();
  }
}
