package org.hrcg.service.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.store.ConcurrentWriteException;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.ProtectedGraphException;
import org.hrcg.model.store.RemoteStore;
import org.hrcg.model.store.RemoteStoreException;
import org.hrcg.model.store.StoreFault;
import org.hrcg.model.store.StoreFaultException;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.StoreFaults;

/**
 * Runs a write made through the SPARQL protocols as one store write, with the store's rules and the
 * service's checks: the store sends default-graph writes to {@code graph/default}, refuses the
 * ontology, schemes and meta graphs (answered 403) and bumps the revision; the graphs the write
 * touched are validated against the shapes, and a violation keeps the whole write out of the store
 * (answered 422 with the SHACL report, as Turtle or JSON-LD).
 *
 * <p>How the write is kept all or nothing depends on the store: the embedded store runs it in its
 * write transaction ({@link EmbeddedWrites}); a remote store has it made and checked on a copy,
 * then sent in one request that the store applies only at the revision the copy was made at ({@link
 * RemoteStoreWrites}).
 */
abstract sealed class ProtocolWrites permits EmbeddedWrites, RemoteStoreWrites {

  static final int UNPROCESSABLE = 422;

  private static final AcceptList REPORT_TYPES =
      AcceptList.create(
          WebContent.contentTypeTurtle,
          WebContent.contentTypeJSONLD,
          WebContent.contentTypeJSON,
          WebContent.contentTypeNTriples);

  private final ShapeCheck shapes;
  private final StoreFaults faults;
  private final Node defaultTarget;
  private final Set<Node> protectedGraphs;

  ProtocolWrites(IriMinter minter, ShapeCheck shapes, StoreFaults faults) {
    this.shapes = Objects.requireNonNull(shapes, "shapes");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.defaultTarget = graph(minter, ReservedGraph.DEFAULT);
    this.protectedGraphs =
        Set.of(
            graph(minter, ReservedGraph.META),
            graph(minter, ReservedGraph.ONTOLOGY),
            graph(minter, ReservedGraph.SCHEMES));
  }

  /** The writes for a store: in its transaction (embedded) or checked on a copy (remote). */
  static ProtocolWrites on(GraphStore store, ShapeCheck shapes, StoreFaults faults) {
    Objects.requireNonNull(store, "store");
    if (store instanceof TdbStore tdb) {
      return new EmbeddedWrites(tdb, shapes, faults);
    }
    if (store instanceof RemoteStore remote) {
      return new RemoteStoreWrites(remote, shapes, faults);
    }
    throw new IllegalArgumentException("no protocol writes for the store " + store);
  }

  private static Node graph(IriMinter minter, ReservedGraph graph) {
    return NodeFactory.createURI(minter.graph(graph));
  }

  /** {@code graph/default}, where writes to the default graph go. */
  Node defaultTarget() {
    return defaultTarget;
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
   * Refuses a write, before its body is read, while the store is served read-only: {@code 503} with
   * reason {@code store-read-only}.
   *
   * @return whether the write was refused, in which case the response has been sent
   */
  boolean refusedAsReadOnly(HttpAction action) {
    Optional<StoreFault> readOnly = faults.readOnly();
    readOnly.ifPresent(
        fault -> {
          faults.refused(fault);
          refuse(action, fault);
        });
    return readOnly.isPresent();
  }

  /**
   * Applies a change to the store's write view and checks it.
   *
   * @param change writes to the dataset it is given; returns a non-null value for the response
   * @return the change's value if the write was kept; empty if it broke the shapes, in which case
   *     the 422 response has been sent
   * @throws org.apache.jena.fuseki.servlets.ActionErrorException 403 for a protected graph, 409
   *     when other writes kept coming first (remote store), 502 when a remote store failed, or what
   *     the change threw; the store kept nothing. A write the store's directory refused (read-only,
   *     no room) is answered here: 503 or 507 with a problem body ({@link StoreFaults}).
   */
  <T> Optional<T> apply(HttpAction action, Function<DatasetGraph, T> change) {
    return answer(action, () -> write(change, null));
  }

  /**
   * Runs a SPARQL Update on the store's write view and checks it, as {@link #apply} does.
   *
   * @return whether the update was kept; if not, the 422 response has been sent
   */
  boolean update(HttpAction action, UpdateRequest request) {
    Objects.requireNonNull(request, "request");
    return answer(
            action,
            () ->
                write(
                    dataset -> {
                      UpdateExec.dataset(dataset).update(request).execute();
                      return Boolean.TRUE;
                    },
                    request))
        .isPresent();
  }

  /**
   * Makes the change as one write of the store, checked before it is kept.
   *
   * @param change the change, made on a dataset that follows the store's rules for writes
   * @param update the SPARQL Update the change runs, or null for a change of graphs
   * @throws ShapesViolation if a graph the change touched breaks the shapes; nothing is kept
   */
  abstract <T> T write(Function<DatasetGraph, T> change, UpdateRequest update);

  /**
   * Runs the change on a view of the dataset that notes the graphs it touches, and checks those.
   *
   * @param view the dataset as the change may write it
   * @param stored the same dataset as stored, where the touched graphs are read back
   * @return the change's value and the graphs it touched
   * @throws ShapesViolation if a touched graph breaks the shapes
   */
  <T> Checked<T> changeAndCheck(
      Function<DatasetGraph, T> change, DatasetGraph view, DatasetGraph stored) {
    TouchedGraphs noting = new TouchedGraphs(view, defaultTarget);
    T result = Objects.requireNonNull(change.apply(noting), "change result");
    ValidationReport report = shapes.validate(stored, noting.graphs());
    if (ShapeCheck.hasViolation(report)) {
      throw new ShapesViolation(report);
    }
    return new Checked<>(result, Set.copyOf(noting.graphs()));
  }

  /** What a change returned, and the graphs it touched. */
  record Checked<T>(T value, Collection<Node> touched) {}

  private <T> Optional<T> answer(HttpAction action, Supplier<T> write) {
    try {
      return Optional.of(write.get());
    } catch (StoreFaultException e) {
      faults.refused(e.fault());
      refuse(action, e.fault());
    } catch (ProtectedGraphException e) {
      ServletOps.errorForbidden(e.getMessage());
    } catch (ShapesViolation e) {
      sendReport(action, e.report());
    } catch (ConcurrentWriteException e) {
      ServletOps.error(
          HttpSC.CONFLICT_409,
          "other writes to the store kept coming first; nothing of this one was written: send it"
              + " again");
    } catch (RemoteStoreException e) {
      ServletOps.error(HttpSC.BAD_GATEWAY_502, e.getMessage());
    }
    return Optional.empty();
  }

  private static void refuse(HttpAction action, StoreFault fault) {
    try {
      ProtocolProblem.send(
          action.getResponse(),
          StoreFaults.status(fault),
          StoreFaults.title(fault),
          fault.detail(),
          fault.kind().tag());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
