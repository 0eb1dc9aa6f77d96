package org.hrcg.service.peers.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.vocab.HRC;
import org.hrcg.service.peers.PracticeTable;
import org.hrcg.service.peers.search.PracticesAnswer.Facet;
import org.hrcg.service.peers.search.PracticesAnswer.Paging;
import org.hrcg.service.peers.search.PracticesAnswer.Practice;
import org.hrcg.service.peers.search.PracticesAnswer.Ref;
import org.hrcg.service.peers.search.PracticesAnswer.Source;
import org.hrcg.service.peers.search.PracticesAnswer.TextIndexState;

/**
 * The practice search as it was before the in-memory index, kept as the reference that {@link
 * PracticeSearch}'s answers must equal: the filters become one SPARQL query (the fixed pattern of
 * {@code practices.rq} joined, for each filter, with the fixed pattern of its {@code filter-*.rq}
 * and a VALUES block of the IRIs asked, through Jena's query API), the words go to the {@link
 * TextIndex}, and the facts, labels and facets of the results are read from the store with fixed
 * queries whose VALUES name the results. Its queries are under {@code hrcg/search/} in the test
 * resources.
 */
final class StoreReadSearch {

  static final List<String> FILTERS = PracticeSearch.FILTERS;

  private static final String PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom";

  private final GraphStore store;
  private final TextIndex text;

  StoreReadSearch(GraphStore store, TextIndex text) {
    this.store = Objects.requireNonNull(store, "store");
    this.text = Objects.requireNonNull(text, "text");
  }

  PracticesAnswer find(PracticeFilters filters) {
    List<String> matching = matching(filters.values());
    Map<String, Double> scores = null;
    List<String> results;
    if (filters.q() != null && !filters.q().isBlank()) {
      scores = text.search(filters.q());
      Set<String> allowed = new LinkedHashSet<>(matching);
      results = scores.keySet().stream().filter(allowed::contains).toList();
    } else {
      results = matching;
    }
    Map<String, Facts> facts = facts(results);
    Map<String, Set<String>> countries = countries(facts.values());
    Set<String> named = new LinkedHashSet<>(results);
    facts.values().forEach(f -> named.addAll(f.linked()));
    countries.values().forEach(named::addAll);
    Labels labels = labels(named, filters.lang());
    if (scores == null) {
      results =
          results.stream()
              .sorted(
                  Comparator.comparing((String iri) -> labels.label(iri).toLowerCase())
                      .thenComparing(iri -> iri))
              .toList();
    }
    int from = (int) Math.min(results.size(), (filters.page() - 1L) * filters.size());
    int to = Math.min(results.size(), from + filters.size());
    List<Practice> page = new ArrayList<>();
    for (String iri : results.subList(from, to)) {
      page.add(practice(iri, facts.getOrDefault(iri, new Facts()), labels, filters.lang(), scores));
    }
    return new PracticesAnswer(
        page,
        new Paging(filters.page(), filters.size(), results.size()),
        facets(results, facts, countries, labels),
        scores == null ? null : new TextIndexState(text.storage(), text.revision()));
  }

  /** The practices that pass every filter: one query, built with Jena's query API. */
  private List<String> matching(Map<String, List<String>> values) {
    Query query = SearchQueries.query("practices");
    ElementGroup where = (ElementGroup) query.getQueryPattern();
    for (String filter : FILTERS) {
      List<String> asked = values.getOrDefault(filter, List.of());
      if (asked.isEmpty()) {
        continue;
      }
      Var var = Var.alloc(filter);
      ElementData data = new ElementData();
      data.add(var);
      for (String iri : asked) {
        Binding row = BindingFactory.binding(var, SearchQueries.uri(iri));
        data.add(row);
      }
      ElementGroup part = new ElementGroup();
      part.addElement(data);
      Element pattern = SearchQueries.query("filter-" + filter).getQueryPattern();
      for (Element element : ((ElementGroup) pattern).getElements()) {
        part.addElement(element);
      }
      where.addElement(part);
    }
    return SearchQueries.select(store, query, row -> SearchQueries.iri(row, "practice")).stream()
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  /** What the store says of each practice. */
  private static final class Facts {
    final Map<String, List<Literal>> literals = new HashMap<>();
    final Map<String, Set<String>> links = new HashMap<>();
    final Map<String, Set<String>> sourceGraphs = new LinkedHashMap<>();

    Set<String> get(String property) {
      return links.getOrDefault(property, Set.of());
    }

    Set<String> linked() {
      Set<String> all = new LinkedHashSet<>();
      links.values().forEach(all::addAll);
      return all;
    }
  }

  private Map<String, Facts> facts(List<String> practices) {
    Map<String, Facts> facts = new HashMap<>();
    if (practices.isEmpty()) {
      return facts;
    }
    Query query =
        SearchQueries.withValues(SearchQueries.query("practice-facts"), "practice", practices);
    SearchQueries.select(
        store,
        query,
        row -> {
          String practice = SearchQueries.iri(row, "practice");
          String property = SearchQueries.iri(row, "p");
          RDFNode object = row.get("o");
          String graph = SearchQueries.iri(row, "g");
          Facts of = facts.computeIfAbsent(practice, p -> new Facts());
          if (object.isLiteral()) {
            of.literals.computeIfAbsent(property, p -> new ArrayList<>()).add(object.asLiteral());
          } else if (object.isURIResource()) {
            String iri = object.asResource().getURI();
            of.links.computeIfAbsent(property, p -> new LinkedHashSet<>()).add(iri);
            if (PROV_DERIVED.equals(property)) {
              of.sourceGraphs.computeIfAbsent(iri, s -> new LinkedHashSet<>()).add(graph);
            }
          }
          return null;
        });
    return facts;
  }

  /** The countries each territory of the results is, or is part of. */
  private Map<String, Set<String>> countries(Iterable<Facts> facts) {
    Set<String> territories = new LinkedHashSet<>();
    facts.forEach(f -> territories.addAll(f.get(HRC.territory.getURI())));
    Map<String, Set<String>> countries = new HashMap<>();
    if (territories.isEmpty()) {
      return countries;
    }
    Query query =
        SearchQueries.withValues(
            SearchQueries.query("countries"), "territory", List.copyOf(territories));
    SearchQueries.select(
        store,
        query,
        row -> {
          countries
              .computeIfAbsent(SearchQueries.iri(row, "territory"), t -> new LinkedHashSet<>())
              .add(SearchQueries.iri(row, "country"));
          return null;
        });
    return countries;
  }

  /** Labels and titles of the resources named, in the visitor's language where there is one. */
  private static final class Labels {
    final Map<String, List<Literal>> labels = new HashMap<>();
    final Map<String, List<Literal>> titles = new HashMap<>();
    final String lang;

    Labels(String lang) {
      this.lang = lang;
    }

    String label(String iri) {
      Literal chosen = choose(labels.getOrDefault(iri, List.of()), lang);
      return chosen != null ? chosen.getLexicalForm() : slug(iri);
    }

    String title(String iri) {
      Literal chosen = choose(titles.getOrDefault(iri, List.of()), lang);
      return chosen != null ? chosen.getLexicalForm() : label(iri);
    }
  }

  private Labels labels(Set<String> iris, String lang) {
    Labels labels = new Labels(lang);
    if (iris.isEmpty()) {
      return labels;
    }
    Query query = SearchQueries.withValues(SearchQueries.query("labels"), "s", List.copyOf(iris));
    SearchQueries.select(
        store,
        query,
        (QuerySolution row) -> {
          RDFNode label = row.get("label");
          if (label != null && label.isLiteral()) {
            Map<String, List<Literal>> into =
                DCTerms.title.getURI().equals(SearchQueries.iri(row, "p"))
                    ? labels.titles
                    : labels.labels;
            into.computeIfAbsent(SearchQueries.iri(row, "s"), s -> new ArrayList<>())
                .add(label.asLiteral());
          }
          return null;
        });
    return labels;
  }

  private static Practice practice(
      String iri, Facts facts, Labels labels, String lang, Map<String, Double> scores) {
    Literal description =
        choose(facts.literals.getOrDefault(DCTerms.description.getURI(), List.of()), lang);
    Literal label = choose(facts.literals.getOrDefault(RDFS.label.getURI(), List.of()), lang);
    Function<String, List<Ref>> refs =
        property -> facts.get(property).stream().sorted().map(i -> ref(i, labels)).toList();
    List<Ref> territories = refs.apply(HRC.territory.getURI());
    List<Source> sources = new ArrayList<>();
    facts.sourceGraphs.forEach(
        (source, graphs) ->
            graphs.stream()
                .sorted()
                .forEach(graph -> sources.add(new Source(source, labels.title(source), graph))));
    return new Practice(
        iri,
        slug(iri),
        label != null ? label.getLexicalForm() : labels.label(iri),
        description != null ? description.getLexicalForm() : null,
        territories.isEmpty() ? null : territories.get(0),
        refs.apply(HRC.implementedBy.getURI()),
        refs.apply(HRC.theme.getURI()),
        refs.apply(HRC.addressesRight.getURI()),
        refs.apply(HRC.targetGroup.getURI()),
        refs.apply(HRC.instrument.getURI()),
        sources,
        scores == null ? null : scores.get(iri));
  }

  private static Ref ref(String iri, Labels labels) {
    return new Ref(iri, slug(iri), labels.label(iri));
  }

  private static Map<String, List<Facet>> facets(
      List<String> results,
      Map<String, Facts> facts,
      Map<String, Set<String>> countries,
      Labels labels) {
    Map<String, List<Facet>> facets = new LinkedHashMap<>();
    Map<String, String> properties =
        Map.of(
            "theme", HRC.theme.getURI(),
            "right", HRC.addressesRight.getURI(),
            "targetGroup", HRC.targetGroup.getURI(),
            "instrument", HRC.instrument.getURI(),
            "territory", HRC.territory.getURI());
    for (String filter : FILTERS) {
      Map<String, Long> counts = new TreeMap<>();
      for (String practice : results) {
        Facts of = facts.getOrDefault(practice, new Facts());
        Set<String> values;
        if (filter.equals("country")) {
          values = new LinkedHashSet<>();
          for (String territory : of.get(HRC.territory.getURI())) {
            values.addAll(countries.getOrDefault(territory, Set.of()));
          }
        } else {
          values = of.get(properties.get(filter));
        }
        values.forEach(value -> counts.merge(value, 1L, Long::sum));
      }
      facets.put(
          filter,
          counts.entrySet().stream()
              .map(e -> new Facet(slug(e.getKey()), labels.label(e.getKey()), e.getValue()))
              .sorted(Comparator.comparingLong(Facet::count).reversed().thenComparing(Facet::slug))
              .toList());
    }
    return facets;
  }

  /** The literal {@link Languages#choose} chooses. */
  private static Literal choose(List<Literal> literals, String lang) {
    List<PracticeTable.Text> texts =
        literals.stream()
            .map(l -> new PracticeTable.Text(l.getLexicalForm(), l.getLanguage()))
            .toList();
    PracticeTable.Text chosen = Languages.choose(texts, lang);
    return chosen == null ? null : literals.get(texts.indexOf(chosen));
  }

  static String slug(String iri) {
    return PracticeSearch.slug(iri);
  }
}
