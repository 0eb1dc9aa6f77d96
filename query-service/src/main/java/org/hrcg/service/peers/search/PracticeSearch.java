package org.hrcg.service.peers.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.peers.LabelTable;
import org.hrcg.service.peers.PeerIndexes;
import org.hrcg.service.peers.PracticeTable;
import org.hrcg.service.peers.PracticeTable.Filter;
import org.hrcg.service.peers.TaggedText;
import org.hrcg.service.peers.search.PracticesAnswer.Facet;
import org.hrcg.service.peers.search.PracticesAnswer.Paging;
import org.hrcg.service.peers.search.PracticesAnswer.Practice;
import org.hrcg.service.peers.search.PracticesAnswer.Ref;
import org.hrcg.service.peers.search.PracticesAnswer.Source;
import org.hrcg.service.peers.search.PracticesAnswer.TextIndexState;

/**
 * Finds practices for {@code GET /api/practices} in memory: the filters, the facets, the order and
 * the page come from the {@link PracticeTable} that the peers index holds (and that follows the
 * store's revision with it), the words from the {@link TextIndex}, whose ranked practices are
 * intersected with the filters. Nothing is read from the store but whether a territory asked for
 * exists. A search has at most {@code hrcg.limits.search-timeout}; past it, it stops with {@code
 * 503}.
 */
final class PracticeSearch {

  /** The largest page. */
  static final int MAX_SIZE = 100;

  /** The filter parameters, in the order the facets are given. */
  static final List<String> FILTERS =
      Arrays.stream(Filter.values()).map(Filter::parameter).toList();

  /** How many languages' orders of every practice are kept at a time. */
  static final int ORDERS_KEPT = 16;

  private final GraphStore store;
  private final PeerIndexes indexes;
  private final TextIndex text;
  private final Duration timeout;
  private final Orders orders = new Orders();

  PracticeSearch(GraphStore store, PeerIndexes indexes, TextIndex text, Duration timeout) {
    this.store = Objects.requireNonNull(store, "store");
    this.indexes = Objects.requireNonNull(indexes, "indexes");
    this.text = Objects.requireNonNull(text, "text");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /** Whether the store describes this IRI at all. */
  boolean exists(String iri) {
    return !SearchQueries.select(
            store,
            SearchQueries.withValues(SearchQueries.query("exists"), "s", List.of(iri)),
            r -> r)
        .isEmpty();
  }

  PracticesAnswer find(PracticeFilters filters) {
    Deadline deadline = Deadline.after(timeout);
    PracticeTable table = indexes.get().practices();
    deadline.check();
    BitSet matching = matching(table, filters.values());
    Map<String, Double> scores = null;
    int[] results;
    if (filters.q() != null && !filters.q().isBlank()) {
      scores = text.search(filters.q(), deadline);
      results = ranked(table, scores, matching, deadline);
    } else {
      results = kept(orders.of(table, filters.lang(), deadline), matching, deadline);
    }
    Shown shown = new Shown(table, filters.lang());
    int from = (int) Math.min(results.length, (filters.page() - 1L) * filters.size());
    int to = Math.min(results.length, from + filters.size());
    List<Practice> page = new ArrayList<>();
    for (int i = from; i < to; i++) {
      page.add(practice(table, results[i], shown, scores));
    }
    Map<String, List<Facet>> facets = facets(table, results, shown, deadline);
    return new PracticesAnswer(
        page,
        new Paging(filters.page(), filters.size(), results.length),
        facets,
        scores == null ? null : new TextIndexState(text.storage(), text.revision()));
  }

  /** The practices that pass every filter given (any value of each), or null when none is. */
  private static BitSet matching(PracticeTable table, Map<String, List<String>> values) {
    BitSet matching = null;
    for (Filter filter : Filter.values()) {
      List<String> asked = values.getOrDefault(filter.parameter(), List.of());
      if (asked.isEmpty()) {
        continue;
      }
      BitSet having = table.having(filter, asked);
      if (matching == null) {
        matching = having;
      } else {
        matching.and(having);
      }
    }
    return matching;
  }

  /** The practices the words found, best first, that pass the filters. */
  private static int[] ranked(
      PracticeTable table, Map<String, Double> scores, BitSet matching, Deadline deadline) {
    int[] results = new int[scores.size()];
    int count = 0;
    for (String iri : scores.keySet()) {
      if (count % Deadline.EVERY == 0) {
        deadline.check();
      }
      int id = table.id(iri);
      if (id >= 0 && (matching == null || matching.get(id))) {
        results[count++] = id;
      }
    }
    return Arrays.copyOf(results, count);
  }

  /** The practices of an order that pass the filters, in that order. */
  private static int[] kept(int[] order, BitSet matching, Deadline deadline) {
    if (matching == null) {
      return order;
    }
    int[] results = new int[matching.cardinality()];
    int count = 0;
    for (int i = 0; i < order.length && count < results.length; i++) {
      if (i % Deadline.EVERY == 0) {
        deadline.check();
      }
      if (matching.get(order[i])) {
        results[count++] = order[i];
      }
    }
    return results;
  }

  /**
   * Every practice by its label in a language (lower-cased, then by IRI), computed once for each
   * table and language and kept for the last {@value #ORDERS_KEPT} languages asked.
   */
  private static final class Orders {
    private PracticeTable table;
    private final Map<String, int[]> byLanguage =
        new LinkedHashMap<>(ORDERS_KEPT, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > ORDERS_KEPT;
          }
        };

    int[] of(PracticeTable current, String lang, Deadline deadline) {
      synchronized (this) {
        if (table != current) {
          table = current;
          byLanguage.clear();
        }
        int[] known = byLanguage.get(lang);
        if (known != null) {
          return known;
        }
      }
      Shown shown = new Shown(current, lang);
      String[] keys = new String[current.size()];
      for (int id = 0; id < keys.length; id++) {
        if (id % Deadline.EVERY == 0) {
          deadline.check();
        }
        keys[id] = shown.label(current.iri(id)).toLowerCase(Locale.ROOT);
      }
      // Practices are numbered in IRI order, so the number breaks ties by IRI.
      int[] order =
          java.util.stream.IntStream.range(0, keys.length)
              .boxed()
              .sorted(Comparator.comparing((Integer id) -> keys[id]).thenComparing(id -> id))
              .mapToInt(Integer::intValue)
              .toArray();
      synchronized (this) {
        if (table == current) {
          byLanguage.put(lang, order);
        }
      }
      return order;
    }
  }

  /**
   * The labels and titles of what an answer shows, in the visitor's language where there is one.
   */
  private static final class Shown {
    private final PracticeTable table;
    private final String lang;

    Shown(PracticeTable table, String lang) {
      this.table = table;
      this.lang = lang;
    }

    String label(String iri) {
      LabelTable.Label chosen = Languages.choose(table.labels(iri), lang);
      return chosen != null ? chosen.text() : slug(iri);
    }

    /** The practice's own {@code rdfs:label}, else its label. */
    String ownLabel(String iri) {
      List<LabelTable.Label> own =
          table.labels(iri).stream().filter(label -> !label.preferred()).toList();
      LabelTable.Label chosen = Languages.choose(own, lang);
      return chosen != null ? chosen.text() : label(iri);
    }

    String title(String iri) {
      PracticeTable.Text chosen = Languages.choose(table.titles(iri), lang);
      return chosen != null ? chosen.text() : label(iri);
    }

    String text(List<? extends TaggedText> texts) {
      TaggedText chosen = Languages.choose(texts, lang);
      return chosen != null ? chosen.text() : null;
    }
  }

  private static Practice practice(
      PracticeTable table, int id, Shown shown, Map<String, Double> scores) {
    String iri = table.iri(id);
    List<Ref> territories = refs(table, table.values(Filter.TERRITORY, id), shown);
    List<Source> sources = new ArrayList<>();
    int[] sourceTerms = table.sources(id);
    for (int s = 0; s < sourceTerms.length; s++) {
      String source = table.term(sourceTerms[s]);
      for (int graph : table.sourceGraphs(id, s)) {
        sources.add(new Source(source, shown.title(source), table.term(graph)));
      }
    }
    return new Practice(
        iri,
        slug(iri),
        shown.ownLabel(iri),
        shown.text(table.descriptions(id)),
        territories.isEmpty() ? null : territories.get(0),
        refs(table, table.actors(id), shown),
        refs(table, table.values(Filter.THEME, id), shown),
        refs(table, table.values(Filter.RIGHT, id), shown),
        refs(table, table.values(Filter.TARGET_GROUP, id), shown),
        refs(table, table.values(Filter.INSTRUMENT, id), shown),
        sources,
        scores == null ? null : scores.get(iri));
  }

  private static List<Ref> refs(PracticeTable table, int[] terms, Shown shown) {
    List<Ref> refs = new ArrayList<>(terms.length);
    for (int term : terms) {
      String iri = table.term(term);
      refs.add(new Ref(iri, slug(iri), shown.label(iri)));
    }
    return refs;
  }

  /**
   * For each filter, the values of the results with how many results have each, most first, then by
   * slug (then by IRI).
   */
  private static Map<String, List<Facet>> facets(
      PracticeTable table, int[] results, Shown shown, Deadline deadline) {
    Map<String, List<Facet>> facets = new LinkedHashMap<>();
    int[] counts = new int[table.terms()];
    for (Filter filter : Filter.values()) {
      PracticeTable.Column column = table.column(filter);
      BitSet present = new BitSet(counts.length);
      for (int i = 0; i < results.length; i++) {
        if (i % Deadline.EVERY == 0) {
          deadline.check();
        }
        for (int at = column.start(results[i]); at < column.end(results[i]); at++) {
          int value = column.term(at);
          counts[value]++;
          present.set(value);
        }
      }
      List<Facet> values = new ArrayList<>(present.cardinality());
      for (int term = present.nextSetBit(0); term >= 0; term = present.nextSetBit(term + 1)) {
        String iri = table.term(term);
        values.add(new Facet(slug(iri), shown.label(iri), counts[term]));
        counts[term] = 0;
      }
      values.sort(Comparator.comparingLong(Facet::count).reversed().thenComparing(Facet::slug));
      facets.put(filter.parameter(), List.copyOf(values));
    }
    return facets;
  }

  /** The last segment of an IRI. */
  static String slug(String iri) {
    String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
    int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
    return trimmed.substring(cut + 1);
  }
}
