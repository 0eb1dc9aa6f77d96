package org.hrcg.service.linkeddata;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.vocab.HrcgPrefixes;
import org.hrcg.service.linkeddata.PageParts.Link;

/**
 * Turns RDF terms into what a page shows, for one request: names in the visitor's language, links
 * to this service's pages for its own IRIs, external links only for {@code http(s)} IRIs.
 */
final class Presenter {

  private static final PrefixMapping PREFIXES = HrcgPrefixes.mapping();

  /** Names for IRIs that pages link to and that the store does not name. */
  private static final Map<String, String> KNOWN =
      Map.of(
          "https://creativecommons.org/licenses/by/4.0/",
          "Creative Commons Attribution 4.0 International (CC BY 4.0)");

  private final IriSpace space;
  private final String contextPath;
  private final Languages languages;
  private final Map<String, List<Node>> names;

  /**
   * @param names the names of the IRIs the page shows, in every language (see {@link Labels})
   */
  Presenter(
      IriSpace space, String contextPath, Languages languages, Map<String, List<Node>> names) {
    this.space = Objects.requireNonNull(space, "space");
    this.contextPath = Objects.requireNonNullElse(contextPath, "");
    this.languages = Objects.requireNonNull(languages, "languages");
    this.names = Objects.requireNonNull(names, "names");
  }

  Languages languages() {
    return languages;
  }

  /** The name of an IRI in the visitor's language, if the store has one. */
  Optional<Node> name(String iri) {
    return languages.pick(names.getOrDefault(iri, List.of()), Node::getLiteralLanguage);
  }

  /** A resource: its name (with its short form) if it has one, else its short form or IRI. */
  Link link(Node node) {
    if (node.isBlank()) {
      return new Link("(unnamed node)", null, false, null, null, null);
    }
    if (!node.isURI()) {
      return new Link(node.toString(), null, false, null, null, null);
    }
    String iri = node.getURI();
    String shortForm = shortForm(iri);
    Optional<Node> name = name(iri);
    String text = name.map(Node::getLiteralLexicalForm).orElse(KNOWN.getOrDefault(iri, shortForm));
    String lang = name.map(n -> emptyToNull(n.getLiteralLanguage())).orElse(null);
    String code = name.isPresent() && !shortForm.equals(iri) ? shortForm : null;
    return withHref(iri, text, lang, code);
  }

  /** A property: its name with its short form, {@code a} for rdf:type as Turtle has it. */
  Link property(Node predicate) {
    if (predicate.equals(RDF.type.asNode())) {
      return withHref(predicate.getURI(), "type", null, "rdf:type");
    }
    return link(predicate);
  }

  /** The page of a graph: a case study's title for its source graph, a plain name for others. */
  Link graph(Node graph) {
    String iri = graph.getURI();
    Optional<String> slug = space.graphSlug(iri);
    if (slug.isEmpty()) {
      return link(graph);
    }
    Optional<ReservedGraph> reserved = ReservedGraph.fromSlug(slug.get());
    String text;
    String lang = null;
    if (reserved.isPresent()) {
      text = reservedName(reserved.get());
    } else {
      Optional<Node> title = name(space.caseStudy(slug.get()));
      text = title.map(Node::getLiteralLexicalForm).orElse(slug.get());
      lang = title.map(n -> emptyToNull(n.getLiteralLanguage())).orElse(null);
    }
    return new Link(text, contextPath + "/graph/" + slug.get(), false, iri, lang, slug.get());
  }

  /** A short tag for the graph that states something: its slug, linking to its page. */
  Link graphTag(Node graph) {
    String iri = graph.getURI();
    return space
        .graphSlug(iri)
        .map(slug -> new Link(slug, contextPath + "/graph/" + slug, false, iri, null, null))
        .orElseGet(() -> link(graph));
  }

  /** A link to a path of this service. */
  Link local(String text, String path) {
    return new Link(text, contextPath + path, false, null, null, null);
  }

  /** Where an IRI links: this service's page for it, the IRI itself if http(s), else nowhere. */
  String href(String iri) {
    Optional<String> local = space.localPath(iri);
    if (local.isPresent()) {
      return contextPath + local.get();
    }
    return IriSpace.isWeb(iri) ? iri : null;
  }

  /** The short form of an IRI with the prefixes hrcg uses, or the IRI. */
  static String shortForm(String iri) {
    String shortForm = PREFIXES.qnameFor(iri);
    return shortForm == null ? iri : shortForm;
  }

  /** The short form of a literal's datatype when it is worth showing. */
  static String datatype(Node literal) {
    String datatype = literal.getLiteralDatatypeURI();
    if (datatype == null
        || datatype.equals(XSDDatatype.XSDstring.getURI())
        || datatype.equals(RDF.langString.getURI())) {
      return null;
    }
    return shortForm(datatype);
  }

  private Link withHref(String iri, String text, String lang, String code) {
    String href = href(iri);
    boolean external = href != null && space.localPath(iri).isEmpty();
    return new Link(text, href, external, iri, lang, code);
  }

  static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static String reservedName(ReservedGraph graph) {
    return switch (graph) {
      case META -> "Load records";
      case CURATION -> "Curation: links the sources do not state";
      case ONTOLOGY -> "The hrcg ontology";
      case SCHEMES -> "The hrcg concept schemes";
      case DEFAULT -> "Writes to the default graph";
    };
  }
}
