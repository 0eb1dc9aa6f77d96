package org.hrcg.service.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.web.HttpNames;

/**
 * Graph Store Protocol requests as the protocol defines them.
 *
 * <ul>
 *   <li>The graph is named in the URL's query string ({@code ?graph=}, {@code ?default}), and only
 *       there: the body is the graph. The servlet container would otherwise read a {@code
 *       multipart/form-data} body as form parameters as soon as the handler asks for {@code graph},
 *       and the upload would arrive empty.
 *   <li>Graph creation (5.5): a {@code POST /data} of triples that names no graph creates a new
 *       graph under a new IRI in the service's graph namespace ({@code {base}graph/{uuid}}) and
 *       answers {@code 201 Created} with that IRI in {@code Location}. The request goes on to the
 *       handler as a {@code POST} to the new graph, so that it is written, checked and counted as
 *       every write is. A {@code POST} of quads (TriG, N-Quads, JSON-LD) without a graph still adds
 *       them to the dataset graph by graph, as Fuseki does.
 * </ul>
 */
final class GraphStoreRequestFilter implements Filter {

  private final Supplier<String> newGraph;

  /**
   * @param newGraph the IRI of a graph that does not exist yet, a new one for each call
   */
  GraphStoreRequestFilter(Supplier<String> newGraph) {
    this.newGraph = Objects.requireNonNull(newGraph, "newGraph");
  }

  /** New graph IRIs in a graph namespace: a random UUID is a valid slug. */
  static Supplier<String> uuidGraphs(Function<String, String> graphOfSlug) {
    Objects.requireNonNull(graphOfSlug, "graphOfSlug");
    return () -> graphOfSlug.apply(UUID.randomUUID().toString());
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse answer)) {
      chain.doFilter(request, response);
      return;
    }
    if (createsAGraph(http)) {
      String graph = newGraph.get();
      String queryString =
          HttpNames.paramGraph + "=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
      chain.doFilter(
          new QueryStringOnly(http, queryString, parse(queryString)),
          new LocationOnCreation(answer, graph));
      return;
    }
    Map<String, String[]> parameters;
    try {
      parameters = parse(http.getQueryString());
    } catch (IllegalArgumentException e) {
      ProtocolProblem.send(
          answer,
          HttpServletResponse.SC_BAD_REQUEST,
          "Bad Request",
          "the query string is not URL-encoded: " + e.getMessage());
      return;
    }
    chain.doFilter(new QueryStringOnly(http, http.getQueryString(), parameters), response);
  }

  /** A {@code POST} of a triples syntax to the Graph Store itself, without a query string. */
  static boolean createsAGraph(HttpServletRequest request) {
    if (!"POST".equalsIgnoreCase(request.getMethod()) || request.getQueryString() != null) {
      return false;
    }
    String header = request.getHeader("Content-Type");
    if (header == null || header.isBlank()) {
      return false;
    }
    Lang lang = RDFLanguages.contentTypeToLang(ContentType.create(header).getContentTypeStr());
    return lang != null && RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang);
  }

  /**
   * The parameters of a query string, decoded once as UTF-8.
   *
   * @throws IllegalArgumentException for a malformed percent-encoding
   */
  static Map<String, String[]> parse(String queryString) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (queryString != null && !queryString.isEmpty()) {
      for (String pair : queryString.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        values
            .computeIfAbsent(
                URLDecoder.decode(name, StandardCharsets.UTF_8), n -> new ArrayList<>())
            .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    Map<String, String[]> parameters = new LinkedHashMap<>();
    values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
    return Collections.unmodifiableMap(parameters);
  }

  /** The request with the parameters of a query string, and none from its body. */
  private static final class QueryStringOnly extends HttpServletRequestWrapper {

    private final String queryString;
    private final Map<String, String[]> parameters;

    QueryStringOnly(
        HttpServletRequest request, String queryString, Map<String, String[]> parameters) {
      super(request);
      this.queryString = queryString;
      this.parameters = parameters;
    }

    @Override
    public String getQueryString() {
      return queryString;
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values.clone();
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }
  }

  /** Adds {@code Location} when the write answers {@code 201 Created}, and only then. */
  private static final class LocationOnCreation extends HttpServletResponseWrapper {

    private final String graph;

    LocationOnCreation(HttpServletResponse response, String graph) {
      super(response);
      this.graph = graph;
    }

    @Override
    public void setStatus(int status) {
      if (status == HttpServletResponse.SC_CREATED) {
        setHeader("Location", graph);
      }
      super.setStatus(status);
    }
  }
}
