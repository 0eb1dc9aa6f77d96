package org.hrcg.service.sparql;

import java.util.Collection;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.hrcg.model.vocab.HrcgPrefixes;
import org.hrcg.ontology.HrcgResources;

/**
 * Validates the graphs a write touched against the SHACL shapes, each graph on its own joined with
 * the ontology and the concept schemes, as the ingest pipeline validates a source: a graph must
 * stand on its own, and the vocabulary lets the engine see that an {@code hrc:City} is an {@code
 * hrc:Territory} and that a theme is in the theme scheme. Results about the vocabulary's own
 * resources are left out. Shared between threads: a validation changes nothing here.
 */
final class ShapeCheck {

  private final Shapes shapes;
  private final Graph vocabulary;

  ShapeCheck(Model shapes, Model vocabulary) {
    Objects.requireNonNull(shapes, "shapes");
    Objects.requireNonNull(vocabulary, "vocabulary");
    this.shapes = Shapes.parse(shapes.getGraph());
    this.vocabulary = GraphFactory.createDefaultGraph();
    vocabulary.getGraph().find().forEachRemaining(this.vocabulary::add);
  }

  /** The bundled shapes, ontology and concept schemes. */
  static ShapeCheck bundled() {
    Model vocabulary = HrcgResources.ontology();
    vocabulary.add(HrcgResources.schemes());
    return new ShapeCheck(HrcgResources.shapes(), vocabulary);
  }

  /**
   * Validates each graph of the dataset named; a graph that no longer exists has nothing to check.
   *
   * @return one report of every result about the graphs' own resources
   */
  ValidationReport validate(DatasetGraph dataset, Collection<Node> graphs) {
    ValidationReport.Builder report = ValidationReport.create();
    report.addPrefixes(HrcgPrefixes.mapping());
    report.addPrefixes(PrefixMapping.Factory.create().setNsPrefix("sh", SHACL.NS));
    for (Node name : graphs) {
      Graph content = dataset.getGraph(name);
      if (content.isEmpty()) {
        continue;
      }
      ValidationReport result =
          ShaclValidator.get().validate(shapes, new Union(content, vocabulary));
      for (ReportEntry entry : result.getEntries()) {
        Node focus = entry.focusNode();
        if (focus != null && content.contains(focus, Node.ANY, Node.ANY)) {
          report.addReportEntry(entry);
        }
      }
    }
    return report.build();
  }

  /** Whether a report holds a violation; warnings and information do not fail a write. */
  static boolean hasViolation(ValidationReport report) {
    return report.getEntries().stream().anyMatch(e -> Severity.Violation.equals(e.severity()));
  }
}
