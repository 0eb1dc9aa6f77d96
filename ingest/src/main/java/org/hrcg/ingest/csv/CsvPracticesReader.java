package org.hrcg.ingest.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.hrcg.ingest.CaseStudyReader;
import org.hrcg.ingest.Locations;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.ingest.concepts.ConceptIndex;
import org.hrcg.ingest.concepts.Suggestions;
import org.hrcg.model.domain.Actor;
import org.hrcg.model.domain.CaseStudy;
import org.hrcg.model.domain.CaseStudyContent;
import org.hrcg.model.domain.CaseStudyMapper;
import org.hrcg.model.domain.LangString;
import org.hrcg.model.domain.Practice;
import org.hrcg.model.domain.Territory;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.Kind;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.iri.Slugs;
import org.hrcg.model.vocab.HRC;
import org.hrcg.model.vocab.PROV;

/**
 * Reads practices in bulk from a CSV file (RFC 4180, UTF-8, a header row, one practice a row), and
 * maps them through the same records and {@link CaseStudyMapper} as the YAML case studies.
 *
 * <p>Columns, in kebab-case; {@link #REQUIRED_COLUMNS} must be in the header, the others may be,
 * and a column not in {@link #COLUMNS} is an error:
 *
 * <ul>
 *   <li>the case study: {@code case-study} (its slug, which names the graph), {@code
 *       case-study-title}, {@code case-study-publisher} (an actor slug defined in the case study's
 *       rows), {@code case-study-issued} (YYYY-MM-DD), {@code case-study-source} (an absolute
 *       http(s) URL), {@code case-study-language} (a BCP 47 tag; texts are in this language,
 *       English when it is empty). Rows are grouped by {@code case-study} into one graph each. The
 *       other {@code case-study-*} cells must agree across the rows of a case study: a value may be
 *       given on one row and left empty on the others, but two different values are an error.
 *   <li>the practice: {@code slug}, {@code label}, {@code description}, {@code label-es}, {@code
 *       label-fr}, {@code label-pt}; {@code themes}, {@code rights}, {@code target-groups}, {@code
 *       instruments}: concept slugs of their schemes.
 *   <li>its territory: {@code territory} (a slug), {@code territory-label}, {@code territory-type}
 *       ({@code city}, {@code region}, {@code country} or {@code territory}, the default).
 *   <li>its actors: {@code implemented-by} (actor slugs), {@code implemented-by-label} and {@code
 *       implemented-by-type} ({@code person}, {@code local-government} or {@code organization}),
 *       given in the same order as the slugs.
 * </ul>
 *
 * <p>Multi-valued cells ({@code themes}, {@code rights}, {@code target-groups}, {@code instruments}
 * and the three {@code implemented-by} columns) hold values separated by {@code ;}, each trimmed.
 * Territories and actors are defined by their columns: the same slug on several rows is one
 * resource; its label and type may be left empty on all rows but one, and two different labels or
 * types for one slug are an error. Every problem is reported at the line and column of its cell;
 * the line of a row is the line where its record starts, quoted multi-line cells included.
 */
public final class CsvPracticesReader implements CaseStudyReader {

  /** Every column a practices file may have. */
  public static final List<String> COLUMNS =
      List.of(
          "case-study",
          "case-study-title",
          "case-study-publisher",
          "case-study-issued",
          "case-study-source",
          "case-study-language",
          "slug",
          "label",
          "description",
          "label-es",
          "label-fr",
          "label-pt",
          "territory",
          "territory-label",
          "territory-type",
          "themes",
          "rights",
          "target-groups",
          "instruments",
          "implemented-by",
          "implemented-by-label",
          "implemented-by-type");

  /** The columns a practices file must have. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of(
          "case-study",
          "case-study-title",
          "slug",
          "label",
          "territory",
          "territory-label",
          "themes");

  /** The separator of the values of a multi-valued cell. */
  public static final String SEPARATOR = ";";

  private static final List<String> CASE_STUDY_COLUMNS =
      COLUMNS.stream().filter(c -> c.startsWith("case-study-")).toList();

  private static final List<String> LABEL_LANGUAGES = List.of("es", "fr", "pt");

  /** Concept columns and their schemes. */
  private static final Map<String, String> CONCEPT_COLUMNS =
      orderedMap(
          "themes",
          "theme",
          "rights",
          "right",
          "target-groups",
          "target-group",
          "instruments",
          "instrument");

  private static final Map<String, Property> CONCEPT_PROPERTIES =
      Map.of(
          "themes", HRC.theme,
          "rights", HRC.addressesRight,
          "target-groups", HRC.targetGroup,
          "instruments", HRC.instrument);

  private static final Map<String, Territory.Type> TERRITORY_TYPES =
      Map.of(
          "city", Territory.Type.CITY,
          "region", Territory.Type.REGION,
          "country", Territory.Type.COUNTRY,
          "territory", Territory.Type.TERRITORY);

  private static final Map<String, Actor.Type> ACTOR_TYPES =
      Map.of(
          "person", Actor.Type.PERSON,
          "local-government", Actor.Type.LOCAL_GOVERNMENT,
          "organization", Actor.Type.ORGANIZATION);

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)\\s*");
  private static final Pattern AT_LINE = Pattern.compile("\\s*at line: (\\d+), position: (\\d+)");

  private final CaseStudyMapper mapper;
  private final ConceptIndex concepts;

  /** A reader for the published base and the bundled concept schemes. */
  public CsvPracticesReader() {
    this(new CaseStudyMapper(IriMinter.defaults()), ConceptIndex.defaults());
  }

  /** A reader that maps with this mapper and checks concept slugs against this index. */
  public CsvPracticesReader(CaseStudyMapper mapper, ConceptIndex concepts) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.concepts = Objects.requireNonNull(concepts, "concepts");
  }

  @Override
  public ReadOutcome read(SourceFile file) {
    Objects.requireNonNull(file, "file");
    try {
      return new Run(file).read();
    } catch (RuntimeException e) {
      // A reader never throws for bad input; anything the checks above missed is still a problem
      // of this file, not a crash of the run.
      return ReadOutcome.failed(
          List.of(Problem.error(file.path(), Position.START, "CSV cannot be read: " + e)));
    }
  }

  // ---- one file

  /** One row: its record, where it starts, and where each of its cells starts. */
  private record Row(CSVRecord record, Position position, Position[] cells) {}

  /** A value given in a cell, and the row and place that gave it. */
  private record Given(String value, Row row, Position position) {}

  /** A territory or actor as its rows define it. */
  private static final class Definition {
    final String slug;
    final Row row;
    final Position position;
    Given label;
    Given type;
    boolean excused;

    Definition(String slug, Row row, Position position) {
      this.slug = slug;
      this.row = row;
      this.position = position;
    }
  }

  /** A practice that was read, with the row it came from. */
  private record PracticeRow(Practice practice, Row row) {}

  private final class Run {
    private final SourceFile file;
    private final CsvText text;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<String, List<Row>> caseStudies = new LinkedHashMap<>();

    Run(SourceFile file) {
      this.file = file;
      this.text = new CsvText(file.text());
    }

    ReadOutcome read() {
      if (!parse()) {
        return ReadOutcome.failed(sorted());
      }
      List<SourceGraph> graphs = new ArrayList<>();
      caseStudies.forEach((slug, rows) -> caseStudy(slug, rows).ifPresent(graphs::add));
      return new ReadOutcome(graphs, sorted());
    }

    // ---- the CSV syntax and the header

    /** Reads the header and groups the rows by case study; false when the file cannot be read. */
    private boolean parse() {
      int lastLine = 0;
      try (CSVParser parser = CSVParser.parse(new StringReader(file.text()), FORMAT)) {
        Iterator<CSVRecord> records = parser.iterator();
        boolean header = true;
        int rows = 0;
        while (records.hasNext()) {
          CSVRecord record = records.next();
          lastLine = (int) parser.getCurrentLineNumber();
          if (header) {
            header = false;
            if (!header(record)) {
              return false;
            }
            continue;
          }
          rows++;
          group(record);
        }
        if (header) {
          error(
              Position.START, "no header: a CSV file starts with a header row naming its columns");
          return false;
        }
        if (rows == 0) {
          error(
              new Position(Math.min(lastLine + 1, text.lines()), 0),
              "no rows: the header is followed by no practice (one practice a row)");
          return false;
        }
        return true;
      } catch (UncheckedIOException | IOException e) {
        malformed(e instanceof UncheckedIOException u ? u.getCause() : e, lastLine + 1);
        return false;
      }
    }

    private void malformed(Throwable cause, int fallbackLine) {
      String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
      int line = fallbackLine;
      Matcher start = START_LINE.matcher(message);
      if (start.find()) {
        line = Integer.parseInt(start.group(1));
        message = start.replaceFirst("");
      }
      int column = 0;
      Matcher at = AT_LINE.matcher(message);
      if (at.find()) {
        line = Integer.parseInt(at.group(1));
        column = Integer.parseInt(at.group(2));
        message = at.replaceFirst("");
      }
      String hint = "";
      if (message.contains("EOF reached before encapsulated token finished")) {
        hint = ": a quoted cell is never closed (unbalanced '\"')";
      } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
        hint = ": text follows the closing quote of a quoted cell";
      }
      error(
          new Position(Math.max(1, Math.min(line, text.lines())), Math.max(0, column)),
          "malformed CSV" + hint + " (" + message.strip() + ")");
    }

    private boolean header(CSVRecord record) {
      Position[] cells = cells(record);
      boolean ok = true;
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < record.size(); i++) {
        String name = record.get(i).strip();
        Position at = cells[i];
        if (name.isEmpty()) {
          error(at, "header: column " + (i + 1) + " has no name");
          ok = false;
        } else if (!COLUMNS.contains(name)) {
          error(
              at, "header: unknown column '" + name + "'" + Suggestions.didYouMean(name, COLUMNS));
          ok = false;
        } else if (seen.containsKey(name)) {
          error(
              at,
              "header: column '"
                  + name
                  + "' appears twice (columns "
                  + (seen.get(name) + 1)
                  + " and "
                  + (i + 1)
                  + ")");
          ok = false;
        } else {
          seen.put(name, i);
        }
      }
      for (String required : REQUIRED_COLUMNS) {
        if (!seen.containsKey(required)) {
          error(new Position(cells[0].line(), 0), "header: missing column '" + required + "'");
          ok = false;
        }
      }
      for (String dependent : List.of("implemented-by-label", "implemented-by-type")) {
        if (seen.containsKey("implemented-by") && !seen.containsKey(dependent)) {
          error(
              new Position(cells[0].line(), 0),
              "header: missing column '" + dependent + "', which 'implemented-by' needs");
          ok = false;
        }
      }
      columns.putAll(seen);
      return ok;
    }

    private void group(CSVRecord record) {
      Row row = new Row(record, text.position(start(record)), cells(record));
      if (record.size() != columns.size()) {
        error(
            new Position(row.position().line(), 0),
            "row has "
                + record.size()
                + " cells, the header has "
                + columns.size()
                + ": every row has one cell a column");
        return;
      }
      if (!plainText(row)) {
        return;
      }
      String slug = cell(row, "case-study");
      if (slug.isEmpty()) {
        error(
            at(row, "case-study"), "case-study: empty: every row names the case study it is from");
        return;
      }
      if (!slug(row, "case-study", slug)) {
        return;
      }
      if (ReservedGraph.isReserved(slug)) {
        error(
            at(row, "case-study"),
            "case-study: '" + slug + "' names a reserved graph, not a case study");
        return;
      }
      caseStudies.computeIfAbsent(slug, s -> new ArrayList<>()).add(row);
    }

    /**
     * Whether every cell of the row is free of control characters (line breaks and tabs aside),
     * which would reach labels and terminals; each one found is reported at its cell.
     */
    private boolean plainText(Row row) {
      boolean plain = true;
      for (int i = 0; i < row.record().size(); i++) {
        String value = row.record().get(i);
        for (int j = 0; j < value.length(); j++) {
          char c = value.charAt(j);
          if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
            error(
                row.cells()[i],
                String.format("the cell holds the control character U+%04X; remove it", (int) c));
            plain = false;
            break;
          }
        }
      }
      return plain;
    }

    private Position[] cells(CSVRecord record) {
      int[] offsets = text.cellOffsets(start(record), record.size());
      Position[] cells = new Position[record.size()];
      Position start = text.position(start(record));
      for (int i = 0; i < cells.length; i++) {
        cells[i] = i < offsets.length ? text.position(offsets[i]) : start;
      }
      return cells;
    }

    /**
     * Where a record starts. After empty lines, which are skipped, Commons CSV may give the offset
     * of the first of them; a record never starts with a line break, so any are passed over.
     */
    private long start(CSVRecord record) {
      return text.skipLineBreaks(record.getCharacterPosition());
    }

    // ---- one case study

    private Optional<SourceGraph> caseStudy(String slug, List<Row> rows) {
      Map<String, Given> values = caseStudyValues(slug, rows);
      Row first = rows.get(0);
      String language = "en";
      String statedLanguage = null;
      Given lang = values.get("case-study-language");
      if (lang != null) {
        if (LangString.isLanguageTag(lang.value())) {
          language = lang.value();
          statedLanguage = lang.value();
        } else {
          error(
              lang.position(),
              "case-study-language: '"
                  + lang.value()
                  + "' is not a BCP 47 language tag such as en");
        }
      }
      Given title = values.get("case-study-title");
      if (title == null) {
        error(
            at(first, "case-study-title"),
            "case-study-title: case study '"
                + slug
                + "' has no title: give it on at least one of its rows");
      }
      LocalDate issued = null;
      Given issuedCell = values.get("case-study-issued");
      if (issuedCell != null) {
        try {
          issued = LocalDate.parse(issuedCell.value());
        } catch (DateTimeParseException e) {
          error(
              issuedCell.position(),
              "case-study-issued: '" + issuedCell.value() + "' is not a date (YYYY-MM-DD)");
        }
      }
      URI source = null;
      Given sourceCell = values.get("case-study-source");
      if (sourceCell != null) {
        source = url(sourceCell);
      }
      Given publisher = values.get("case-study-publisher");
      if (publisher != null && !slug(publisher.row(), "case-study-publisher", publisher.value())) {
        publisher = null;
      }

      Map<String, Definition> territories = new LinkedHashMap<>();
      Map<String, Definition> actors = new LinkedHashMap<>();
      Map<String, Row> practiceRows = new HashMap<>();
      List<PracticeRow> practices = new ArrayList<>();
      for (Row row : rows) {
        practice(row, language, territories, actors, practiceRows).ifPresent(practices::add);
      }
      List<Territory> territoryRecords = territories(territories, language);
      List<Actor> actorRecords = actors(actors, language);
      if (publisher != null && !actors.containsKey(publisher.value())) {
        error(
            publisher.position(),
            "case-study-publisher: actor '"
                + publisher.value()
                + "' is not defined in the rows of case study '"
                + slug
                + "' (define it in implemented-by, implemented-by-label and implemented-by-type)"
                + Suggestions.didYouMean(publisher.value(), actors.keySet()));
        publisher = null;
      }
      if (title == null) {
        return Optional.empty();
      }
      CaseStudy caseStudy =
          new CaseStudy(
              slug,
              new LangString(title.value(), language),
              publisher == null ? null : publisher.value(),
              issued,
              source,
              statedLanguage,
              null,
              null);
      CaseStudyContent.Builder content = CaseStudyContent.builder(caseStudy);
      territoryRecords.forEach(content::territory);
      actorRecords.forEach(content::actor);
      practices.forEach(p -> content.practice(p.practice()));
      Model model;
      try {
        model = mapper.toModel(content.build());
      } catch (IllegalArgumentException e) {
        // the checks above leave nothing for the records to reject; if they do, say so
        error(first.position(), "case study '" + slug + "': " + e.getMessage());
        return Optional.empty();
      }
      Locations locations = new Locations();
      locateCaseStudy(locations, slug, first, values);
      territories.values().forEach(d -> locateDefinition(locations, Kind.TERRITORY, d));
      actors.values().forEach(d -> locateDefinition(locations, Kind.ACTOR, d));
      practices.forEach(p -> locatePractice(locations, p));
      if (practices.isEmpty()) {
        // every row of the case study had an error, reported above
        return Optional.empty();
      }
      return Optional.of(
          new SourceGraph(mapper.minter().graph(slug), model, file.path(), locations));
    }

    /** The case-study-* values of a case study: the first one given in each column. */
    private Map<String, Given> caseStudyValues(String slug, List<Row> rows) {
      Map<String, Given> values = new LinkedHashMap<>();
      for (Row row : rows) {
        for (String column : CASE_STUDY_COLUMNS) {
          String value = cell(row, column);
          if (value.isEmpty()) {
            continue;
          }
          Given earlier = values.get(column);
          if (earlier == null) {
            values.put(column, new Given(value, row, at(row, column)));
          } else if (!earlier.value().equals(value)) {
            error(
                at(row, column),
                column
                    + ": '"
                    + value
                    + "' differs from '"
                    + earlier.value()
                    + "' given for case study '"
                    + slug
                    + "' on line "
                    + earlier.position().line()
                    + ": the case-study columns must agree across the rows of a case study");
          }
        }
      }
      return values;
    }

    private URI url(Given cell) {
      try {
        URI uri = new URI(cell.value());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.isAbsolute()
            && uri.getHost() != null
            && List.of("http", "https").contains(scheme)) {
          return uri;
        }
      } catch (URISyntaxException e) {
        // reported below, as for any other address that is not an absolute http(s) URL
      }
      error(
          cell.position(),
          "case-study-source: '" + cell.value() + "' is not an absolute http or https URL");
      return null;
    }

    // ---- one row: a practice, its territory and its actors

    private Optional<PracticeRow> practice(
        Row row,
        String language,
        Map<String, Definition> territories,
        Map<String, Definition> actors,
        Map<String, Row> practiceRows) {
      String slug = cell(row, "slug");
      if (slug.isEmpty()) {
        error(at(row, "slug"), "slug: empty: every row is one practice and needs its slug");
        return Optional.empty();
      }
      if (!slug(row, "slug", slug)) {
        return Optional.empty();
      }
      Row earlier = practiceRows.putIfAbsent(slug, row);
      if (earlier != null) {
        error(
            at(row, "slug"),
            "slug: practice '"
                + slug
                + "' is already on line "
                + earlier.position().line()
                + " of case study '"
                + cell(row, "case-study")
                + "'");
        return Optional.empty();
      }
      Practice.Builder practice = Practice.builder(slug);
      String label = cell(row, "label");
      if (label.isEmpty()) {
        error(at(row, "label"), "label: empty: practice '" + slug + "' needs a label");
      } else {
        practice.label(new LangString(label, language));
      }
      for (String lang : LABEL_LANGUAGES) {
        String column = "label-" + lang;
        String value = cell(row, column);
        if (value.isEmpty()) {
          continue;
        }
        if (lang.equalsIgnoreCase(language)) {
          error(
              at(row, column),
              column
                  + ": the case study's language is "
                  + language
                  + ", so 'label' already gives the "
                  + lang
                  + " label");
        } else {
          practice.label(new LangString(value, lang));
        }
      }
      String description = cell(row, "description");
      if (!description.isEmpty()) {
        practice.description(new LangString(description, language));
      }
      territory(row, territories).ifPresent(practice::territory);
      for (Map.Entry<String, String> column : CONCEPT_COLUMNS.entrySet()) {
        List<String> slugs = conceptSlugs(row, column.getKey(), column.getValue());
        String[] values = slugs.toArray(String[]::new);
        switch (column.getKey()) {
          case "themes" -> practice.themes(values);
          case "rights" -> practice.rights(values);
          case "target-groups" -> practice.targetGroups(values);
          default -> practice.instruments(values);
        }
      }
      practice.implementedBy(implementers(row, actors).toArray(String[]::new));
      if (label.isEmpty()) {
        // reported above; without its label the practice would only add a second report
        return Optional.empty();
      }
      return Optional.of(new PracticeRow(practice.build(), row));
    }

    private Optional<String> territory(Row row, Map<String, Definition> territories) {
      String slug = cell(row, "territory");
      String label = cell(row, "territory-label");
      String type = cell(row, "territory-type");
      if (slug.isEmpty()) {
        if (!label.isEmpty() || !type.isEmpty()) {
          String column = label.isEmpty() ? "territory-type" : "territory-label";
          error(at(row, column), column + ": given without a territory slug in 'territory'");
        }
        return Optional.empty();
      }
      if (!slug(row, "territory", slug)) {
        return Optional.empty();
      }
      Definition definition =
          territories.computeIfAbsent(slug, s -> new Definition(s, row, at(row, "territory")));
      define(definition, "territory", row, "territory-label", label, true);
      if (!type.isEmpty()) {
        if (TERRITORY_TYPES.containsKey(type)) {
          define(definition, "territory", row, "territory-type", type, false);
        } else {
          error(
              at(row, "territory-type"),
              "territory-type: unknown type '"
                  + type
                  + "'"
                  + Suggestions.didYouMean(type, TERRITORY_TYPES.keySet())
                  + "; the types are city, region, country and territory");
        }
      }
      return Optional.of(slug);
    }

    private List<String> implementers(Row row, Map<String, Definition> actors) {
      if (!columns.containsKey("implemented-by")) {
        return List.of();
      }
      List<String> slugs = split(cell(row, "implemented-by"));
      List<String> labels = splitParallel(cell(row, "implemented-by-label"));
      List<String> types = splitParallel(cell(row, "implemented-by-type"));
      boolean counts = true;
      for (Map.Entry<String, List<String>> parallel :
          Map.of("implemented-by-label", labels, "implemented-by-type", types).entrySet()) {
        if (!parallel.getValue().isEmpty() && parallel.getValue().size() != slugs.size()) {
          error(
              at(row, parallel.getKey()),
              parallel.getKey()
                  + ": "
                  + parallel.getValue().size()
                  + " values for "
                  + slugs.size()
                  + " actors in 'implemented-by': give one value per actor, in the same order, or none");
          counts = false;
        }
      }
      List<String> accepted = new ArrayList<>();
      for (int i = 0; i < slugs.size(); i++) {
        String slug = slugs.get(i);
        if (!slug(row, "implemented-by", slug)) {
          continue;
        }
        accepted.add(slug);
        Definition definition =
            actors.computeIfAbsent(slug, s -> new Definition(s, row, at(row, "implemented-by")));
        if (counts && !labels.isEmpty()) {
          define(definition, "actor", row, "implemented-by-label", labels.get(i), true);
        }
        if (!counts) {
          // the count is reported; which label or type goes with which actor is unknown
          definition.excused = true;
        }
        if (counts && !types.isEmpty() && !types.get(i).isEmpty()) {
          String type = types.get(i);
          if (ACTOR_TYPES.containsKey(type)) {
            define(definition, "actor", row, "implemented-by-type", type, false);
          } else {
            error(
                at(row, "implemented-by-type"),
                "implemented-by-type: unknown type '"
                    + type
                    + "' for actor '"
                    + slug
                    + "'"
                    + Suggestions.didYouMean(type, ACTOR_TYPES.keySet())
                    + "; the types are person, local-government and organization");
          }
        }
      }
      return accepted;
    }

    /** Records a label or type of a territory or actor; a different earlier value is an error. */
    private void define(
        Definition definition, String kind, Row row, String column, String value, boolean label) {
      if (value.isEmpty()) {
        return;
      }
      Given given = new Given(value, row, at(row, column));
      Given earlier = label ? definition.label : definition.type;
      if (earlier == null) {
        if (label) {
          definition.label = given;
        } else {
          definition.type = given;
        }
      } else if (!earlier.value().equals(value)) {
        error(
            given.position(),
            column
                + ": '"
                + value
                + "' differs from '"
                + earlier.value()
                + "' given for "
                + kind
                + " '"
                + definition.slug
                + "' on line "
                + earlier.position().line());
      }
    }

    private List<String> conceptSlugs(Row row, String column, String scheme) {
      if (!columns.containsKey(column)) {
        return List.of();
      }
      List<String> accepted = new ArrayList<>();
      for (String slug : split(cell(row, column))) {
        if (concepts.contains(scheme, slug)) {
          if (!accepted.contains(slug)) {
            accepted.add(slug);
          }
        } else {
          error(at(row, column), column + ": " + concepts.unknown(scheme, slug));
        }
      }
      return accepted;
    }

    private List<Territory> territories(Map<String, Definition> definitions, String language) {
      List<Territory> territories = new ArrayList<>();
      for (Definition d : definitions.values()) {
        if (d.label == null) {
          error(
              d.position,
              "territory-label: territory '"
                  + d.slug
                  + "' has no label: give territory-label on at least one of its rows");
          continue;
        }
        Territory.Type type =
            d.type == null ? Territory.Type.TERRITORY : TERRITORY_TYPES.get(d.type.value());
        territories.add(
            new Territory(
                d.slug,
                List.of(new LangString(d.label.value(), language)),
                type,
                List.of(),
                null,
                null,
                null));
      }
      return territories;
    }

    private List<Actor> actors(Map<String, Definition> definitions, String language) {
      List<Actor> actors = new ArrayList<>();
      for (Definition d : definitions.values()) {
        if (d.excused && (d.label == null || d.type == null)) {
          continue;
        }
        boolean ok = true;
        if (d.label == null) {
          error(
              d.position,
              "implemented-by-label: actor '"
                  + d.slug
                  + "' has no label: give implemented-by-label on at least one of its rows");
          ok = false;
        }
        if (d.type == null) {
          error(
              d.position,
              "implemented-by-type: actor '"
                  + d.slug
                  + "' has no type: give implemented-by-type (person, local-government or"
                  + " organization) on at least one of its rows");
          ok = false;
        }
        if (ok) {
          actors.add(
              new Actor(
                  d.slug,
                  List.of(new LangString(d.label.value(), language)),
                  ACTOR_TYPES.get(d.type.value()),
                  null,
                  List.of(),
                  List.of(),
                  List.of()));
        }
      }
      return actors;
    }

    // ---- locations

    private void locateCaseStudy(
        Locations locations, String slug, Row first, Map<String, Given> values) {
      Node subject = node(mapper.minter().caseStudy(slug));
      locations.subject(subject, first.position());
      locations.property(subject, RDF.type.asNode(), at(first, "case-study"));
      Map<String, List<Property>> properties =
          Map.of(
              "case-study-title", List.of(DCTerms.title, RDFS.label),
              "case-study-publisher", List.of(DCTerms.publisher),
              "case-study-issued", List.of(DCTerms.issued),
              "case-study-source", List.of(DCTerms.source),
              "case-study-language", List.of(DCTerms.language));
      properties.forEach(
          (column, predicates) -> {
            Given given = values.get(column);
            if (given != null) {
              predicates.forEach(p -> locations.property(subject, p.asNode(), given.position()));
            }
          });
    }

    private void locateDefinition(Locations locations, Kind kind, Definition definition) {
      Node subject = node(mapper.minter().resource(kind, definition.slug));
      locations.subject(subject, definition.position);
      if (definition.label != null) {
        locations.property(subject, RDFS.label.asNode(), definition.label.position());
      }
      Position typed = definition.type != null ? definition.type.position() : definition.position;
      locations.property(subject, RDF.type.asNode(), typed);
      locations.property(subject, PROV.wasDerivedFrom.asNode(), at(definition.row, "case-study"));
    }

    private void locatePractice(Locations locations, PracticeRow practice) {
      Row row = practice.row();
      Node subject = node(mapper.minter().resource(Kind.PRACTICE, practice.practice().slug()));
      locations.subject(subject, row.position());
      locations.property(subject, RDF.type.asNode(), at(row, "slug"));
      locations.property(subject, RDFS.label.asNode(), at(row, "label"));
      locations.property(subject, PROV.wasDerivedFrom.asNode(), at(row, "case-study"));
      locations.property(subject, HRC.territory.asNode(), at(row, "territory"));
      locations.property(subject, HRC.implementedBy.asNode(), at(row, "implemented-by"));
      locations.property(subject, DCTerms.description.asNode(), at(row, "description"));
      CONCEPT_PROPERTIES.forEach(
          (column, property) -> locations.property(subject, property.asNode(), at(row, column)));
    }

    // ---- cells

    /** The trimmed text of a row's cell, or "" when the file has no such column. */
    private String cell(Row row, String column) {
      Integer index = columns.get(column);
      if (index == null || index >= row.record().size()) {
        return "";
      }
      return row.record().get(index).strip();
    }

    /** Where a row's cell starts, or where the row starts when the file has no such column. */
    private Position at(Row row, String column) {
      Integer index = columns.get(column);
      if (index == null || index >= row.cells().length) {
        return row.position();
      }
      return row.cells()[index];
    }

    private boolean slug(Row row, String column, String value) {
      if (Slugs.isValid(value)) {
        return true;
      }
      error(
          at(row, column),
          column
              + ": '"
              + value
              + "' is not a slug (lower-case ASCII letters and digits joined by single hyphens,"
              + " such as 'sao-paulo')");
      return false;
    }

    private void error(Position at, String message) {
      problems.add(Problem.error(file.path(), at, message));
    }

    private List<Problem> sorted() {
      List<Problem> copy = new ArrayList<>(problems);
      copy.sort(
          Comparator.comparingInt((Problem p) -> p.position().line())
              .thenComparingInt(p -> p.position().column()));
      return copy;
    }
  }

  /**
   * The values of a multi-valued cell: split on {@value #SEPARATOR}, trimmed, empty ones dropped.
   */
  static List<String> split(String cell) {
    return Arrays.stream(cell.split(SEPARATOR, -1))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * The values of a cell that runs parallel to {@code implemented-by}: split on {@value #SEPARATOR}
   * and trimmed, empty ones kept (an actor defined on another row), none when the cell is empty.
   */
  static List<String> splitParallel(String cell) {
    return cell.isBlank()
        ? List.of()
        : Arrays.stream(cell.split(SEPARATOR, -1)).map(String::strip).toList();
  }

  private static Node node(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
