package org.hrcg.service.peers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.vocabulary.DCTerms;
import org.hrcg.model.vocab.HRC;
import org.hrcg.model.vocab.PROV;

/**
 * What the practice search ({@code GET /api/practices}) shows, filters and counts of every
 * practice, held in memory with the peers index and built with it from the same read of the store,
 * so that a search reads nothing from the store. Immutable once built, so readers need no lock.
 *
 * <p>For each practice: its territories, actors, themes, rights, target groups and instruments (as
 * the store states them, in any named graph), the countries its territories are or are part of, its
 * sources with the graphs that state them, and its descriptions; its labels are those of the {@link
 * LabelTable}. For each filter, postings from every value a visitor may ask for to the practices it
 * finds: a concept finds the practices with it or a narrower concept ({@code skos:broader}, at any
 * depth), a country the practices in it or in a territory part of it ({@code hrc:partOf}, at any
 * depth).
 *
 * <p>Practices are numbered from 0 in the order of their IRIs, and every other IRI is a term
 * numbered in the order of the IRIs too, so that sorting numbers sorts IRIs.
 */
public final class PracticeTable {

  /** A filter of the search, with its parameter, and the facet that counts its values. */
  public enum Filter {
    THEME("theme"),
    RIGHT("right"),
    TARGET_GROUP("targetGroup"),
    INSTRUMENT("instrument"),
    TERRITORY("territory"),
    COUNTRY("country");

    private final String parameter;

    Filter(String parameter) {
      this.parameter = parameter;
    }

    /** The request parameter ({@code theme}, {@code targetGroup}, ...). */
    public String parameter() {
      return parameter;
    }
  }

  /** A literal text with its language tag in lower case (empty for none). */
  public record Text(String text, String language) implements TaggedText {}

  private static final int[] EMPTY = new int[0];
  private static final Text[] NO_TEXT = new Text[0];

  private final String[] practices;
  private final Map<String, Integer> practiceIds;
  private final String[] terms;
  private final Map<Filter, Column> facets = new EnumMap<>(Filter.class);
  private final Column actors;
  private final Column sources;
  private final Column sourceGraphs;
  private final Text[][] descriptions;
  private final Map<Filter, Map<String, int[]>> postings;
  private final LabelTable labels;
  private final Map<String, Text[]> titles;

  private PracticeTable(Builder builder, LabelTable labels) {
    this.labels = labels;
    TreeSet<String> sortedPractices = new TreeSet<>(builder.practices);
    this.practices = sortedPractices.toArray(new String[0]);
    this.practiceIds = new HashMap<>(practices.length * 4 / 3 + 1);
    for (int i = 0; i < practices.length; i++) {
      practiceIds.put(practices[i], i);
    }
    // Every IRI a practice links to, numbered in IRI order.
    TreeSet<String> allTerms = new TreeSet<>();
    for (Map<String, Set<String>> values : builder.links.values()) {
      values.values().forEach(allTerms::addAll);
    }
    for (Map<String, Set<String>> graphs : builder.sourceGraphs.values()) {
      graphs.forEach(
          (source, named) -> {
            allTerms.add(source);
            allTerms.addAll(named);
          });
    }
    Map<String, Set<String>> countriesOf = builder.countriesOfTerritories();
    countriesOf.values().forEach(allTerms::addAll);
    this.terms = allTerms.toArray(new String[0]);
    Map<String, Integer> termIds = new HashMap<>(terms.length * 4 / 3 + 1);
    for (int i = 0; i < terms.length; i++) {
      termIds.put(terms[i], i);
    }
    int n = practices.length;
    Map<Filter, Column.Builder> facetColumns = new EnumMap<>(Filter.class);
    for (Filter filter : Filter.values()) {
      facetColumns.put(filter, new Column.Builder(n));
    }
    Column.Builder actorColumn = new Column.Builder(n);
    Column.Builder sourceColumn = new Column.Builder(n);
    Column.Builder graphColumn = new Column.Builder(n);
    this.descriptions = new Text[n][];
    for (int id = 0; id < n; id++) {
      String practice = practices[id];
      Map<String, Set<String>> links = builder.links.getOrDefault(practice, Map.of());
      facetColumns.get(Filter.TERRITORY).add(ids(links.get(Builder.TERRITORY), termIds));
      facetColumns.get(Filter.THEME).add(ids(links.get(Builder.THEME), termIds));
      facetColumns.get(Filter.RIGHT).add(ids(links.get(Builder.RIGHT), termIds));
      facetColumns.get(Filter.TARGET_GROUP).add(ids(links.get(Builder.TARGET_GROUP), termIds));
      facetColumns.get(Filter.INSTRUMENT).add(ids(links.get(Builder.INSTRUMENT), termIds));
      Set<String> practiceCountries = new HashSet<>();
      for (String territory : links.getOrDefault(Builder.TERRITORY, Set.of())) {
        practiceCountries.addAll(countriesOf.getOrDefault(territory, Set.of()));
      }
      facetColumns.get(Filter.COUNTRY).add(ids(practiceCountries, termIds));
      actorColumn.add(ids(links.get(Builder.ACTOR), termIds));
      Map<String, Set<String>> graphs = builder.sourceGraphs.getOrDefault(practice, Map.of());
      int[] sourceIds = ids(graphs.keySet(), termIds);
      sourceColumn.add(sourceIds);
      for (int source : sourceIds) {
        graphColumn.add(ids(graphs.get(terms[source]), termIds));
      }
      List<Text> texts = builder.descriptions.get(practice);
      descriptions[id] = texts == null ? NO_TEXT : texts.toArray(NO_TEXT);
    }
    facetColumns.forEach((filter, column) -> facets.put(filter, column.build()));
    this.actors = actorColumn.build();
    this.sources = sourceColumn.build();
    this.sourceGraphs = graphColumn.build();
    this.postings = builder.postings(practices);
    Map<String, Text[]> titleArrays = new HashMap<>();
    builder.titles.forEach((resource, list) -> titleArrays.put(resource, list.toArray(NO_TEXT)));
    this.titles = titleArrays;
  }

  private static int[] ids(Collection<String> iris, Map<String, Integer> termIds) {
    if (iris == null || iris.isEmpty()) {
      return EMPTY;
    }
    int[] ids = new int[iris.size()];
    int i = 0;
    for (String iri : iris) {
      ids[i++] = termIds.get(iri);
    }
    Arrays.sort(ids);
    return ids;
  }

  /**
   * For each practice (or each source of each practice), a list of term numbers in IRI order, all
   * in one array: the n-th list is {@code terms[start(n)]} to {@code terms[end(n) - 1]}. One array
   * for every practice rather than an array each keeps the table small.
   */
  public static final class Column {
    private final int[] offsets;
    private final int[] terms;

    private Column(int[] offsets, int[] terms) {
      this.offsets = offsets;
      this.terms = terms;
    }

    /** Where the n-th list starts. */
    public int start(int n) {
      return offsets[n];
    }

    /** Where the n-th list ends (exclusive). */
    public int end(int n) {
      return offsets[n + 1];
    }

    /** The term at a place of the column. */
    public int term(int at) {
      return terms[at];
    }

    /** The n-th list, as a new array. */
    int[] of(int n) {
      return Arrays.copyOfRange(terms, offsets[n], offsets[n + 1]);
    }

    /** Adds the lists in turn. */
    static final class Builder {
      private int[] offsets;
      private int[] terms = new int[16];
      private int lists;
      private int size;

      Builder(int expectedLists) {
        offsets = new int[expectedLists + 1];
      }

      void add(int[] list) {
        if (lists + 1 == offsets.length) {
          offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        if (size + list.length > terms.length) {
          terms = Arrays.copyOf(terms, Math.max(terms.length * 2, size + list.length));
        }
        System.arraycopy(list, 0, terms, size, list.length);
        size += list.length;
        offsets[++lists] = size;
      }

      Column build() {
        return new Column(Arrays.copyOf(offsets, lists + 1), Arrays.copyOf(terms, size));
      }
    }
  }

  /** Collects what the store says while the peers index is built. */
  static final class Builder {
    static final String TERRITORY = HRC.territory.getURI();
    static final String ACTOR = HRC.implementedBy.getURI();
    static final String THEME = HRC.theme.getURI();
    static final String RIGHT = HRC.addressesRight.getURI();
    static final String TARGET_GROUP = HRC.targetGroup.getURI();
    static final String INSTRUMENT = HRC.instrument.getURI();
    static final String SOURCE = PROV.wasDerivedFrom.getURI();
    static final String DESCRIPTION = DCTerms.description.getURI();

    private static final Set<String> LINKS =
        Set.of(TERRITORY, ACTOR, THEME, RIGHT, TARGET_GROUP, INSTRUMENT);

    private final Set<String> practices = new HashSet<>();
    private final Map<String, Map<String, Set<String>>> links = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> sourceGraphs = new HashMap<>();
    private final Map<String, List<Text>> descriptions = new HashMap<>();
    private final Map<String, Set<String>> broader = new HashMap<>();
    private final Map<String, Set<String>> partOf = new HashMap<>();
    private final Set<String> countryTerritories = new HashSet<>();
    private final Map<String, List<Text>> titles = new HashMap<>();

    /** A resource typed {@code hrc:Practice}. */
    void practice(String iri) {
      practices.add(iri);
    }

    /** A statement about a subject in a graph; kept only if the subject is a practice. */
    void fact(String subject, String property, String iri, Text literal, String graph) {
      if (!practices.contains(subject)) {
        return;
      }
      if (iri != null && LINKS.contains(property)) {
        links
            .computeIfAbsent(subject, s -> new HashMap<>(8))
            .computeIfAbsent(property, p -> new LinkedHashSet<>(2))
            .add(iri);
      } else if (iri != null && SOURCE.equals(property) && graph != null) {
        sourceGraphs
            .computeIfAbsent(subject, s -> new TreeMap<>())
            .computeIfAbsent(iri, s -> new TreeSet<>())
            .add(graph);
      } else if (literal != null && DESCRIPTION.equals(property)) {
        descriptions.computeIfAbsent(subject, s -> new ArrayList<>(1)).add(literal);
      }
    }

    /** The practices read. */
    Set<String> practices() {
      return practices;
    }

    /** The IRIs a practice links to through one of the properties kept, in the order read. */
    Set<String> values(String practice, String property) {
      return links.getOrDefault(practice, Map.of()).getOrDefault(property, Set.of());
    }

    /** A concept and every concept it is narrower than, at any depth. */
    Set<String> broaderClosure(String concept) {
      return closure(concept, broader);
    }

    /** {@code concept skos:broader broader}. */
    void broader(String concept, String broaderConcept) {
      broader.computeIfAbsent(concept, c -> new LinkedHashSet<>()).add(broaderConcept);
    }

    /** {@code territory hrc:partOf whole}. */
    void partOf(String territory, String whole) {
      partOf.computeIfAbsent(territory, t -> new LinkedHashSet<>()).add(whole);
    }

    /** A resource typed {@code hrc:Country}. */
    void country(String iri) {
      countryTerritories.add(iri);
    }

    /** A {@code dcterms:title}. */
    void title(String resource, Text title) {
      titles.computeIfAbsent(resource, r -> new ArrayList<>(1)).add(title);
    }

    /** The IRI itself and everything it reaches through the relation, at any depth. */
    private static Set<String> closure(String iri, Map<String, Set<String>> relation) {
      Set<String> reached = new LinkedHashSet<>();
      List<String> todo = new ArrayList<>();
      reached.add(iri);
      todo.add(iri);
      while (!todo.isEmpty()) {
        String next = todo.remove(todo.size() - 1);
        for (String up : relation.getOrDefault(next, Set.of())) {
          if (reached.add(up)) {
            todo.add(up);
          }
        }
      }
      return reached;
    }

    /** For each territory practices are in, the countries it is or is part of. */
    Map<String, Set<String>> countriesOfTerritories() {
      Map<String, Set<String>> countries = new HashMap<>();
      for (Map<String, Set<String>> values : links.values()) {
        for (String territory : values.getOrDefault(TERRITORY, Set.of())) {
          countries.computeIfAbsent(
              territory,
              t -> {
                Set<String> found = new LinkedHashSet<>();
                for (String whole : closure(t, partOf)) {
                  if (countryTerritories.contains(whole)) {
                    found.add(whole);
                  }
                }
                return found;
              });
        }
      }
      return countries;
    }

    /**
     * For each filter, each value that finds practices, and the practices it finds in increasing
     * order: the practices are visited in the order of their numbers, so each list grows sorted.
     */
    Map<Filter, Map<String, int[]>> postings(String[] practiceIris) {
      Map<Filter, Map<String, Ints>> found = new EnumMap<>(Filter.class);
      for (Filter filter : Filter.values()) {
        found.put(filter, new HashMap<>());
      }
      Map<String, Set<String>> broaderClosures = new HashMap<>();
      Map<String, Set<String>> partOfClosures = new HashMap<>();
      for (int id = 0; id < practiceIris.length; id++) {
        Map<String, Set<String>> values = links.getOrDefault(practiceIris[id], Map.of());
        post(found, Filter.THEME, values.get(THEME), id, broaderClosures, broader);
        post(found, Filter.RIGHT, values.get(RIGHT), id, broaderClosures, broader);
        post(found, Filter.TARGET_GROUP, values.get(TARGET_GROUP), id, broaderClosures, broader);
        post(found, Filter.INSTRUMENT, values.get(INSTRUMENT), id, broaderClosures, broader);
        post(found, Filter.TERRITORY, values.get(TERRITORY), id, null, null);
        post(found, Filter.COUNTRY, values.get(TERRITORY), id, partOfClosures, partOf);
      }
      Map<Filter, Map<String, int[]>> postings = new EnumMap<>(Filter.class);
      found.forEach(
          (filter, byValue) -> {
            Map<String, int[]> arrays = new HashMap<>(byValue.size() * 4 / 3 + 1);
            byValue.forEach((value, ids) -> arrays.put(value, ids.toArray()));
            postings.put(filter, arrays);
          });
      return postings;
    }

    private static void post(
        Map<Filter, Map<String, Ints>> found,
        Filter filter,
        Set<String> values,
        int practice,
        Map<String, Set<String>> closures,
        Map<String, Set<String>> relation) {
      if (values == null) {
        return;
      }
      Map<String, Ints> byValue = found.get(filter);
      for (String value : values) {
        Set<String> reached =
            relation == null
                ? Set.of(value)
                : closures.computeIfAbsent(value, v -> closure(v, relation));
        for (String asked : reached) {
          byValue.computeIfAbsent(asked, a -> new Ints()).add(practice);
        }
      }
    }

    /** A growing list of increasing practice numbers, each kept once. */
    private static final class Ints {
      private int[] values = new int[4];
      private int size;

      void add(int value) {
        if (size > 0 && values[size - 1] == value) {
          return;
        }
        if (size == values.length) {
          values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
      }

      int[] toArray() {
        return Arrays.copyOf(values, size);
      }
    }

    PracticeTable build(LabelTable labels) {
      return new PracticeTable(this, labels);
    }
  }

  /** The number of practices. */
  public int size() {
    return practices.length;
  }

  /** The IRI of a practice. */
  public String iri(int practice) {
    return practices[practice];
  }

  /** The number of a practice, or -1 when the IRI is not a practice. */
  public int id(String iri) {
    Integer id = practiceIds.get(iri);
    return id == null ? -1 : id;
  }

  /** The IRI of a term (a resource a practice links to). */
  public String term(int term) {
    return terms[term];
  }

  /** The number of terms; term numbers are below it. */
  public int terms() {
    return terms.length;
  }

  /**
   * The practices that any of the values finds for the filter: a concept or a narrower one, a
   * territory, a country or a territory part of it.
   */
  public BitSet having(Filter filter, Collection<String> values) {
    BitSet found = new BitSet(practices.length);
    Map<String, int[]> byValue = postings.get(filter);
    for (String value : values) {
      for (int practice : byValue.getOrDefault(value, EMPTY)) {
        found.set(practice);
      }
    }
    return found;
  }

  /**
   * The values of a practice that the facet of a filter counts, as term numbers in IRI order: the
   * themes, rights, target groups and instruments it states (not their broader concepts), its
   * territories, and the countries they are or are part of.
   */
  public int[] values(Filter filter, int practice) {
    return facets.get(filter).of(practice);
  }

  /** The values that the facet of a filter counts, of every practice, for counting many. */
  public Column column(Filter filter) {
    return facets.get(filter);
  }

  /** The actors a practice is implemented by, as term numbers in IRI order. */
  public int[] actors(int practice) {
    return actors.of(practice);
  }

  /** The sources a practice is derived from, as term numbers in IRI order. */
  public int[] sources(int practice) {
    return sources.of(practice);
  }

  /** The graphs that say a practice is derived from its n-th source, in IRI order. */
  public int[] sourceGraphs(int practice, int source) {
    return sourceGraphs.of(sources.start(practice) + source);
  }

  /** The descriptions of a practice, in every language. */
  public List<Text> descriptions(int practice) {
    return List.of(descriptions[practice]);
  }

  /**
   * The labels of a resource ({@code rdfs:label} and {@code skos:prefLabel}), in every language.
   */
  public List<LabelTable.Label> labels(String iri) {
    return labels.of(iri);
  }

  /** The titles ({@code dcterms:title}) of a resource, in every language. */
  public List<Text> titles(String iri) {
    Text[] found = titles.get(iri);
    return found == null ? List.of() : List.of(found);
  }

  /** A language tag in the form the table keeps: lower case. */
  static String language(String tag) {
    return tag.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "PracticeTable[" + practices.length + " practices, " + terms.length + " terms]";
  }

  /** A text as the table keeps it: its language in lower case. */
  static Text text(String text, String language) {
    return new Text(Objects.requireNonNull(text, "text"), language(language));
  }
}
