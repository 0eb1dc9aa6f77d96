package org.hrcg.service.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;

/**
 * Answers {@code GET} and {@code HEAD} on {@code /sparql} without a query with the service's SPARQL
 * 1.1 Service Description, by content negotiation: Turtle (also the default), RDF/XML, JSON-LD
 * ({@code application/json} too) or N-Triples. Its {@code sd:endpoint} is the URL the client used:
 * the request's scheme, host and port, which are the {@code X-Forwarded-*} ones only when the
 * application trusts them ({@code server.forward-headers-strategy}), the {@code Host} header
 * otherwise.
 *
 * <p>A browser that asks for HTML is taken to the query editor before this filter (a filter of the
 * home page, ordered before {@link SparqlConfiguration#ROUTING_ORDER}); any other {@code Accept}
 * that names none of the RDF types, and no {@code *}{@code /*}, is a 406.
 */
final class ServiceDescriptionFilter implements Filter {

  private static final MediaType TURTLE = MediaType.create(WebContent.contentTypeTurtle);

  /** The format each offered media type is written in. */
  private static final Map<String, RDFFormat> FORMATS =
      Map.of(
          WebContent.contentTypeTurtle, RDFFormat.TURTLE_PRETTY,
          WebContent.contentTypeRDFXML, RDFFormat.RDFXML_PRETTY,
          WebContent.contentTypeJSONLD, RDFFormat.JSONLD_PRETTY,
          WebContent.contentTypeJSON, RDFFormat.JSONLD_PRETTY,
          WebContent.contentTypeNTriples, RDFFormat.NTRIPLES);

  /** The media types offered, in order of preference for a client that accepts several alike. */
  private static final String[] OFFERED = {
    WebContent.contentTypeTurtle,
    WebContent.contentTypeRDFXML,
    WebContent.contentTypeJSONLD,
    WebContent.contentTypeNTriples,
    WebContent.contentTypeJSON
  };

  private static final AcceptList OFFER = AcceptList.create(OFFERED);

  private final Supplier<ServiceDescription.Facts> facts;

  /**
   * @param facts what the description says of the running service, read for each request
   */
  ServiceDescriptionFilter(Supplier<ServiceDescription.Facts> facts) {
    this.facts = Objects.requireNonNull(facts, "facts");
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse answer
        && isDescriptionRequest(http)) {
      describe(http, answer);
      return;
    }
    chain.doFilter(request, response);
  }

  /** A read of the endpoint that names no query (nor, by mistake, an update). */
  static boolean isDescriptionRequest(HttpServletRequest request) {
    String method = request.getMethod();
    return ("GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method))
        && request.getParameter(HttpNames.paramQuery) == null
        && request.getParameter(HttpNames.paramUpdate) == null;
  }

  private void describe(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    MediaType chosen = choose(request.getHeader("Accept"));
    response.setHeader("Vary", "Accept");
    if (chosen == null) {
      ProtocolProblem.send(
          response,
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "Not Acceptable",
          "the service description is available as "
              + String.join(", ", OFFERED)
              + "; the request accepts none of them");
      return;
    }
    String mediaType = chosen.getContentTypeStr();
    String queryEndpoint = request.getRequestURL().toString();
    String base =
        queryEndpoint.substring(0, queryEndpoint.length() - SparqlEndpoints.QUERY.length());
    ServiceDescription.Facts current = facts.get();
    ServiceDescription description =
        new ServiceDescription(
            queryEndpoint,
            current.writable() ? base + SparqlEndpoints.UPDATE : null,
            current.graphNames());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, description.toModel(), FORMATS.get(mediaType));
    String contentType =
        WebContent.contentTypeJSON.equals(mediaType) ? WebContent.contentTypeJSONLD : mediaType;
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(contentType + ";charset=utf-8");
    response.setContentLength(out.size());
    if (!"HEAD".equalsIgnoreCase(request.getMethod())) {
      out.writeTo(response.getOutputStream());
    }
  }

  /** Turtle when the client names nothing, or sends an {@code Accept} that cannot be read. */
  private static MediaType choose(String accept) {
    if (accept == null || accept.isBlank()) {
      return TURTLE;
    }
    try {
      return AcceptList.match(new AcceptList(accept), OFFER);
    } catch (RuntimeException e) {
      return TURTLE;
    }
  }
}
