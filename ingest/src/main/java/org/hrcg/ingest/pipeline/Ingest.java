package org.hrcg.ingest.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.hrcg.ingest.CaseStudyReader;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.store.GraphLoad;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.LoadListener;
import org.hrcg.model.store.LoadRecord;
import org.hrcg.model.store.LoadResult;

/**
 * The ingest pipeline: finds the input files, reads each with the reader of its format, validates
 * every graph with the SHACL shapes and, when nothing is wrong, writes all the graphs to the store
 * in one transaction ({@link GraphStore#load}).
 *
 * <pre>{@code
 * Report report = Ingest.builder().inputs(paths).agent("alice").build().run(store);
 * report.problems().forEach(System.err::println);
 * }</pre>
 *
 * <p>A run is all or nothing: it collects the problems of every file, and writes only if there is
 * no error (and, when {@link Builder#strict strict}, no warning). Each graph replaces the store's
 * graph of the same name whole, so loading the same files again changes nothing but the load
 * records in {@code graph/meta}. Against a remote store, a load larger than the store's request
 * size ({@link org.hrcg.model.store.RemoteStore#maxRequestTriples()}) is written in steps of whole
 * graphs instead, resumable: if the store fails midway, {@link
 * org.hrcg.model.store.IncompleteLoadException} says which graphs were written, and running the
 * same ingest again writes the rest. Folders are walked recursively in name order; files in them of
 * a type no reader knows are skipped with a note, hidden files and folders silently. A file named
 * explicitly must be of a known type. Inputs already in memory (an upload to the service) go
 * through the same steps after the files: {@link Builder#input(SourceFile)}.
 */
public final class Ingest {

  /** The agent named in load records when none is given. */
  public static final String DEFAULT_AGENT = "hrcg";

  private final List<Path> inputs;
  private final List<SourceFile> sourceFiles;
  private final Readers readers;
  private final ShapeValidation validation;
  private final IriMinter minter;
  private final long maxBytes;
  private final boolean strict;
  private final String agent;
  private final Progress progress;

  private Ingest(Builder builder) {
    this.inputs = List.copyOf(builder.inputs);
    this.sourceFiles = List.copyOf(builder.sourceFiles);
    this.readers = builder.readers != null ? builder.readers : Readers.standard(builder.minter);
    this.validation = builder.validation != null ? builder.validation : ShapeValidation.standard();
    this.minter = builder.minter;
    this.maxBytes = builder.maxBytes;
    this.strict = builder.strict;
    this.agent = builder.agent;
    this.progress = builder.progress;
  }

  /** A builder with the standard readers and shapes, no inputs, not strict. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads and validates the inputs; writes nothing. */
  public Report validate() {
    long start = System.nanoTime();
    Checked checked = check(start);
    return checked.report(List.of(), List.of(), List.of(), 0, false, elapsedSince(start));
  }

  /**
   * Reads and validates the inputs and, if they passed, writes every graph read to the store in one
   * call, each with a load record naming the agent and the file. If they did not pass, the store is
   * not touched.
   *
   * @throws org.hrcg.model.store.IncompleteLoadException if a remote store failed in the middle of
   *     a load written in steps, naming the graphs written and those not
   * @throws RuntimeException whatever else the store throws when it cannot write; it then keeps
   *     what it had
   */
  public Report run(GraphStore store) {
    return run(store, graphs -> {});
  }

  /**
   * As {@link #run(GraphStore)}, with one more check before anything is written: {@code admit} is
   * given every graph read, whether or not the inputs passed validation (so that a caller can
   * refuse by who may write those graphs before it reports what is wrong with them), and refuses by
   * throwing. Then nothing is written and the exception reaches the caller.
   *
   * @throws RuntimeException whatever {@code admit} throws, or the store when it cannot write
   */
  public Report run(GraphStore store, Consumer<List<Report.ReadGraph>> admit) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(admit, "admit");
    long start = System.nanoTime();
    Checked checked = check(start);
    admit.accept(List.copyOf(checked.graphs));
    if (!checked.passed() || checked.sources.isEmpty()) {
      return checked.report(List.of(), List.of(), List.of(), 0, false, elapsedSince(start));
    }
    Set<String> existing = new HashSet<>(store.graphNames());
    Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Map<String, GraphLoad> loads = new TreeMap<>();
    long triples = 0;
    for (SourceGraph source : checked.sources) {
      loads.put(
          source.graphIri(),
          new GraphLoad(source.content(), new LoadRecord(agent, source.file().toString(), time)));
      triples += source.content().size();
    }
    progress.writing(loads.size(), triples);
    LoadResult result = store.load(loads, steps(progress));
    List<String> added = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    for (String graph : result.written()) {
      (existing.contains(graph) ? replaced : added).add(graph);
    }
    return checked.report(
        added, replaced, result.resumed(), result.steps(), true, elapsedSince(start));
  }

  /** The store's steps, told to the progress. */
  private static LoadListener steps(Progress progress) {
    return new LoadListener() {
      @Override
      public void stepStarting(int step, int steps, List<String> graphs) {
        progress.stepStarting(step, steps, graphs);
      }

      @Override
      public void stepWritten(int step, int steps, List<String> graphs, long revision) {
        progress.stepWritten(step, steps, graphs);
      }
    };
  }

  /** The graphs and problems of a run, before anything is written. */
  private final class Checked {
    final List<Problem> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Path> files = new ArrayList<>();
    final List<SourceGraph> sources = new ArrayList<>();
    final List<Report.ReadGraph> graphs = new ArrayList<>();

    boolean passed() {
      return problems.stream().noneMatch(Problem::isError) && (!strict || problems.isEmpty());
    }

    Report report(
        List<String> added,
        List<String> replaced,
        List<String> resumed,
        int requests,
        boolean written,
        Duration elapsed) {
      return new Report(
          problems, notes, files, graphs, added, replaced, resumed, requests, strict, written,
          elapsed);
    }
  }

  private Checked check(long start) {
    Checked checked = new Checked();
    expand(checked);
    Map<String, Path> graphFiles = new LinkedHashMap<>();
    List<Path> paths = List.copyOf(checked.files);
    sourceFiles.forEach(source -> checked.files.add(source.path()));
    long triples = 0;
    int done = 0;
    for (int i = 0; i < checked.files.size(); i++) {
      Path file = checked.files.get(i);
      List<SourceGraph> read =
          i < paths.size()
              ? read(file, checked.problems)
              : read(sourceFiles.get(i - paths.size()), checked.problems);
      long fileTriples = 0;
      for (SourceGraph source : read) {
        long size = source.content().size();
        fileTriples += size;
        checked.graphs.add(new Report.ReadGraph(source.graphIri(), file, size));
        checked.problems.addAll(validation.validate(source));
        checkGraph(source, graphFiles, checked.problems);
        checked.sources.add(source);
      }
      triples += fileTriples;
      done++;
      progress.fileDone(
          new Progress.FileDone(
              file, done, checked.files.size(), fileTriples, triples, elapsedSince(start)));
    }
    return checked;
  }

  /** Reads one file with its reader; a reader that fails is reported, never thrown. */
  private List<SourceGraph> read(Path file, List<Problem> problems) {
    Optional<CaseStudyReader> reader = readers.forFile(file);
    if (reader.isEmpty()) {
      problems.add(Problem.error(file, Position.START, unknownType(file)));
      return List.of();
    }
    SourceFile.Result result = SourceFile.read(file, maxBytes);
    if (result instanceof SourceFile.Rejected rejected) {
      problems.add(rejected.problem());
      return List.of();
    }
    return read(reader.get(), ((SourceFile.Read) result).file(), problems);
  }

  /** Reads an input already in memory with the reader of its path's extension. */
  private List<SourceGraph> read(SourceFile source, List<Problem> problems) {
    Optional<CaseStudyReader> reader = readers.forFile(source.path());
    if (reader.isEmpty()) {
      problems.add(Problem.error(source.path(), Position.START, unknownType(source.path())));
      return List.of();
    }
    return read(reader.get(), source, problems);
  }

  private static List<SourceGraph> read(
      CaseStudyReader reader, SourceFile source, List<Problem> problems) {
    ReadOutcome outcome;
    try {
      outcome = reader.read(source);
    } catch (RuntimeException e) {
      problems.add(
          Problem.error(
              source.path(), Position.START, "the reader failed on this file: " + describe(e)));
      return List.of();
    }
    problems.addAll(outcome.problems());
    return outcome.graphs();
  }

  /** Checks that a graph may be written, and is not read twice in the run. */
  private void checkGraph(
      SourceGraph source, Map<String, Path> graphFiles, List<Problem> problems) {
    String iri = source.graphIri();
    Position position = caseStudyPosition(source);
    Optional<String> slug = minter.graphSlug(iri);
    if (slug.isEmpty()) {
      problems.add(
          Problem.error(
              source.file(),
              position,
              "graph <" + iri + "> is not a graph IRI (" + minter.base() + "graph/{slug})"));
    } else if (ReservedGraph.fromSlug(slug.get())
        .filter(g -> g != ReservedGraph.CURATION)
        .isPresent()) {
      problems.add(
          Problem.error(
              source.file(),
              position,
              "graph <" + iri + "> is reserved: a source cannot be loaded into it"));
    }
    if (source.content().isEmpty()) {
      problems.add(Problem.error(source.file(), position, "graph <" + iri + "> has no statements"));
    }
    Path first = graphFiles.putIfAbsent(iri, source.file());
    if (first != null) {
      problems.add(
          Problem.error(
              source.file(),
              position,
              first.equals(source.file())
                  ? "graph <" + iri + "> is read twice from this file"
                  : "graph <"
                      + iri
                      + "> is also read from "
                      + first
                      + ": each graph may come from one file of a run only"));
    }
  }

  /** Where the case study that names a graph is described, or the start of the file. */
  private Position caseStudyPosition(SourceGraph source) {
    return minter
        .graphSlug(source.graphIri())
        .filter(slug -> !ReservedGraph.isReserved(slug))
        .flatMap(
            slug -> {
              Node caseStudy = NodeFactory.createURI(minter.caseStudy(slug));
              return source.locations().find(caseStudy, null);
            })
        .orElse(Position.START);
  }

  /** Expands the inputs into files, recording problems and notes on the way. */
  private void expand(Checked checked) {
    Set<Path> seen = new HashSet<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> found = walk(input, checked);
        if (found.isEmpty()) {
          checked.problems.add(
              Problem.warning(
                  input,
                  Position.START,
                  "folder holds no case-study files (" + readers.describe() + ")"));
        }
        found.forEach(file -> addOnce(file, seen, checked.files));
      } else if (Files.isRegularFile(input)) {
        if (readers.forFile(input).isEmpty()) {
          checked.problems.add(Problem.error(input, Position.START, unknownType(input)));
        } else {
          addOnce(input, seen, checked.files);
        }
      } else if (Files.exists(input)) {
        checked.problems.add(Problem.error(input, Position.START, "not a regular file or folder"));
      } else {
        checked.problems.add(Problem.error(input, Position.START, "no such file or folder"));
      }
    }
  }

  private List<Path> walk(Path folder, Checked checked) {
    try (Stream<Path> paths = Files.walk(folder)) {
      List<Path> files = new ArrayList<>();
      for (Path path : paths.sorted().toList()) {
        if (isHidden(folder, path) || !Files.isRegularFile(path)) {
          continue;
        }
        if (readers.forFile(path).isPresent()) {
          files.add(path);
        } else {
          checked.notes.add("skipped " + path + ": not a case-study file");
        }
      }
      return files;
    } catch (IOException | UncheckedIOException e) {
      checked.problems.add(
          Problem.error(folder, Position.START, "cannot list folder: " + describe(e)));
      return List.of();
    }
  }

  /** Whether a path under a folder is hidden, or inside a hidden folder (such as {@code .git}). */
  private static boolean isHidden(Path folder, Path path) {
    for (Path part : folder.relativize(path)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static void addOnce(Path file, Set<Path> seen, List<Path> files) {
    if (seen.add(file.toAbsolutePath().normalize())) {
      files.add(file);
    }
  }

  private String unknownType(Path file) {
    String extension = Readers.extensionOf(file);
    return (extension.isEmpty()
            ? "unknown file type (no extension)"
            : "unknown file type '." + extension + "'")
        + ": expected one of "
        + readers.describe();
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  private static Duration elapsedSince(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Builds an {@link Ingest}; every setting has a default but the inputs. */
  public static final class Builder {

    private final List<Path> inputs = new ArrayList<>();
    private final List<SourceFile> sourceFiles = new ArrayList<>();
    private Readers readers;
    private ShapeValidation validation;
    private IriMinter minter = IriMinter.defaults();
    private long maxBytes = SourceFile.DEFAULT_MAX_BYTES;
    private boolean strict;
    private String agent = DEFAULT_AGENT;
    private Progress progress = Progress.NONE;

    private Builder() {}

    /** Adds files or folders to read. */
    public Builder inputs(List<Path> paths) {
      Objects.requireNonNull(paths, "paths");
      for (int i = 0; i < paths.size(); i++) {
        inputs.add(Objects.requireNonNull(paths.get(i), "paths[" + i + "]"));
      }
      return this;
    }

    /** Adds files or folders to read. */
    public Builder inputs(Path... paths) {
      return inputs(List.of(Objects.requireNonNull(paths, "paths")));
    }

    /**
     * Adds an input already in memory, such as an upload, checked with {@link SourceFile#check}: it
     * is read by the reader of its path's extension, and its path names it in problems and in the
     * load record. It is not subject to {@link #maxBytes}: whoever read it applied a limit.
     */
    public Builder input(SourceFile file) {
      sourceFiles.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** The readers by extension; {@link Readers#standard(IriMinter)} of the minter by default. */
    public Builder readers(Readers readers) {
      this.readers = Objects.requireNonNull(readers, "readers");
      return this;
    }

    /** The shapes; {@link ShapeValidation#standard()} by default. */
    public Builder validation(ShapeValidation validation) {
      this.validation = Objects.requireNonNull(validation, "validation");
      return this;
    }

    /** The base whose graph IRIs a run may write; the published base by default. */
    public Builder minter(IriMinter minter) {
      this.minter = Objects.requireNonNull(minter, "minter");
      return this;
    }

    /** The largest file read, in bytes; {@link SourceFile#DEFAULT_MAX_BYTES} by default. */
    public Builder maxBytes(long maxBytes) {
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes: must be 1 or more, was " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /** Whether warnings fail the run; false by default. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** Who loads, as the load records name them; {@value Ingest#DEFAULT_AGENT} by default. */
    public Builder agent(String agent) {
      Objects.requireNonNull(agent, "agent");
      if (agent.isBlank()) {
        throw new IllegalArgumentException("agent: must not be blank");
      }
      this.agent = agent;
      return this;
    }

    /** Told of each file done; nothing by default. */
    public Builder progress(Progress progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** The pipeline. */
    public Ingest build() {
      return new Ingest(this);
    }
  }
}
