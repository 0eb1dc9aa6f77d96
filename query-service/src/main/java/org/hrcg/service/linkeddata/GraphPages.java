package org.hrcg.service.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Quad;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.LoadedGraph;
import org.hrcg.service.linkeddata.GraphPage.Load;
import org.hrcg.service.linkeddata.GraphPage.Subject;
import org.hrcg.service.linkeddata.PageParts.Alternate;
import org.hrcg.service.linkeddata.PageParts.Link;

/** Builds the pages of named graphs. */
final class GraphPages {

  private static final Query SIZE = Queries.load("graph-size");
  private static final Query SUBJECTS = Queries.load("graph-subjects");
  private static final Query TYPES = Queries.load("types");

  /** VALUES blocks stay small enough for any store. */
  private static final int BATCH = 200;

  private final GraphStore store;
  private final IriSpace space;
  private final Labels labels;
  private final Descriptions descriptions;
  private final ResourcePages resourcePages;
  private final int subjectLimit;

  GraphPages(
      GraphStore store,
      IriSpace space,
      Labels labels,
      Descriptions descriptions,
      ResourcePages resourcePages,
      int subjectLimit) {
    this.store = Objects.requireNonNull(store, "store");
    this.space = Objects.requireNonNull(space, "space");
    this.labels = Objects.requireNonNull(labels, "labels");
    this.descriptions = Objects.requireNonNull(descriptions, "descriptions");
    this.resourcePages = Objects.requireNonNull(resourcePages, "resourcePages");
    this.subjectLimit = subjectLimit;
  }

  int subjectLimit() {
    return subjectLimit;
  }

  /** The number of triples in a graph. */
  long size(String graphIri) {
    Query query = Queries.bind(SIZE, "graph", NodeFactory.createURI(graphIri));
    return store.query(
        query,
        execution -> {
          ResultSet results = execution.execSelect();
          return results.hasNext() ? results.next().getLiteral("triples").getLong() : 0L;
        });
  }

  GraphPage page(
      String graphIri,
      String slug,
      Languages languages,
      String contextPath,
      List<Alternate> alternates) {
    Node graph = NodeFactory.createURI(graphIri);
    Map<Node, Long> subjects = subjects(graph);
    boolean cut = subjects.size() > subjectLimit;
    List<Node> listed = subjects.keySet().stream().limit(subjectLimit).toList();
    Map<Node, List<Node>> types = types(graph, listed);

    boolean reserved = ReservedGraph.isReserved(slug);
    String caseStudyIri = space.caseStudy(slug);
    Description caseStudy =
        reserved
            ? new Description(caseStudyIri, List.of(), List.of(), false)
            : descriptions.statementsOf(caseStudyIri);

    Set<String> iris = new LinkedHashSet<>();
    listed.forEach(n -> iris.add(n.getURI()));
    types.values().forEach(list -> iris.addAll(Labels.iris(list)));
    for (Quad q : caseStudy.statements()) {
      iris.addAll(Labels.iris(List.of(q.getPredicate(), q.getObject())));
      space.graphSlug(q.getGraph().getURI()).map(space::caseStudy).ifPresent(iris::add);
    }
    iris.add(caseStudyIri);
    Presenter presenter = new Presenter(space, contextPath, languages, labels.of(iris));

    List<Subject> shown = new ArrayList<>();
    for (Node subject : listed) {
      List<Link> classes =
          types.getOrDefault(subject, List.of()).stream()
              .map(presenter::link)
              .sorted(Comparator.comparing(Link::text))
              .toList();
      shown.add(new Subject(presenter.link(subject), classes, subjects.get(subject)));
    }
    shown.sort(
        Comparator.comparing(
                (Subject s) -> s.types().isEmpty() ? "\uffff" : s.types().get(0).text())
            .thenComparing(s -> s.resource().text().toLowerCase(Locale.ROOT)));

    Link title = presenter.graph(graph);
    Link caseStudyLink =
        caseStudy.isEmpty() ? null : presenter.link(NodeFactory.createURI(caseStudyIri));
    ResourcePage about =
        caseStudy.isEmpty() ? null : resourcePages.page(caseStudy, presenter, List.of());
    Load load = store.loadRecord(graphIri).map(GraphPages::load).orElse(null);
    return new GraphPage(
        graphIri,
        slug,
        title.text(),
        title.lang(),
        caseStudyLink,
        about == null ? List.of() : about.properties(),
        load,
        size(graphIri),
        shown,
        cut,
        alternates);
  }

  private static Load load(LoadedGraph loaded) {
    return new Load(
        loaded.record().time().toString(),
        loaded.record().agent(),
        loaded.record().file(),
        loaded.revision());
  }

  /** The IRIs the graph describes, in IRI order, one more than the limit at most. */
  private Map<Node, Long> subjects(Node graph) {
    Query query = Queries.bind(SUBJECTS, "graph", graph);
    query.setLimit(subjectLimit + 1L);
    return store.query(
        query,
        execution -> {
          Map<Node, Long> subjects = new LinkedHashMap<>();
          ResultSet results = execution.execSelect();
          while (results.hasNext()) {
            QuerySolution row = results.next();
            subjects.put(row.get("s").asNode(), row.getLiteral("statements").getLong());
          }
          return subjects;
        });
  }

  private Map<Node, List<Node>> types(Node graph, List<Node> subjects) {
    Map<Node, List<Node>> types = new HashMap<>();
    Query bound = Queries.bind(TYPES, "graph", graph);
    for (int from = 0; from < subjects.size(); from += BATCH) {
      Query query =
          Queries.values(
              bound, "resource", subjects.subList(from, Math.min(subjects.size(), from + BATCH)));
      store.query(
          query,
          execution -> {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
              QuerySolution row = results.next();
              types
                  .computeIfAbsent(row.get("resource").asNode(), k -> new ArrayList<>())
                  .add(row.get("type").asNode());
            }
            return null;
          });
    }
    return types;
  }
}
