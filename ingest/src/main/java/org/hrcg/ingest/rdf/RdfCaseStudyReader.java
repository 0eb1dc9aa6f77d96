package org.hrcg.ingest.rdf;

import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;
import org.hrcg.ingest.CaseStudyReader;
import org.hrcg.ingest.Locations;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.Kind;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.iri.ResourceId;
import org.hrcg.model.vocab.HRC;

/**
 * Reads an RDF file that describes one case study, and keeps it as given: the graph holds exactly
 * the statements of the file, nothing added or mapped.
 *
 * <p>Syntax by extension: {@code .ttl} Turtle, {@code .trig} TriG, {@code .nt} N-Triples, {@code
 * .nq} N-Quads, {@code .jsonld} JSON-LD 1.1, {@code .rdf} and {@code .owl} RDF/XML.
 *
 * <p>The file must describe exactly one subject typed {@code hrc:CaseStudy}, named {@code
 * {base}id/case-study/{slug}}; its statements go to the graph {@code {base}graph/{slug}}. A file
 * with none, or with several, is rejected.
 *
 * <p>Quad formats (TriG, N-Quads, JSON-LD with {@code @graph} names): a quad may be in the default
 * graph or in {@code {base}graph/{slug}}, the graph of the file's own case study; both end up in
 * that one graph. A quad that names any other graph is an error naming that graph: a file cannot
 * write into another source's graph, the curation graph or a reserved graph.
 *
 * <p>Safety, so that reading a file never reaches beyond its text:
 *
 * <ul>
 *   <li>Relative IRIs are errors. The parser resolves against no real base: a reference that only
 *       the file's location could resolve is reported with its text. A base the file declares
 *       itself ({@code @base}, {@code xml:base}, {@code @base} in a JSON-LD context) is allowed,
 *       since it makes the IRIs absolute within the file.
 *   <li>Every IRI must be a valid absolute IRI of one of the schemes {@link #IRI_SCHEMES} ({@code
 *       http}, {@code https}, {@code urn}, {@code mailto}, {@code tag}); {@code javascript:},
 *       {@code file:}, {@code data:} and the rest are errors, as are IRIs with spaces or other
 *       characters that IRIs cannot hold.
 *   <li>JSON-LD: remote contexts are never fetched. Only the contexts of {@link JsonLdContexts} are
 *       served, from bundled copies; any other {@code @context} or {@code @import} URL is an error
 *       naming it.
 *   <li>RDF/XML: a DOCTYPE with an external DTD or an external entity is an error, found before the
 *       RDF/XML parser runs, and nothing it names is opened. Internal entities are allowed.
 * </ul>
 *
 * <p>Locations: each subject is located at the line of its first statement, as the parser reports
 * it (for RDF/XML, the line of the property element). The JSON-LD parser reports no positions, so a
 * JSON-LD subject is located at the first {@code "@id"} (or {@code "id"}) whose value is its IRI,
 * in full or as a compact IRI ending the same way; subjects that cannot be found so have no
 * location.
 */
public final class RdfCaseStudyReader implements CaseStudyReader {

  /** Syntax by file extension. */
  public static final Map<String, Lang> SYNTAXES =
      Map.of(
          "ttl", Lang.TURTLE,
          "trig", Lang.TRIG,
          "nt", Lang.NTRIPLES,
          "nq", Lang.NQUADS,
          "jsonld", Lang.JSONLD,
          "rdf", Lang.RDFXML,
          "owl", Lang.RDFXML);

  /** The IRI schemes an RDF file may use. */
  public static final List<String> IRI_SCHEMES = List.of("http", "https", "urn", "mailto", "tag");

  /**
   * The base the parsers resolve against. Its scheme is not one of {@link #IRI_SCHEMES}, so every
   * IRI resolved against it, a network-path reference ({@code //host/x}) included, fails the scheme
   * check and is reported as relative.
   */
  static final String NO_BASE_SCHEME = "x-hrcg-no-base";

  static final String NO_BASE = NO_BASE_SCHEME + "://relative/";

  private static final String ONE_CASE_STUDY =
      "an RDF file must describe exactly one case study, its source";

  private final IriMinter minter;

  /** A reader for the published base, {@code https://w3id.org/hrcg/}. */
  public RdfCaseStudyReader() {
    this(IriMinter.defaults());
  }

  /** A reader whose case-study and graph IRIs are under this minter's base. */
  public RdfCaseStudyReader(IriMinter minter) {
    this.minter = Objects.requireNonNull(minter, "minter");
  }

  /** Whether a file name's extension is one this reader reads. */
  public static boolean accepts(String extension) {
    return SYNTAXES.containsKey(Objects.requireNonNull(extension, "extension"));
  }

  @Override
  public ReadOutcome read(SourceFile file) {
    Objects.requireNonNull(file, "file");
    Lang lang = SYNTAXES.get(file.extension());
    if (lang == null) {
      return ReadOutcome.failed(
          List.of(
              Problem.error(
                  file.path(),
                  Position.START,
                  "not an RDF file: extension '."
                      + file.extension()
                      + "' (expected one of .ttl, .trig, .nt, .nq, .jsonld, .rdf, .owl)")));
    }
    try {
      return new Run(file, lang).read();
    } catch (RuntimeException e) {
      // A reader never throws for bad input; whatever the parser threw past its error handler is
      // still a problem of this file.
      return ReadOutcome.failed(
          List.of(
              Problem.error(
                  file.path(),
                  Position.START,
                  lang.getLabel() + " cannot be read: " + e.getMessage())));
    }
  }

  /** The text of an IRI as the file wrote it, when it was relative and resolved against nothing. */
  static String display(String iri) {
    if (iri.startsWith(NO_BASE)) {
      return iri.substring(NO_BASE.length());
    }
    if (iri.startsWith(NO_BASE_SCHEME + ":")) {
      return iri.substring(NO_BASE_SCHEME.length() + 1);
    }
    return iri;
  }

  private static String clean(String message) {
    return message == null
        ? "(no message)"
        : message.replace(NO_BASE, "").replace(NO_BASE_SCHEME + ":", "");
  }

  /** One statement of the file, with the graph it named and where it was written. */
  private record Statement(Node graph, Triple triple, Position position) {}

  /** Thrown out of the parser on a fatal error, after the error handler recorded it. */
  private static final class Stop extends RiotParseException {
    private static final long serialVersionUID = 1L;

    Stop(String message, long line, long column) {
      super(message, line, column);
    }
  }

  /** The state of reading one file. */
  private final class Run extends StreamRDFBase implements ErrorHandler {
    private final SourceFile file;
    private final Lang lang;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Integer> errorLines = new HashSet<>();
    private final Map<String, Optional<String>> checkedIris = new HashMap<>();
    private final List<Statement> statements = new ArrayList<>();
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final JsonLdContexts.Loader loader = new JsonLdContexts.Loader();
    private PositionProfile profile;
    private JsonLdPositions jsonLdPositions;

    Run(SourceFile file, Lang lang) {
      this.file = file;
      this.lang = lang;
    }

    ReadOutcome read() {
      if (lang.equals(Lang.RDFXML)) {
        List<XmlDoctypeCheck.Finding> findings = XmlDoctypeCheck.check(file.text());
        if (!findings.isEmpty()) {
          findings.forEach(
              f -> problems.add(Problem.error(file.path(), f.position(), f.message())));
          return ReadOutcome.failed(problems);
        }
      }
      if (!parse()) {
        return ReadOutcome.failed(sorted());
      }
      Optional<String> slug = caseStudySlug();
      if (slug.isEmpty()) {
        return ReadOutcome.failed(sorted());
      }
      String graphIri = minter.graph(slug.get());
      Model model = ModelFactory.createDefaultModel();
      model.setNsPrefixes(prefixes);
      Locations locations = new Locations();
      Map<Node, Position> refusedGraphs = new LinkedHashMap<>();
      for (Statement statement : statements) {
        Node graph = statement.graph();
        if (!Quad.isDefaultGraph(graph) && !(graph.isURI() && graph.getURI().equals(graphIri))) {
          refusedGraphs.putIfAbsent(graph, position(statement.position(), graph));
          continue;
        }
        Triple triple = statement.triple();
        model.getGraph().add(triple);
        Position at = statement.position();
        if (at != null) {
          locations.property(triple.getSubject(), triple.getPredicate(), at);
        } else {
          jsonLdPosition(triple.getSubject())
              .ifPresent(p -> locations.subject(triple.getSubject(), p));
        }
      }
      refusedGraphs.forEach(
          (graph, at) ->
              error(
                  at,
                  (graph.isBlank() ? "a graph named by a blank node" : "graph " + describe(graph))
                      + ": a quad may name only the default graph or <"
                      + graphIri
                      + ">, the graph of this file's case study"));
      return new ReadOutcome(
          List.of(new SourceGraph(graphIri, model, file.path(), locations)), sorted());
    }

    /** Parses the file; false when the parser stopped on a fatal error. */
    private boolean parse() {
      Context context = new Context();
      IRIxResolver resolver =
          IRIxResolver.create().base(NO_BASE).resolve(true).allowRelative(false).build();
      profile = new PositionProfile(RiotLib.factoryRDF(), this, resolver, context);
      if (lang.equals(Lang.JSONLD)) {
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setBase(URI.create(NO_BASE));
        // Left on, Titanium drops statements with malformed IRIs with no more than a log line;
        // off, they reach the IRI checks here and are reported.
        options.setUriValidation(UriValidationPolicy.None);
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
      }
      if (lang.equals(Lang.JSONLD)) {
        OptionalInt deep = JsonNesting.tooDeep(file.text(), JsonNesting.MAX_DEPTH);
        if (deep.isPresent()) {
          error(
              JsonLdPositions.positionOf(file.text(), deep.getAsInt()),
              "JSON nests deeper than "
                  + JsonNesting.MAX_DEPTH
                  + " levels of arrays and objects; a case study needs few");
          return false;
        }
      }
      ReaderRIOT reader = RDFParserRegistry.getFactory(lang).create(lang, profile);
      try {
        if (lang.equals(Lang.JSONLD)) {
          reader.read(
              new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)),
              NO_BASE,
              lang.getContentType(),
              this,
              context);
        } else {
          reader.read(new StringReader(file.text()), NO_BASE, lang.getContentType(), this, context);
        }
      } catch (Stop e) {
        return false;
      } catch (RiotException e) {
        if (!refusedContexts() && !hasErrors()) {
          error(Position.START, lang.getLabel() + " syntax error: " + clean(e.getMessage()));
        }
        return false;
      }
      return !refusedContexts();
    }

    private boolean refusedContexts() {
      List<String> refused = loader.refused();
      if (refused.isEmpty()) {
        return false;
      }
      Set<String> reported = new HashSet<>();
      for (String url : refused) {
        if (reported.add(url)) {
          String shown = display(url);
          error(
              textPosition(shown).orElse(Position.START),
              "JSON-LD context <"
                  + shown
                  + "> is not fetched: remote contexts are refused; only the bundled contexts "
                  + JsonLdContexts.bundled().keySet()
                  + " can be named");
        }
      }
      return true;
    }

    private boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }

    // ---- the case study

    private Optional<String> caseStudySlug() {
      Node type = RDF.type.asNode();
      Node caseStudy = HRC.CaseStudy.asNode();
      Map<Node, Position> found = new LinkedHashMap<>();
      for (Statement statement : statements) {
        Triple t = statement.triple();
        if (t.getPredicate().equals(type) && t.getObject().equals(caseStudy)) {
          found.putIfAbsent(t.getSubject(), position(statement.position(), t.getSubject()));
        }
      }
      if (found.isEmpty()) {
        error(Position.START, "no hrc:CaseStudy: " + ONE_CASE_STUDY);
        return Optional.empty();
      }
      if (found.size() > 1) {
        List<Node> subjects = new ArrayList<>(found.keySet());
        StringBuilder names = new StringBuilder();
        for (Node subject : subjects) {
          names.append(names.isEmpty() ? "" : ", ").append(describe(subject));
        }
        error(
            found.get(subjects.get(1)),
            subjects.size()
                + " subjects are typed hrc:CaseStudy ("
                + names
                + "): "
                + ONE_CASE_STUDY);
        return Optional.empty();
      }
      Map.Entry<Node, Position> only = found.entrySet().iterator().next();
      Node subject = only.getKey();
      String form = "<" + minter.base() + "id/" + Kind.CASE_STUDY.path() + "/{slug}>";
      Optional<ResourceId> id = subject.isURI() ? minter.parse(subject.getURI()) : Optional.empty();
      if (id.isEmpty() || id.get().kind() != Kind.CASE_STUDY) {
        error(
            only.getValue(),
            "hrc:CaseStudy "
                + describe(subject)
                + " is not a case-study IRI: it must be "
                + form
                + ", whose slug names the file's graph");
        return Optional.empty();
      }
      String slug = id.get().slug();
      if (ReservedGraph.isReserved(slug)) {
        error(
            only.getValue(),
            "hrc:CaseStudy "
                + describe(subject)
                + ": slug '"
                + slug
                + "' names a reserved graph, not a source's graph");
        return Optional.empty();
      }
      return Optional.of(slug);
    }

    // ---- StreamRDF: what the parser sends

    @Override
    public void triple(Triple triple) {
      add(Quad.defaultGraphNodeGenerated, triple);
    }

    @Override
    public void quad(Quad quad) {
      add(quad.getGraph(), quad.asTriple());
    }

    @Override
    public void prefix(String prefix, String iri) {
      if (iri != null && problemOf(iri).isEmpty()) {
        prefixes.put(prefix, iri);
      }
    }

    private void add(Node graph, Triple triple) {
      Position at = profile.last();
      if (!Quad.isDefaultGraph(graph)) {
        check(graph, at);
      }
      check(triple, at);
      statements.add(new Statement(graph, triple, at));
    }

    private void check(Triple triple, Position at) {
      check(triple.getSubject(), at);
      check(triple.getPredicate(), at);
      check(triple.getObject(), at);
    }

    private void check(Node node, Position at) {
      if (node == null) {
        return;
      }
      if (node.isURI()) {
        checkIri(node.getURI(), at);
      } else if (node.isLiteral()) {
        String datatype = node.getLiteralDatatypeURI();
        if (datatype != null) {
          checkIri(datatype, at);
        }
      } else if (node.isTripleTerm()) {
        check(node.getTriple(), at);
      }
    }

    private void checkIri(String iri, Position at) {
      if (checkedIris.containsKey(iri)) {
        return;
      }
      Optional<String> problem = problemOf(iri);
      checkedIris.put(iri, problem);
      if (problem.isPresent()) {
        Position where = at != null ? at : textPosition(display(iri)).orElse(Position.START);
        // The parser has already said what is wrong with a malformed IRI on that line.
        boolean relative = iri.startsWith(NO_BASE_SCHEME + ":");
        if (relative || at == null || !errorLines.contains(where.line())) {
          error(where, problem.get());
        }
      }
    }

    // ---- ErrorHandler: what the parser reports

    @Override
    public void warning(String message, long line, long col) {
      if (message != null && message.contains("Spaces are not legal")) {
        // the IRI checks report such an IRI as an error, with its position
        return;
      }
      add(Problem.warning(file.path(), at(line, col), lang.getLabel() + ": " + clean(message)));
    }

    @Override
    public void error(String message, long line, long col) {
      if (!loader.refused().isEmpty()) {
        // the refused context is the cause; it is reported with its URL
        return;
      }
      Position at = at(line, col);
      errorLines.add(at.line());
      error(at, lang.getLabel() + " syntax error: " + clean(message));
    }

    @Override
    public void fatal(String message, long line, long col) {
      error(message, line, col);
      throw new Stop(message, line, col);
    }

    // ---- positions and messages

    private void error(Position at, String message) {
      add(Problem.error(file.path(), at, message));
    }

    private void add(Problem problem) {
      // Some parsers report a fatal error both where it is found and where it stops them.
      if (!problems.contains(problem)) {
        problems.add(problem);
      }
    }

    private List<Problem> sorted() {
      List<Problem> copy = new ArrayList<>(problems);
      copy.sort(
          Comparator.comparingInt((Problem p) -> p.position().line())
              .thenComparingInt(p -> p.position().column()));
      return copy;
    }

    private Position position(Position parsed, Node subject) {
      if (parsed != null) {
        return parsed;
      }
      return jsonLdPosition(subject).orElse(Position.START);
    }

    private Optional<Position> jsonLdPosition(Node subject) {
      if (!subject.isURI()) {
        return Optional.empty();
      }
      if (jsonLdPositions == null) {
        jsonLdPositions = JsonLdPositions.of(file.text());
      }
      return jsonLdPositions.find(subject.getURI(), display(subject.getURI()));
    }

    private Optional<Position> textPosition(String needle) {
      if (needle.isEmpty()) {
        return Optional.empty();
      }
      String text = file.text();
      int at = text.indexOf("\"" + needle + "\"");
      at = at >= 0 ? at + 1 : text.indexOf(needle);
      return at < 0 ? Optional.empty() : Optional.of(JsonLdPositions.positionOf(text, at));
    }
  }

  private static Position at(long line, long col) {
    if (line < 1 || line > Integer.MAX_VALUE) {
      return Position.START;
    }
    return new Position((int) line, col >= 1 && col <= Integer.MAX_VALUE ? (int) col : 0);
  }

  private static String describe(Node node) {
    if (node.isURI()) {
      return "<" + display(node.getURI()) + ">";
    }
    if (node.isBlank()) {
      return "a blank node";
    }
    return node.toString();
  }

  /** Why an IRI is not accepted, or empty when it is. */
  static Optional<String> problemOf(String iri) {
    if (iri.startsWith(NO_BASE_SCHEME + ":")) {
      return Optional.of(
          "relative IRI <"
              + display(iri)
              + ">: IRIs must be absolute, or the file must declare its own base");
    }
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c <= ' '
          || c == '<'
          || c == '>'
          || c == '"'
          || c == '{'
          || c == '}'
          || c == '|'
          || c == '\\'
          || c == '^'
          || c == '`'
          || Character.isWhitespace(c)) {
        return Optional.of(
            "IRI <"
                + iri
                + "> is not valid: it holds "
                + describeChar(c)
                + " at position "
                + (i + 1));
      }
    }
    IRIx parsed;
    try {
      parsed = IRIx.create(iri);
    } catch (IRIException e) {
      return Optional.of("IRI <" + iri + "> is not valid: " + e.getMessage());
    }
    String scheme = parsed.scheme();
    if (scheme == null) {
      return Optional.of(
          "relative IRI <"
              + iri
              + ">: IRIs must be absolute, or the file must declare its own base");
    }
    if (!IRI_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
      return Optional.of(
          "IRI <"
              + iri
              + ">: scheme '"
              + scheme
              + "' is not accepted; IRIs must use one of "
              + String.join(", ", IRI_SCHEMES));
    }
    return Optional.empty();
  }

  private static String describeChar(char c) {
    return c == ' '
        ? "a space"
        : Character.isWhitespace(c) || c < ' '
            ? String.format(Locale.ROOT, "the control character U+%04X", (int) c)
            : "'" + c + "'";
  }
}
