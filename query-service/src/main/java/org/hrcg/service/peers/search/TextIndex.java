package org.hrcg.service.peers.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.query.QuerySolution;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.api.ApiProblem;
import org.hrcg.service.peers.IndexBuilds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of {@code GET /api/practices?q=}: a Lucene index (used directly, through
 * jena-text's Lucene dependency, since jena-text's dataset wrapper needs an in-process dataset and
 * the store may be remote) of every literal of {@code rdfs:label}, {@code skos:prefLabel}, {@code
 * dcterms:description}, {@code hrc:quote} and {@code dcterms:title}, in every language, built from
 * the store. It follows {@link GraphStore#revision()}: each search compares the revision (one cheap
 * read) and rebuilds the index when it changed or when there is none. On disk in a directory beside
 * the store ({@code {store}-text/}, kept with the revision it was built at, so a restart reuses
 * it), or in memory.
 *
 * <p>Words are matched lower-cased and with accents folded ({@code geneve} finds Genève). A hit on
 * a practice counts fully; a hit on what a practice links to (the statement it is stated in, its
 * territory, its actors, its concepts) counts half, for that practice.
 *
 * <p>A search waits for a build of the index (the first one, or one after a write) for at most a
 * fixed time ({@code hrcg.limits.index-wait}); past it, it is refused with {@code 503} and {@code
 * Retry-After}.
 */
final class TextIndex implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TextIndex.class);

  private static final String SUBJECT = "subject";
  private static final String TEXT = "text";
  private static final String REVISION = "hrcg.revision";
  private static final double LINKED_WEIGHT = 0.5;
  private static final int MAX_TERMS = 32;

  private static final Analyzer ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer tokenizer = new StandardTokenizer();
          TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
          return new TokenStreamComponents(tokenizer, stream);
        }
      };

  /** How long a search waits for a build unless told otherwise. */
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

  private final GraphStore store;
  private final Path directory;
  private final Duration wait;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile State state;
  private final AtomicInteger builds = new AtomicInteger();

  /** A link from an indexed resource to a practice it describes. */
  private record Link(String practice, boolean direct) {}

  /**
   * An open index: its reader, the subject of each of its documents (read once, so that a search
   * reads no stored field), and what each subject leads to.
   */
  private record State(
      long revision,
      Directory directory,
      DirectoryReader reader,
      String[] subjects,
      Map<String, List<Link>> links) {}

  /**
   * @param store the store it indexes
   * @param directory where the index lives, or null to keep it in memory
   */
  TextIndex(GraphStore store, Path directory) {
    this(store, directory, DEFAULT_WAIT);
  }

  /**
   * @param store the store it indexes
   * @param directory where the index lives, or null to keep it in memory
   * @param wait how long a search waits for a build of the index before it is refused
   */
  TextIndex(GraphStore store, Path directory, Duration wait) {
    this.store = Objects.requireNonNull(store, "store");
    this.directory = directory;
    this.wait = Objects.requireNonNull(wait, "wait");
  }

  /**
   * The practices that the words describe, best first, with their scores; empty when the text has
   * no word.
   */
  Map<String, Double> search(String text) {
    return search(text, null);
  }

  /**
   * The practices that the words describe, best first, with their scores, checking the deadline (if
   * any) between the steps.
   */
  Map<String, Double> search(String text, Deadline deadline) {
    List<String> terms = terms(text);
    if (terms.isEmpty()) {
      return Map.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    terms.stream()
        .distinct()
        .limit(MAX_TERMS)
        .forEach(
            term -> query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD));
    for (int attempt = 0; ; attempt++) {
      State current = current(true);
      if (deadline != null) {
        deadline.check();
      }
      if (!current.reader().tryIncRef()) {
        if (attempt > 3) {
          throw new IllegalStateException("the text index keeps closing");
        }
        continue;
      }
      try {
        return rank(current, query.build(), deadline);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        try {
          current.reader().decRef();
        } catch (IOException e) {
          LOG.debug("text index reader: {}", e.toString());
        }
      }
    }
  }

  /**
   * How many times this index was built from the store (not counting an index reused from disk).
   */
  int builds() {
    return builds.get();
  }

  /**
   * Where the index is kept: {@code disk} beside an embedded store (reused after a restart), or
   * {@code memory} for a remote store (built again at every start and after every write).
   */
  String storage() {
    return directory == null ? "memory" : "disk";
  }

  /** The revision the index was last built at, or -1 before the first build. */
  long revision() {
    State current = state;
    return current == null ? -1 : current.revision();
  }

  private static Map<String, Double> rank(State current, BooleanQuery query, Deadline deadline)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(current.reader());
    int size = Math.max(1, current.reader().numDocs());
    Map<String, Double> subjects = new HashMap<>();
    ScoreDoc[] hits = searcher.search(query, size).scoreDocs;
    for (int i = 0; i < hits.length; i++) {
      if (deadline != null && i % Deadline.EVERY == 0) {
        deadline.check();
      }
      subjects.merge(current.subjects()[hits[i].doc], (double) hits[i].score, Math::max);
    }
    if (deadline != null) {
      deadline.check();
    }
    Map<String, Double> practices = new HashMap<>();
    subjects.forEach(
        (subject, score) -> {
          for (Link link : current.links().getOrDefault(subject, List.of())) {
            practices.merge(
                link.practice(), link.direct() ? score : score * LINKED_WEIGHT, Double::sum);
          }
        });
    if (deadline != null) {
      deadline.check();
    }
    Map<String, Double> ranked = new LinkedHashMap<>();
    practices.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(entry -> ranked.put(entry.getKey(), entry.getValue()));
    return ranked;
  }

  /**
   * Builds the index for the store's revision now, if it is not built yet, however long it takes.
   */
  void warm() {
    current(false);
  }

  /**
   * The index at the store's revision, built or rebuilt first when needed.
   *
   * @param bounded whether to wait for a build by another thread for at most the wait
   * @throws ApiProblem 503 with {@code Retry-After} when a bounded wait ends first
   */
  private State current(boolean bounded) {
    long revision = store.revision();
    State current = state;
    if (current != null && current.revision() == revision) {
      return current;
    }
    lock(bounded, current == null);
    try {
      revision = store.revision();
      current = state;
      if (current != null && current.revision() == revision) {
        return current;
      }
      try {
        State next = open(revision);
        state = next;
        if (current != null) {
          current.reader().decRef();
          if (current.directory() != next.directory()) {
            current.directory().close();
          }
        }
        return next;
      } catch (IOException e) {
        throw new UncheckedIOException("the text index cannot be built", e);
      }
    } finally {
      lock.unlock();
    }
  }

  private void lock(boolean bounded, boolean first) {
    if (bounded) {
      IndexBuilds.lock(
          lock,
          wait,
          "the text index is being built "
              + (first ? "for the first time since the service started" : "after a write"));
    } else {
      lock.lock();
    }
  }

  private State open(long revision) throws IOException {
    Directory target;
    State current = state;
    if (directory == null) {
      target = new ByteBuffersDirectory();
    } else if (current != null) {
      target = current.directory();
    } else {
      Files.createDirectories(directory);
      target = FSDirectory.open(directory);
      Optional<Long> built = builtAt(target);
      if (built.isPresent() && built.get() == revision) {
        LOG.info("text index at {} is at revision {}: reused", directory, revision);
        return open(revision, target);
      }
    }
    long started = System.nanoTime();
    int documents = build(target, revision);
    builds.incrementAndGet();
    LOG.info(
        "text index built at revision {}: {} literals in {} ms",
        revision,
        documents,
        (System.nanoTime() - started) / 1_000_000);
    return open(revision, target);
  }

  private State open(long revision, Directory target) throws IOException {
    DirectoryReader reader = DirectoryReader.open(target);
    Map<String, List<Link>> links = links();
    // The subjects as the links already hold them, so that each IRI is kept once.
    Map<String, String> held = new HashMap<>(links.size() * 4 / 3 + 1);
    links.keySet().forEach(subject -> held.put(subject, subject));
    String[] subjects = new String[reader.maxDoc()];
    StoredFields fields = reader.storedFields();
    for (int doc = 0; doc < subjects.length; doc++) {
      String subject = fields.document(doc).get(SUBJECT);
      subjects[doc] = held.getOrDefault(subject, subject);
    }
    return new State(revision, target, reader, subjects, links);
  }

  private static Optional<Long> builtAt(Directory directory) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return Optional.empty();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        String value = reader.getIndexCommit().getUserData().get(REVISION);
        return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
      }
    } catch (IOException | NumberFormatException e) {
      LOG.warn("text index unreadable, rebuilding: {}", e.toString());
      return Optional.empty();
    }
  }

  private int build(Directory target, long revision) throws IOException {
    List<String[]> literals =
        SearchQueries.select(
            store,
            SearchQueries.query("text-literals"),
            (QuerySolution row) ->
                new String[] {
                  row.getResource("s").getURI(), row.getLiteral("text").getLexicalForm()
                });
    IndexWriterConfig config =
        new IndexWriterConfig(ANALYZER).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(target, config)) {
      for (String[] literal : literals) {
        Document document = new Document();
        document.add(new StringField(SUBJECT, literal[0], Field.Store.YES));
        document.add(new TextField(TEXT, literal[1], Field.Store.NO));
        writer.addDocument(document);
      }
      writer.setLiveCommitData(Map.of(REVISION, Long.toString(revision)).entrySet());
      writer.commit();
    }
    return literals.size();
  }

  private Map<String, List<Link>> links() {
    Map<String, Set<Link>> links = new HashMap<>();
    SearchQueries.select(
            store,
            SearchQueries.query("text-links"),
            row ->
                new String[] {
                  SearchQueries.iri(row, "s"),
                  SearchQueries.iri(row, "practice"),
                  Boolean.toString(row.getLiteral("direct").getBoolean())
                })
        .forEach(
            row -> {
              if (row[0] != null && row[1] != null) {
                links
                    .computeIfAbsent(row[0], s -> new LinkedHashSet<>())
                    .add(new Link(row[1], Boolean.parseBoolean(row[2])));
              }
            });
    Map<String, List<Link>> lists = new HashMap<>();
    links.forEach((subject, set) -> lists.put(subject, List.copyOf(set)));
    return lists;
  }

  /** The words of a text, as the index holds them. */
  static List<String> terms(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = ANALYZER.tokenStream(TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(terms);
  }

  @Override
  public void close() throws IOException {
    lock.lock();
    try {
      State current = state;
      state = null;
      if (current != null) {
        current.reader().decRef();
        current.directory().close();
      }
    } finally {
      lock.unlock();
    }
  }
}
