package org.hrcg.service.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.store.ProtectedGraphException;
import org.hrcg.model.store.TdbStore;

/**
 * Runs a write made through the SPARQL protocols in one store transaction, with the store's rules
 * and the service's checks inside it: the store sends default-graph writes to {@code
 * graph/default}, refuses the ontology, schemes and meta graphs (answered 403) and bumps the
 * revision; the graphs the write touched are then validated against the shapes, and a violation
 * undoes the whole write (answered 422 with the SHACL report, as Turtle or JSON-LD).
 */
final class ProtocolWrites {

  static final int UNPROCESSABLE = 422;

  private static final AcceptList REPORT_TYPES =
      AcceptList.create(
          WebContent.contentTypeTurtle,
          WebContent.contentTypeJSONLD,
          WebContent.contentTypeJSON,
          WebContent.contentTypeNTriples);

  private final TdbStore store;
  private final ShapeCheck shapes;
  private final Node defaultTarget;
  private final Set<Node> protectedGraphs;

  ProtocolWrites(TdbStore store, ShapeCheck shapes) {
    this.store = Objects.requireNonNull(store, "store");
    this.shapes = Objects.requireNonNull(shapes, "shapes");
    this.defaultTarget = graph(store, ReservedGraph.DEFAULT);
    this.protectedGraphs =
        Set.of(
            graph(store, ReservedGraph.META),
            graph(store, ReservedGraph.ONTOLOGY),
            graph(store, ReservedGraph.SCHEMES));
  }

  private static Node graph(TdbStore store, ReservedGraph graph) {
    return NodeFactory.createURI(store.minter().graph(graph));
  }

  /**
   * Refuses a graph that only the store writes, even when the write would add nothing: the store
   * itself refuses only the writes that would change such a graph.
   *
   * @throws ProtectedGraphException for the ontology, schemes and meta graphs
   */
  void refuseProtected(Node graph) {
    if (protectedGraphs.contains(graph)) {
      throw new ProtectedGraphException(graph.getURI());
    }
  }

  /**
   * Applies a change to the store's write view and checks it.
   *
   * @param change writes to the dataset it is given; returns a non-null value for the response
   * @return the change's value if the write was kept; empty if it broke the shapes, in which case
   *     the 422 response has been sent
   * @throws org.apache.jena.fuseki.servlets.ActionErrorException 403 for a protected graph, or what
   *     the change threw; the store kept nothing
   */
  <T> Optional<T> apply(HttpAction action, Function<DatasetGraph, T> change) {
    try {
      T value =
          store.write(
              dataset -> {
                TouchedGraphs view = new TouchedGraphs(dataset.asDatasetGraph(), defaultTarget);
                T result = Objects.requireNonNull(change.apply(view), "change result");
                ValidationReport report = shapes.validate(dataset.asDatasetGraph(), view.graphs());
                if (ShapeCheck.hasViolation(report)) {
                  throw new ShapesViolation(report);
                }
                return result;
              });
      return Optional.of(value);
    } catch (ProtectedGraphException e) {
      ServletOps.errorForbidden(e.getMessage());
      return Optional.empty();
    } catch (ShapesViolation e) {
      sendReport(action, e.report());
      return Optional.empty();
    }
  }

  private static void sendReport(HttpAction action, ValidationReport report) {
    MediaType chosen =
        ActionLib.contentNegotation(
            action, REPORT_TYPES, MediaType.create(WebContent.contentTypeTurtle));
    String contentType =
        WebContent.contentTypeJSON.equals(chosen.getContentTypeStr())
            ? WebContent.contentTypeJSONLD
            : chosen.getContentTypeStr();
    Lang lang = RDFLanguages.contentTypeToLang(contentType);
    Model model = report.getModel();
    HttpServletResponse response = action.getResponse();
    response.setStatus(UNPROCESSABLE);
    response.setContentType(contentType);
    response.setCharacterEncoding(WebContent.charsetUTF8);
    ServletOps.setNoCache(response);
    try (OutputStream out = response.getOutputStream()) {
      RDFDataMgr.write(out, model, lang);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
