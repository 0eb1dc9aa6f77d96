package org.hrcg.service.sparql;

import static org.apache.jena.riot.WebContent.ctSPARQLUpdate;
import static org.apache.jena.riot.WebContent.isHtmlForm;
import static org.apache.jena.riot.WebContent.matchContentType;
import static org.apache.jena.riot.web.HttpNames.paramRequest;
import static org.apache.jena.riot.web.HttpNames.paramUpdate;
import static org.apache.jena.riot.web.HttpNames.paramUsingGraphURI;
import static org.apache.jena.riot.web.HttpNames.paramUsingNamedGraphURI;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * SPARQL 1.1 Update through the store: Fuseki's protocol handling (methods, media types, {@code
 * using-graph-uri}), with the update run by {@link ProtocolWrites}, so that the store's graph
 * rules, the shapes and the revision bump apply to it as one write.
 *
 * <p>The update is parsed whole before the transaction starts: a syntax error is a 400 that never
 * holds the store's one writer.
 */
final class UpdateHandler extends SPARQL_Update {

  private static final IRIxResolver RESOLVER =
      IRIxResolver.create()
          .base(Fuseki.BaseParserSPARQL)
          .resolve(true)
          .allowRelative(false)
          .build();

  private final ProtocolWrites writes;

  UpdateHandler(ProtocolWrites writes) {
    this.writes = Objects.requireNonNull(writes, "writes");
  }

  @Override
  public void execute(HttpAction action) {
    if (writes.refusedAsReadOnly(action)) {
      return;
    }
    ContentType contentType = contentType(action);
    boolean form = isHtmlForm(contentType);
    if (!form && !matchContentType(ctSPARQLUpdate, contentType)) {
      ServletOps.error(
          HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "Bad content type: " + action.getRequestContentType());
    }
    UpdateRequest request = parse(action, form);
    boolean kept;
    try {
      kept = writes.update(action, request);
    } catch (ActionErrorException | OperationDeniedException e) {
      throw e;
    } catch (UpdateException e) {
      ServletOps.errorOccurred(e.getMessage());
      return;
    } catch (QueryBuildException | QueryParseException e) {
      ServletOps.errorBadRequest(SPARQLProtocol.messageForException(e));
      return;
    }
    if (!kept) {
      return;
    }
    if (form) {
      ServletOps.successPage(action, "Update succeeded");
    } else {
      ServletOps.successNoContent(action);
    }
  }

  private static UpdateRequest parse(HttpAction action, boolean form) {
    UsingList using = usingList(action);
    try (InputStream input = body(action, form)) {
      return UpdateFactory.read(using, input, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
    } catch (UpdateException e) {
      ServletOps.errorBadRequest(e.getMessage());
    } catch (QueryException e) {
      // The parser wraps what it refuses beyond syntax, such as using-graph-uri beside a USING or
      // WITH clause (SPARQL 1.1 Protocol 2.2.3): the request's fault, a 400.
      ServletOps.errorBadRequest(e.getMessage());
    } catch (IOException e) {
      ServletOps.errorOccurred(e);
    }
    throw new IllegalStateException("unreachable: ServletOps errors throw");
  }

  private static InputStream body(HttpAction action, boolean form) throws IOException {
    if (!form) {
      return action.getRequestInputStream();
    }
    String update = action.getRequestParameter(paramUpdate);
    if (update == null) {
      update = action.getRequestParameter(paramRequest);
    }
    if (update == null) {
      ServletOps.errorBadRequest("SPARQL Update: No update= in HTML form");
    }
    return new ByteArrayInputStream(update.getBytes(StandardCharsets.UTF_8));
  }

  /** As Fuseki decides: a request without a media type is a form if it has an update parameter. */
  private static ContentType contentType(HttpAction action) {
    ContentType contentType = ActionLib.getContentType(action);
    if (contentType != null) {
      return contentType;
    }
    if (action.getRequestParameter(paramUpdate) != null
        || action.getRequestParameter(paramRequest) != null) {
      return WebContent.ctHTMLForm;
    }
    return ctSPARQLUpdate;
  }

  private static UsingList usingList(HttpAction action) {
    UsingList using = new UsingList();
    String[] graphs = action.getRequestParameterValues(paramUsingGraphURI);
    String[] named = action.getRequestParameterValues(paramUsingNamedGraphURI);
    if (graphs != null) {
      for (String iri : graphs) {
        using.addUsing(node(iri));
      }
    }
    if (named != null) {
      for (String iri : named) {
        using.addUsingNamed(node(iri));
      }
    }
    return using;
  }

  private static Node node(String iri) {
    try {
      IRIx resolved = RESOLVER.resolve(iri);
      return NodeFactory.createURI(resolved.str());
    } catch (RuntimeException e) {
      throw new ActionErrorException(HttpSC.BAD_REQUEST_400, "SPARQL Update: bad IRI: " + iri, e);
    }
  }
}
