package org.hrcg.ingest.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.vocab.HrcgPrefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hrcg query}: SPARQL against a store, a directory or a remote dataset. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) against the store. The default"
          + " graph is the union of all named graphs; GRAPH reaches each one.",
      "Formats: table, json, csv, tsv for SELECT and ASK; turtle (the default for table), nt or"
          + " json (JSON-LD) for CONSTRUCT and DESCRIBE."
    })
final class QueryCommand extends Subcommand {

  /** The output formats. */
  enum Format {
    table,
    json,
    csv,
    tsv,
    turtle,
    nt
  }

  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "The query text (or use --file).")
  String text;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "Read the query from this file.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin StoreOptions store;

  @Override
  int execute() throws IOException {
    Query query = parse(queryText());
    boolean graphResult = query.isConstructType() || query.isDescribeType();
    if (!graphResult && !(query.isSelectType() || query.isAskType())) {
      throw usage("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
    }
    if (graphResult && (format == Format.csv || format == Format.tsv)) {
      throw usage("--format " + format + " is for SELECT and ASK; use turtle, nt or json");
    }
    if (!graphResult && (format == Format.turtle || format == Format.nt)) {
      throw usage(
          "--format " + format + " is for CONSTRUCT and DESCRIBE; use table, json, csv or tsv");
    }
    try (GraphStore opened = store.openForReading();
        OutputStream stream = new WriterOutputStream(out())) {
      opened.query(
          query,
          execution -> {
            write(query, execution, stream);
            return null;
          });
    }
    return OK;
  }

  private String queryText() throws IOException {
    if ((text == null) == (file == null)) {
      throw usage("give the query either as QUERY or with --file, not both or neither");
    }
    if (file == null) {
      return text;
    }
    if (!Files.isRegularFile(file)) {
      throw usage("--file " + file + ": no such file");
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private Query parse(String source) {
    try {
      return QueryFactory.create(source);
    } catch (QueryParseException e) {
      throw usage("the query does not parse: " + e.getMessage());
    }
  }

  private void write(Query query, QueryExecution execution, OutputStream stream) {
    if (query.isSelectType()) {
      ResultSet results = execution.execSelect();
      switch (format) {
        case json -> ResultSetFormatter.outputAsJSON(stream, results);
        case csv -> ResultSetFormatter.outputAsCSV(stream, results);
        case tsv -> ResultSetFormatter.outputAsTSV(stream, results);
        default -> ResultSetFormatter.out(stream, results, prologue(query));
      }
    } else if (query.isAskType()) {
      boolean answer = execution.execAsk();
      switch (format) {
        case json -> ResultSetFormatter.outputAsJSON(stream, answer);
        case csv -> ResultSetFormatter.outputAsCSV(stream, answer);
        case tsv -> ResultSetFormatter.outputAsTSV(stream, answer);
        default -> out().println(answer ? "yes" : "no");
      }
    } else {
      Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
      model.setNsPrefixes(prologue(query).getPrefixMapping());
      Lang lang =
          switch (format) {
            case json -> Lang.JSONLD;
            case nt -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
          };
      RDFDataMgr.write(stream, model, lang);
    }
  }

  /** The query's prefixes and hrcg's, so that a table shows {@code hrc:Practice}. */
  private static Prologue prologue(Query query) {
    PrefixMapping prefixes = PrefixMapping.Factory.create();
    prefixes.setNsPrefixes(HrcgPrefixes.asMap());
    prefixes.setNsPrefixes(query.getPrefixMapping());
    return new Prologue(prefixes);
  }
}
