package org.hrcg.service.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.hrcg.model.store.GraphStore;

/**
 * An in-memory index of territories, their practices and the concepts those practices share, for
 * ranking the peers of a territory (and the practices like a practice) without querying the store.
 * Built from the store with the queries under {@code hrcg/peers/}, whose read of practices and
 * labels also builds the {@link PracticeTable} of the practice search; immutable once built, so
 * readers need no lock. Practices are numbered in the order of their IRIs, so that where two
 * practices of a territory tie, the reasons name the first of them in that order. The similarity is
 * documented in {@code docs/peers.md}.
 */
public final class PeerIndex {

  /** The bonus for each explicit pairing between two territories' practices. */
  public static final double PAIRING_BONUS = 2.0;

  /** The bonus for each inspiration link between two territories (either way). */
  public static final double INSPIRATION_BONUS = 2.0;

  /** The bonus for each network that both territories belong to. */
  public static final double NETWORK_BONUS = 0.5;

  private static final String QUERIES = "/hrcg/peers/";

  /** The properties of a practice whose values are its concepts as they are (not broadened). */
  private static final List<String> CONCEPT_PROPERTIES =
      List.of(
          PracticeTable.Builder.RIGHT,
          PracticeTable.Builder.TARGET_GROUP,
          PracticeTable.Builder.INSTRUMENT);

  /** A practice of the index. */
  record Practice(
      int id,
      String iri,
      int territory,
      double weight,
      String statement,
      int statementTerritories,
      Set<String> concepts,
      Set<String> directConcepts) {}

  /**
   * The territories with a concept, sorted by territory id, each with the best weight of its
   * practices that have it and that practice.
   */
  record TerritoryPosting(int[] territories, double[] weights, int[] practices) {}

  /** A pairing or inspiration link, from a practice to a practice or a territory. */
  record Link(String kind, String from, String to) {}

  private final long revision;
  private final String themeScheme;
  private final List<String> territories = new ArrayList<>();
  private final Map<String, Integer> territoryIds = new HashMap<>();
  private final List<Practice> practices = new ArrayList<>();
  private final Map<String, Integer> practiceIds = new HashMap<>();
  private final Map<Integer, List<Integer>> practicesOf = new HashMap<>();
  private final Map<String, List<Integer>> postings = new HashMap<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final Map<String, TerritoryPosting> territoryPostings = new HashMap<>();
  private final Map<String, String> schemes = new HashMap<>();
  private LabelTable labels;
  private PracticeTable practiceTable;
  private List<String> sortedTerritories;
  private List<Link> sortedInspirations;
  private final List<Link> links = new ArrayList<>();
  private final Map<Integer, List<Link>> linksOf = new HashMap<>();
  private final Map<Integer, Set<String>> networks = new HashMap<>();
  private final Map<Integer, Set<String>> kinds = new HashMap<>();
  private final Map<Integer, double[]> coordinates = new HashMap<>();
  private final Map<Integer, Set<String>> sameAs = new HashMap<>();
  private int territoriesWithPractices;

  private PeerIndex(long revision, String themeScheme) {
    this.revision = revision;
    this.themeScheme = themeScheme;
  }

  /**
   * Builds the index from the store.
   *
   * @param store the store
   * @param revision the store's revision read before building
   * @param baseIri the base of resource IRIs ({@code https://w3id.org/hrcg/})
   */
  public static PeerIndex build(GraphStore store, long revision, String baseIri) {
    PeerIndex index = new PeerIndex(revision, baseIri + "id/theme");
    for (QuerySolution row : rows(store, "territories")) {
      index.territory(iri(row, "territory"));
    }
    Map<String, String[]> statements = new HashMap<>();
    for (QuerySolution row : rows(store, "statements")) {
      String practice = iri(row, "practice");
      int named = row.getLiteral("territories").getInt();
      String[] known = statements.get(practice);
      if (known == null || Integer.parseInt(known[1]) < named) {
        statements.put(practice, new String[] {iri(row, "statement"), Integer.toString(named)});
      }
    }
    // One read of what the store says of practices feeds both the peers index and the search.
    PracticeTable.Builder facts = practiceFacts(store);
    List<String> practiceIris = new ArrayList<>(facts.practices());
    practiceIris.sort(Comparator.naturalOrder());
    for (String iri : practiceIris) {
      Set<String> located = facts.values(iri, PracticeTable.Builder.TERRITORY);
      if (located.isEmpty()) {
        continue;
      }
      // A practice in several territories counts for the first of them in IRI order, the one the
      // search shows as its territory.
      int territory = index.territory(new TreeSet<>(located).first());
      Set<String> concepts = new LinkedHashSet<>();
      Set<String> direct = new LinkedHashSet<>();
      for (String theme : facts.values(iri, PracticeTable.Builder.THEME)) {
        direct.add(theme);
        concepts.addAll(facts.broaderClosure(theme));
      }
      for (String property : CONCEPT_PROPERTIES) {
        Set<String> values = facts.values(iri, property);
        concepts.addAll(values);
        direct.addAll(values);
      }
      String[] statement = statements.get(iri);
      int named = statement == null ? 1 : Math.max(1, Integer.parseInt(statement[1]));
      Practice practice =
          new Practice(
              index.practices.size(),
              iri,
              territory,
              1.0 / named,
              statement == null ? null : statement[0],
              named,
              Set.copyOf(concepts),
              Set.copyOf(direct));
      index.practices.add(practice);
      index.practiceIds.put(iri, practice.id());
      index.practicesOf.computeIfAbsent(territory, k -> new ArrayList<>()).add(practice.id());
      for (String concept : practice.concepts()) {
        index.postings.computeIfAbsent(concept, k -> new ArrayList<>()).add(practice.id());
      }
    }
    index.territoriesWithPractices = index.practicesOf.size();
    for (Map.Entry<String, List<Integer>> posting : index.postings.entrySet()) {
      TreeMap<Integer, Integer> best = new TreeMap<>();
      for (int id : posting.getValue()) {
        Practice practice = index.practices.get(id);
        Integer known = best.get(practice.territory());
        if (known == null || index.practices.get(known).weight() < practice.weight()) {
          best.put(practice.territory(), id);
        }
      }
      int[] territoryIds = new int[best.size()];
      double[] weights = new double[best.size()];
      int[] bestPractices = new int[best.size()];
      int i = 0;
      for (Map.Entry<Integer, Integer> entry : best.entrySet()) {
        territoryIds[i] = entry.getKey();
        bestPractices[i] = entry.getValue();
        weights[i] = index.practices.get(entry.getValue()).weight();
        i++;
      }
      index.territoryPostings.put(
          posting.getKey(), new TerritoryPosting(territoryIds, weights, bestPractices));
      index.documentFrequency.put(posting.getKey(), best.size());
    }
    for (QuerySolution row : rows(store, "schemes")) {
      index.schemes.putIfAbsent(iri(row, "concept"), iri(row, "scheme"));
    }
    Set<String> seenPairings = new HashSet<>();
    for (QuerySolution row : rows(store, "links")) {
      String kind = row.getLiteral("kind").getString();
      String from = iri(row, "from");
      String to = iri(row, "to");
      if (from == null || to == null || from.equals(to)) {
        continue;
      }
      if (kind.equals("pairing")) {
        String key = from.compareTo(to) < 0 ? from + " " + to : to + " " + from;
        if (!seenPairings.add(key)) {
          continue;
        }
      }
      Link link = new Link(kind, from, to);
      Integer a = index.territoryOf(from);
      Integer b = index.territoryOf(to);
      if (a == null || b == null) {
        continue;
      }
      index.links.add(link);
      index.linksOf.computeIfAbsent(a, k -> new ArrayList<>()).add(link);
      if (!a.equals(b)) {
        index.linksOf.computeIfAbsent(b, k -> new ArrayList<>()).add(link);
      }
    }
    for (QuerySolution row : rows(store, "networks")) {
      String territory = iri(row, "territory");
      Integer id = index.territoryIds.get(territory);
      if (id != null) {
        index.networks.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(iri(row, "network"));
      }
    }
    for (QuerySolution row : rows(store, "territory-facts")) {
      int id = index.territory(iri(row, "territory"));
      String kind = iri(row, "kind");
      if (kind != null) {
        index.kinds.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(kind);
      }
      String same = iri(row, "same");
      if (same != null) {
        index.sameAs.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(same);
      }
      if (row.contains("lat") && row.contains("long") && !index.coordinates.containsKey(id)) {
        try {
          index.coordinates.put(
              id,
              new double[] {row.getLiteral("lat").getDouble(), row.getLiteral("long").getDouble()});
        } catch (RuntimeException notANumber) {
          // coordinates that are not numbers are left out
        }
      }
    }
    LabelTable.Builder labels = new LabelTable.Builder();
    each(
        store,
        "labels",
        row -> {
          String resource = iri(row, "resource");
          if (resource != null) {
            Literal label = row.getLiteral("label");
            labels.add(
                resource, label.getLexicalForm(), label.getLanguage(), row.contains("preferred"));
          }
        });
    index.labels = labels.build();
    index.practiceTable = facts.build(index.labels);
    List<String> sorted = new ArrayList<>(index.territories);
    sorted.sort(Comparator.comparing(PeerIndex::slug).thenComparing(Comparator.naturalOrder()));
    index.sortedTerritories = List.copyOf(sorted);
    List<Link> inspirations = new ArrayList<>();
    for (Link link : index.links) {
      if (link.kind().equals("inspiration")) {
        inspirations.add(link);
      }
    }
    inspirations.sort(Comparator.comparing(Link::from).thenComparing(Link::to));
    index.sortedInspirations = List.copyOf(inspirations);
    return index;
  }

  /**
   * Every practice, and what the store says of each that the peers index and the practice search
   * need: its territories and concepts (with the broader themes), actors, sources, descriptions;
   * the countries territories are part of; the titles of sources.
   */
  private static PracticeTable.Builder practiceFacts(GraphStore store) {
    PracticeTable.Builder table = new PracticeTable.Builder();
    each(
        store,
        "practice-types",
        row -> {
          String practice = iri(row, "practice");
          if (practice != null) {
            table.practice(practice);
          }
        });
    each(
        store,
        "practice-facts",
        row -> {
          String subject = iri(row, "s");
          String property = iri(row, "p");
          RDFNode object = row.get("o");
          if (subject == null || property == null || object == null) {
            return;
          }
          String value = object.isURIResource() ? object.asResource().getURI() : null;
          PracticeTable.Text text =
              object.isLiteral()
                  ? PracticeTable.text(
                      object.asLiteral().getLexicalForm(), object.asLiteral().getLanguage())
                  : null;
          table.fact(subject, property, value, text, iri(row, "g"));
        });
    for (QuerySolution row : rows(store, "broader")) {
      String concept = iri(row, "concept");
      String broader = iri(row, "broader");
      if (concept != null && broader != null) {
        table.broader(concept, broader);
      }
    }
    for (QuerySolution row : rows(store, "part-of")) {
      String territory = iri(row, "territory");
      String whole = iri(row, "whole");
      if (territory != null && whole != null) {
        table.partOf(territory, whole);
      }
    }
    for (QuerySolution row : rows(store, "countries")) {
      String country = iri(row, "country");
      if (country != null) {
        table.country(country);
      }
    }
    for (QuerySolution row : rows(store, "titles")) {
      String resource = iri(row, "resource");
      if (resource != null && row.get("title").isLiteral()) {
        Literal title = row.getLiteral("title");
        table.title(resource, PracticeTable.text(title.getLexicalForm(), title.getLanguage()));
      }
    }
    return table;
  }

  private int territory(String iri) {
    Integer id = territoryIds.get(iri);
    if (id == null) {
      id = territories.size();
      territories.add(iri);
      territoryIds.put(iri, id);
    }
    return id;
  }

  /** The territory of a practice IRI, or the territory itself. */
  private Integer territoryOf(String iri) {
    Integer practice = practiceIds.get(iri);
    return practice != null ? practices.get(practice).territory() : territoryIds.get(iri);
  }

  private static List<QuerySolution> rows(GraphStore store, String name) {
    ResultSetRewindable results = store.select(query(name));
    List<QuerySolution> rows = new ArrayList<>();
    results.forEachRemaining(rows::add);
    return rows;
  }

  /**
   * Gives each row of a query to the consumer as it comes, inside the store's read transaction: for
   * the largest reads, which are not worth copying first.
   */
  private static void each(GraphStore store, String name, Consumer<QuerySolution> consumer) {
    store.query(
        query(name),
        execution -> {
          execution.execSelect().forEachRemaining(consumer);
          return null;
        });
  }

  private static String query(String name) {
    try (InputStream in = PeerIndex.class.getResourceAsStream(QUERIES + name + ".rq")) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String iri(QuerySolution row, String variable) {
    RDFNode node = row.get(variable);
    return node != null && node.isURIResource() ? node.asResource().getURI() : null;
  }

  /** The store revision this index was built from. */
  public long revision() {
    return revision;
  }

  /** The number of territories that have at least one practice (N of the similarity). */
  public int territoriesWithPractices() {
    return territoriesWithPractices;
  }

  /** Whether the IRI is a territory. */
  public boolean isTerritory(String iri) {
    return territoryIds.containsKey(iri);
  }

  /** Every territory IRI, in slug order (then IRI order), sorted once when the index is built. */
  public List<String> territories() {
    return sortedTerritories;
  }

  /** What the practice search needs of every practice, built with this index. */
  public PracticeTable practices() {
    return practiceTable;
  }

  /** The most specific kind of a territory (City, Region, Country, else Territory). */
  public String kind(String territory) {
    Integer id = territoryIds.get(territory);
    String best = null;
    for (String kind : id == null ? Set.<String>of() : kinds.getOrDefault(id, Set.of())) {
      boolean general = kind.endsWith("#Territory");
      boolean bestGeneral = best == null || best.endsWith("#Territory");
      if (best == null
          || bestGeneral && !general
          || bestGeneral == general && kind.compareTo(best) < 0) {
        best = kind;
      }
    }
    return best;
  }

  /** The latitude and longitude of a territory, if known. */
  public Optional<double[]> coordinates(String territory) {
    Integer id = territoryIds.get(territory);
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(coordinates.get(id)).map(double[]::clone);
  }

  /** What the territory is the same as (owl:sameAs), in the order read. */
  public List<String> sameAs(String territory) {
    Integer id = territoryIds.get(territory);
    return id == null ? List.of() : List.copyOf(sameAs.getOrDefault(id, Set.of()));
  }

  /** The number of practices of a territory. */
  public int practiceCount(String territory) {
    Integer id = territoryIds.get(territory);
    return id == null ? 0 : practicesOf.getOrDefault(id, List.of()).size();
  }

  /** The themes a practice names itself (not their broader themes). */
  public List<String> themesOf(String practice) {
    Integer id = practiceIds.get(practice);
    if (id == null) {
      return List.of();
    }
    List<String> themes = new ArrayList<>();
    for (String concept : practices.get(id).directConcepts()) {
      if (isTheme(concept)) {
        themes.add(concept);
      }
    }
    themes.sort(Comparator.naturalOrder());
    return themes;
  }

  /** Whether the IRI is a practice. */
  public boolean isPractice(String iri) {
    return practiceIds.containsKey(iri);
  }

  /** Whether the IRI is a concept of the theme scheme. */
  public boolean isTheme(String iri) {
    return themeScheme.equals(schemes.get(iri));
  }

  /** The scheme of a concept, if known. */
  public String scheme(String concept) {
    return schemes.get(concept);
  }

  /** The territory IRI of a practice. */
  public Optional<String> territoryOfPractice(String practice) {
    Integer id = practiceIds.get(practice);
    return id == null
        ? Optional.empty()
        : Optional.of(territories.get(practices.get(id).territory()));
  }

  /** The number of territories whose practices have the concept. */
  public int documentFrequency(String concept) {
    return documentFrequency.getOrDefault(concept, 0);
  }

  /** idf(c) = ln(1 + N / df(c)). */
  public double idf(String concept) {
    int df = documentFrequency(concept);
    return df == 0 ? 0 : Math.log(1.0 + (double) territoriesWithPractices / df);
  }

  /** The evidence weight of a practice: 1, or 1/k if known only from a statement naming k. */
  public double weight(String practice) {
    Integer id = practiceIds.get(practice);
    return id == null ? 0 : practices.get(id).weight();
  }

  /** Every pairing and inspiration link, in the order read. */
  public List<Link> links() {
    return List.copyOf(links);
  }

  /**
   * Every inspiration link, in the order of the IRI it starts from and then of the IRI it ends at,
   * sorted once when the index is built.
   */
  public List<Link> inspirations() {
    return sortedInspirations;
  }

  /** The practices of a territory. */
  public List<String> practicesOf(String territory) {
    Integer id = territoryIds.get(territory);
    List<String> out = new ArrayList<>();
    if (id != null) {
      for (int p : practicesOf.getOrDefault(id, List.of())) {
        out.add(practices.get(p).iri());
      }
    }
    return out;
  }

  /** The concepts of a practice (themes with their broader themes, rights, groups, instruments). */
  public Set<String> conceptsOf(String practice) {
    Integer id = practiceIds.get(practice);
    return id == null ? Set.of() : practices.get(id).concepts();
  }

  /**
   * The label of a resource in the language asked for, else English, else without a language, else
   * any; the IRI's last segment if it has none.
   */
  public String label(String iri, String language) {
    String label = labels.firstIn(iri, language);
    return label != null ? label : slug(iri);
  }

  /** The last path segment of an IRI. */
  public static String slug(String iri) {
    int slash = iri.lastIndexOf('/');
    return slash < 0 ? iri : iri.substring(slash + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Scoring

  /** One shared concept between the two sides, with the practices that carry it on each side. */
  public record SharedConcept(
      String concept,
      double idf,
      double weight,
      double peerWeight,
      String practice,
      String peerPractice) {
    /** idf(c) * w_A(c) * w_B(c). */
    public double contribution() {
      return idf * weight * peerWeight;
    }
  }

  /** A peer with its score and what made it. */
  public record Peer(
      String territory,
      double score,
      List<SharedConcept> concepts,
      List<Link> pairings,
      List<Link> inspirations,
      List<String> networks) {}

  /** A similar practice with its score and the concepts shared. */
  public record SimilarPractice(
      String practice, String territory, double score, List<SharedConcept> concepts) {}

  private boolean passes(Practice practice, String theme) {
    return theme == null || practice.concepts().contains(theme);
  }

  /** The best weight of each concept over the given practices: concept -> practice id. */
  private Map<String, Integer> bestPractices(List<Integer> ids, String theme) {
    Map<String, Integer> best = new LinkedHashMap<>();
    for (int id : ids) {
      Practice practice = practices.get(id);
      if (!passes(practice, theme)) {
        continue;
      }
      for (String concept : practice.concepts()) {
        Integer known = best.get(concept);
        if (known == null || practices.get(known).weight() < practice.weight()) {
          best.put(concept, id);
        }
      }
    }
    return best;
  }

  /**
   * The peers of a territory, best first.
   *
   * @param territory the territory's IRI
   * @param theme a theme IRI to keep only practices with it (or a narrower theme), or null
   * @param limit how many peers at most
   */
  public List<Peer> peers(String territory, String theme, int limit) {
    Integer self = territoryIds.get(territory);
    if (self == null) {
      return List.of();
    }
    Map<String, Integer> own = bestPractices(practicesOf.getOrDefault(self, List.of()), theme);
    Map<Integer, Double> scores = new HashMap<>();
    Map<Integer, List<SharedConcept>> shared = new HashMap<>();
    if (theme == null) {
      // Territory postings: one array pass for each of the territory's concepts.
      double[] sums = new double[territories.size()];
      for (Map.Entry<String, Integer> entry : own.entrySet()) {
        TerritoryPosting posting = territoryPostings.get(entry.getKey());
        double factor = idf(entry.getKey()) * practices.get(entry.getValue()).weight();
        for (int i = 0; i < posting.territories().length; i++) {
          sums[posting.territories()[i]] += factor * posting.weights()[i];
        }
      }
      sums[self] = 0;
      for (int t = 0; t < sums.length; t++) {
        if (sums[t] > 0) {
          scores.put(t, sums[t]);
        }
      }
    }
    for (Map.Entry<String, Integer> entry :
        theme == null ? Map.<String, Integer>of().entrySet() : own.entrySet()) {
      String concept = entry.getKey();
      Practice mine = practices.get(entry.getValue());
      double idf = idf(concept);
      Map<Integer, Integer> best = new HashMap<>();
      for (int id : postings.getOrDefault(concept, List.of())) {
        Practice other = practices.get(id);
        if (other.territory() == self || !passes(other, theme)) {
          continue;
        }
        Integer known = best.get(other.territory());
        if (known == null || practices.get(known).weight() < other.weight()) {
          best.put(other.territory(), id);
        }
      }
      for (Map.Entry<Integer, Integer> peer : best.entrySet()) {
        Practice theirs = practices.get(peer.getValue());
        SharedConcept reason =
            new SharedConcept(
                concept, idf, mine.weight(), theirs.weight(), mine.iri(), theirs.iri());
        scores.merge(peer.getKey(), reason.contribution(), Double::sum);
        shared.computeIfAbsent(peer.getKey(), k -> new ArrayList<>()).add(reason);
      }
    }
    Map<Integer, List<Link>> pairings = new HashMap<>();
    Map<Integer, List<Link>> inspirations = new HashMap<>();
    for (Link link : linksOf.getOrDefault(self, List.of())) {
      int a = territoryOf(link.from());
      int b = territoryOf(link.to());
      if (a == b || (a != self && b != self)) {
        continue;
      }
      if (!linkPasses(link, theme)) {
        continue;
      }
      int other = a == self ? b : a;
      boolean pairing = link.kind().equals("pairing");
      (pairing ? pairings : inspirations).computeIfAbsent(other, k -> new ArrayList<>()).add(link);
      scores.merge(other, pairing ? PAIRING_BONUS : INSPIRATION_BONUS, Double::sum);
    }
    Map<Integer, List<String>> sharedNetworks = new HashMap<>();
    Set<String> mine = theme == null ? networks.getOrDefault(self, Set.of()) : Set.of();
    if (!mine.isEmpty()) {
      for (Map.Entry<Integer, Set<String>> other : networks.entrySet()) {
        if (other.getKey() == self.intValue()) {
          continue;
        }
        for (String network : other.getValue()) {
          if (mine.contains(network)) {
            sharedNetworks.computeIfAbsent(other.getKey(), k -> new ArrayList<>()).add(network);
            scores.merge(other.getKey(), NETWORK_BONUS, Double::sum);
          }
        }
      }
    }
    List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(
        Map.Entry.<Integer, Double>comparingByValue()
            .reversed()
            .thenComparing(e -> territories.get(e.getKey())));
    List<Peer> peers = new ArrayList<>();
    for (Map.Entry<Integer, Double> entry : ranked.subList(0, Math.min(limit, ranked.size()))) {
      int id = entry.getKey();
      List<SharedConcept> concepts =
          new ArrayList<>(
              theme == null ? sharedConcepts(own, id) : shared.getOrDefault(id, List.of()));
      concepts.sort(
          Comparator.comparingDouble(SharedConcept::contribution)
              .reversed()
              .thenComparing(SharedConcept::concept));
      peers.add(
          new Peer(
              territories.get(id),
              entry.getValue(),
              concepts,
              pairings.getOrDefault(id, List.of()),
              inspirations.getOrDefault(id, List.of()),
              sharedNetworks.getOrDefault(id, List.of())));
    }
    return peers;
  }

  /** The concepts that the asking territory (its best practices given) shares with a peer. */
  private List<SharedConcept> sharedConcepts(Map<String, Integer> own, int peer) {
    List<SharedConcept> concepts = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : own.entrySet()) {
      TerritoryPosting posting = territoryPostings.get(entry.getKey());
      int i = java.util.Arrays.binarySearch(posting.territories(), peer);
      if (i >= 0) {
        Practice mine = practices.get(entry.getValue());
        Practice theirs = practices.get(posting.practices()[i]);
        concepts.add(
            new SharedConcept(
                entry.getKey(),
                idf(entry.getKey()),
                mine.weight(),
                theirs.weight(),
                mine.iri(),
                theirs.iri()));
      }
    }
    return concepts;
  }

  private boolean linkPasses(Link link, String theme) {
    if (theme == null) {
      return true;
    }
    for (String end : List.of(link.from(), link.to())) {
      Integer id = practiceIds.get(end);
      if (id != null && !passes(practices.get(id), theme)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Practices of other territories that share concepts with a practice, best first: the score of
   * each is the sum over shared concepts of idf(c) times both practices' weights.
   */
  public List<SimilarPractice> similar(String practice, int limit) {
    Integer selfId = practiceIds.get(practice);
    if (selfId == null) {
      return List.of();
    }
    Practice self = practices.get(selfId);
    double[] sums = new double[practices.size()];
    for (String concept : self.concepts()) {
      double factor = idf(concept) * self.weight();
      for (int id : postings.getOrDefault(concept, List.of())) {
        sums[id] += factor * practices.get(id).weight();
      }
    }
    // the best `limit` practices, kept in a heap whose head is the worst of them
    Comparator<Integer> better =
        Comparator.comparingDouble((Integer id) -> sums[id])
            .thenComparing(id -> practices.get(id).iri(), Comparator.reverseOrder());
    java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(better);
    for (int id = 0; id < sums.length; id++) {
      if (sums[id] > 0 && practices.get(id).territory() != self.territory()) {
        if (heap.size() < limit) {
          heap.add(id);
        } else if (better.compare(id, heap.peek()) > 0) {
          heap.poll();
          heap.add(id);
        }
      }
    }
    List<Integer> candidates = new ArrayList<>(heap);
    candidates.sort(better.reversed());
    List<SimilarPractice> out = new ArrayList<>();
    for (int id : candidates.subList(0, Math.min(limit, candidates.size()))) {
      Practice other = practices.get(id);
      List<SharedConcept> concepts = new ArrayList<>();
      for (String concept : self.concepts()) {
        if (other.concepts().contains(concept)) {
          concepts.add(
              new SharedConcept(
                  concept, idf(concept), self.weight(), other.weight(), self.iri(), other.iri()));
        }
      }
      concepts.sort(
          Comparator.comparingDouble(SharedConcept::contribution)
              .reversed()
              .thenComparing(SharedConcept::concept));
      out.add(
          new SimilarPractice(other.iri(), territories.get(other.territory()), sums[id], concepts));
    }
    return out;
  }
}
