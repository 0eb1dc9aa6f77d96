package org.hrcg.ingest.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.vocab.HrcgPrefixes;
import org.hrcg.ontology.HrcgResources;

/**
 * Checks a source graph against the SHACL shapes and reports each result as a {@link Problem} at
 * the line of the field it is about.
 *
 * <p>The data validated is the graph's content together with the ontology and the concept schemes,
 * so that the engine sees {@code rdfs:subClassOf} (an {@code hrc:City} is an {@code hrc:Territory})
 * and {@code skos:inScheme} (a theme is a concept of the theme scheme). The two are joined in a
 * union view rather than copied, and the vocabulary graph is built once. Results about the
 * vocabulary's own resources are not the contributor's to fix and are left out.
 *
 * <p>Severity: {@code sh:Violation} is an error; {@code sh:Warning} and {@code sh:Info} are
 * warnings. An instance can be shared between threads: it holds nothing that a validation changes.
 */
public final class ShapeValidation {

  private static final int MAX_VALUE_LENGTH = 80;

  private final Shapes shapes;
  private final Graph vocabulary;
  private final IriMinter minter;
  private final PrefixMapping prefixes = HrcgPrefixes.mapping();

  private ShapeValidation(Shapes shapes, Graph vocabulary, IriMinter minter) {
    this.shapes = shapes;
    this.vocabulary = vocabulary;
    this.minter = minter;
  }

  /** The bundled shapes, ontology and concept schemes; parsed on first use, then shared. */
  public static ShapeValidation standard() {
    return Standard.INSTANCE;
  }

  /**
   * Validation with other shapes and vocabulary, for tests and for extensions of the shapes.
   *
   * @param shapes the SHACL shapes
   * @param vocabulary the graph joined to every source graph (ontology, concept schemes)
   * @param minter names the resources in messages ({@code practice 'slug'})
   */
  public static ShapeValidation of(Model shapes, Model vocabulary, IriMinter minter) {
    Objects.requireNonNull(shapes, "shapes");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(minter, "minter");
    Graph copy = GraphFactory.createDefaultGraph();
    vocabulary.getGraph().find().forEachRemaining(copy::add);
    return new ShapeValidation(Shapes.parse(shapes.getGraph()), copy, minter);
  }

  private static final class Standard {
    static final ShapeValidation INSTANCE = build();

    private static ShapeValidation build() {
      Model vocabulary = HrcgResources.ontology();
      vocabulary.add(HrcgResources.schemes());
      return of(HrcgResources.shapes(), vocabulary, IriMinter.defaults());
    }
  }

  /**
   * Validates one source graph.
   *
   * @return its problems, in line order; empty if it conforms
   */
  public List<Problem> validate(SourceGraph source) {
    Objects.requireNonNull(source, "source");
    Graph content = source.content().getGraph();
    ValidationReport report = ShaclValidator.get().validate(shapes, new Union(content, vocabulary));
    List<Problem> problems = new ArrayList<>();
    for (ReportEntry entry : report.getEntries()) {
      Node focus = entry.focusNode();
      if (focus == null || !content.contains(focus, Node.ANY, Node.ANY)) {
        continue;
      }
      Position position =
          source.locations().find(focus, predicateOf(entry.resultPath())).orElse(Position.START);
      String message = message(entry);
      problems.add(
          Severity.Violation.equals(entry.severity())
              ? Problem.error(source.file(), position, message)
              : Problem.warning(source.file(), position, message));
    }
    problems.sort(
        Comparator.comparing((Problem p) -> p.position().line())
            .thenComparing(p -> p.position().column())
            .thenComparing(Problem::message));
    return List.copyOf(problems);
  }

  private static Node predicateOf(Path path) {
    return path instanceof P_Link link ? link.getNode() : null;
  }

  /** {@code hrc:territory of practice 'x': the shape's message (value: ...)}. */
  private String message(ReportEntry entry) {
    StringBuilder text = new StringBuilder();
    if (entry.resultPath() != null) {
      text.append(field(entry.resultPath())).append(" of ");
    }
    text.append(describe(entry.focusNode())).append(": ").append(shapeMessage(entry));
    if (entry.value() != null) {
      text.append(" (value: ").append(value(entry.value())).append(')');
    }
    return text.toString();
  }

  private String field(Path path) {
    return PathWriter.asString(path, new Prologue(prefixes));
  }

  /** The shape's {@code sh:message}, in English where there is a choice; else the engine's text. */
  private static String shapeMessage(ReportEntry entry) {
    Collection<Node> messages = entry.messages();
    Optional<Node> chosen =
        messages.stream()
            .filter(Node::isLiteral)
            .min(
                Comparator.comparingInt(
                    (Node n) -> {
                      String lang = n.getLiteralLanguage();
                      return lang.equalsIgnoreCase("en") ? 0 : lang.isEmpty() ? 1 : 2;
                    }));
    if (chosen.isPresent()) {
      return chosen.get().getLiteralLexicalForm();
    }
    String generated = entry.message();
    return generated == null ? "does not conform to " + entry.source() : generated;
  }

  /** A resource as a reader would name it: {@code practice 'slug'} for hrcg's own IRIs. */
  private String describe(Node node) {
    if (node.isURI()) {
      return minter
          .parse(node.getURI())
          .map(id -> id.kind().path() + " '" + id.slug() + "'")
          .orElseGet(() -> FmtUtils.stringForNode(node, prefixes));
    }
    if (node.isBlank()) {
      return "a blank node";
    }
    return FmtUtils.stringForNode(node, prefixes);
  }

  private String value(Node node) {
    String text = describe(node);
    if (text.length() > MAX_VALUE_LENGTH) {
      return text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
    return text;
  }
}
