package org.hrcg.service.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.service.linkeddata.PageParts.Alternate;
import org.hrcg.service.linkeddata.PageParts.Incoming;
import org.hrcg.service.linkeddata.PageParts.Link;
import org.hrcg.service.linkeddata.PageParts.Part;
import org.hrcg.service.linkeddata.PageParts.Property;
import org.hrcg.service.linkeddata.PageParts.Source;
import org.hrcg.service.linkeddata.PageParts.Value;

/** Builds resource pages from descriptions. */
final class ResourcePages {

  /** The properties a page shows first, in this order; the others follow by name. */
  private static final List<Node> FIRST =
      List.of(
          RDF.type.asNode(),
          RDFS.label.asNode(),
          SKOS.prefLabel.asNode(),
          DCTerms.title.asNode(),
          DCTerms.description.asNode(),
          SKOS.definition.asNode());

  private static final List<Node> DESCRIBING =
      List.of(DCTerms.description.asNode(), SKOS.definition.asNode(), RDFS.comment.asNode());

  private final IriSpace space;
  private final Labels labels;

  ResourcePages(IriSpace space, Labels labels) {
    this.space = space;
    this.labels = labels;
  }

  /** The names the page needs: of every IRI in the description and of the graphs' case studies. */
  Presenter presenter(Description description, Languages languages, String contextPath) {
    Set<String> iris = new LinkedHashSet<>();
    for (List<Quad> quads : List.of(description.statements(), description.links())) {
      for (Quad q : quads) {
        iris.addAll(Labels.iris(List.of(q.getSubject(), q.getPredicate(), q.getObject())));
        space.graphSlug(q.getGraph().getURI()).map(space::caseStudy).ifPresent(iris::add);
      }
    }
    iris.add(description.iri());
    return new Presenter(space, contextPath, languages, labels.of(iris));
  }

  ResourcePage page(Description description, Presenter presenter, List<Alternate> alternates) {
    Node resource = NodeFactory.createURI(description.iri());
    Map<Node, List<Quad>> bySubject = new LinkedHashMap<>();
    for (Quad q : description.statements()) {
      bySubject.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
    }
    Map<Node, String> anchors = anchors(resource, bySubject.keySet());
    List<Quad> own = bySubject.getOrDefault(resource, List.of());

    Optional<Node> label = presenter.name(description.iri());
    Optional<Node> describing = pick(own, DESCRIBING, presenter.languages());
    List<Link> types =
        own.stream()
            .filter(q -> q.getPredicate().equals(RDF.type.asNode()))
            .map(Quad::getObject)
            .distinct()
            .map(presenter::link)
            .sorted(Comparator.comparing(Link::text))
            .toList();

    List<Part> parts = new ArrayList<>();
    for (Map.Entry<Node, String> anchor : anchors.entrySet()) {
      Node part = anchor.getKey();
      String heading = part.isURI() ? presenter.link(part).text() : "#" + anchor.getValue();
      parts.add(
          new Part(
              anchor.getValue(), heading, properties(bySubject.get(part), presenter, anchors)));
    }

    return new ResourcePage(
        description.iri(),
        label.map(Node::getLiteralLexicalForm).orElse(description.iri()),
        label.map(n -> Presenter.emptyToNull(n.getLiteralLanguage())).orElse(null),
        describing.map(Node::getLiteralLexicalForm).orElse(null),
        describing.map(n -> Presenter.emptyToNull(n.getLiteralLanguage())).orElse(null),
        types,
        properties(own, presenter, anchors),
        parts,
        sources(description, presenter),
        incoming(description.links(), presenter),
        description.linksCut(),
        alternates);
  }

  /** Anchors for the parts: a hash IRI's fragment, {@code node-N} for a blank node. */
  private static Map<Node, String> anchors(Node resource, Set<Node> subjects) {
    Map<Node, String> anchors = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    int blank = 0;
    for (Node subject : subjects) {
      if (subject.equals(resource)) {
        continue;
      }
      String anchor;
      if (subject.isURI() && subject.getURI().startsWith(resource.getURI() + "#")) {
        anchor = subject.getURI().substring(resource.getURI().length() + 1);
      } else {
        anchor = "node-" + (++blank);
      }
      if (anchor.isEmpty() || !taken.add(anchor)) {
        anchor = "node-" + (++blank);
        taken.add(anchor);
      }
      anchors.put(subject, anchor);
    }
    return anchors;
  }

  private static Optional<Node> pick(List<Quad> quads, List<Node> predicates, Languages languages) {
    for (Node predicate : predicates) {
      List<Node> literals =
          quads.stream()
              .filter(q -> q.getPredicate().equals(predicate) && q.getObject().isLiteral())
              .map(Quad::getObject)
              .distinct()
              .sorted(Comparator.comparing(Node::getLiteralLexicalForm))
              .toList();
      Optional<Node> picked = languages.pick(literals, Node::getLiteralLanguage);
      if (picked.isPresent()) {
        return picked;
      }
    }
    return Optional.empty();
  }

  private static List<Property> properties(
      List<Quad> quads, Presenter presenter, Map<Node, String> anchors) {
    Map<Node, Map<Node, List<Node>>> byPredicate = new LinkedHashMap<>();
    for (Quad q : quads) {
      byPredicate
          .computeIfAbsent(q.getPredicate(), k -> new LinkedHashMap<>())
          .computeIfAbsent(q.getObject(), k -> new ArrayList<>())
          .add(q.getGraph());
    }
    List<Property> properties = new ArrayList<>();
    byPredicate.forEach(
        (predicate, values) -> {
          List<Value> shown = new ArrayList<>();
          values.forEach(
              (object, graphs) -> {
                List<Link> sources =
                    graphs.stream()
                        .distinct()
                        .sorted(Comparator.comparing(Node::getURI))
                        .map(presenter::graphTag)
                        .toList();
                shown.add(value(object, sources, presenter, anchors));
              });
          shown.sort(Comparator.comparing(ResourcePages::sortKey));
          properties.add(new Property(presenter.property(predicate), shown));
        });
    properties.sort(
        Comparator.comparingInt((Property p) -> rank(p.property()))
            .thenComparing(p -> p.property().text().toLowerCase(Locale.ROOT)));
    return properties;
  }

  private static int rank(Link property) {
    for (int i = 0; i < FIRST.size(); i++) {
      if (FIRST.get(i).getURI().equals(property.iri())) {
        return i;
      }
    }
    return FIRST.size();
  }

  private static String sortKey(Value value) {
    if (value.link() != null) {
      return "1" + value.link().text();
    }
    return "0" + Optional.ofNullable(value.lang()).orElse("") + value.literal();
  }

  private static Value value(
      Node object, List<Link> sources, Presenter presenter, Map<Node, String> anchors) {
    if (object.isLiteral()) {
      return new Value(
          null,
          object.getLiteralLexicalForm(),
          Presenter.emptyToNull(object.getLiteralLanguage()),
          Presenter.datatype(object),
          sources);
    }
    String anchor = anchors.get(object);
    if (anchor != null) {
      Link part = presenter.link(object);
      String text = object.isURI() ? part.text() : "#" + anchor;
      return new Value(
          new Link(text, "#" + anchor, false, part.iri(), part.lang(), part.code()),
          null,
          null,
          null,
          sources);
    }
    return new Value(presenter.link(object), null, null, null, sources);
  }

  private static List<Source> sources(Description description, Presenter presenter) {
    Map<Node, Integer> counts = new LinkedHashMap<>();
    for (Quad q : description.statements()) {
      counts.merge(q.getGraph(), 1, Integer::sum);
    }
    for (Quad q : description.links()) {
      counts.putIfAbsent(q.getGraph(), 0);
    }
    List<Source> sources = new ArrayList<>();
    counts.forEach((graph, count) -> sources.add(new Source(presenter.graph(graph), count)));
    sources.sort(
        Comparator.comparingInt(Source::statements)
            .reversed()
            .thenComparing(s -> s.graph().text()));
    return sources;
  }

  private static List<Incoming> incoming(List<Quad> links, Presenter presenter) {
    Map<List<Node>, List<Node>> grouped = new LinkedHashMap<>();
    for (Quad q : links) {
      grouped
          .computeIfAbsent(List.of(q.getSubject(), q.getPredicate()), k -> new ArrayList<>())
          .add(q.getGraph());
    }
    List<Incoming> incoming = new ArrayList<>();
    grouped.forEach(
        (key, graphs) ->
            incoming.add(
                new Incoming(
                    presenter.link(key.get(0)),
                    presenter.property(key.get(1)),
                    graphs.stream()
                        .distinct()
                        .sorted(Comparator.comparing(Node::getURI))
                        .map(presenter::graphTag)
                        .toList())));
    incoming.sort(
        Comparator.comparing((Incoming i) -> i.property().text())
            .thenComparing(i -> i.subject().text()));
    return incoming;
  }
}
