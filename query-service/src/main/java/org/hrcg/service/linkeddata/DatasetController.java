package org.hrcg.service.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.hrcg.model.store.ExportScope;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.LoadedGraph;
import org.hrcg.service.linkeddata.DatasetPage.Row;
import org.hrcg.service.linkeddata.PageParts.Link;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The dataset as a whole: its VoID and DCAT description ({@code GET /.well-known/void}, RFC 8615
 * and the VoID guide's well-known location) and its dump ({@code GET /dump}).
 */
@Controller
class DatasetController {

  static final List<Variant> VARIANTS =
      List.of(Variant.TURTLE, Variant.HTML, Variant.JSONLD, Variant.NTRIPLES, Variant.RDFXML);

  static final String DUMP_NAME = "hrcg";

  private final GraphStore store;
  private final IriSpace space;
  private final Labels labels;
  private final DatasetStatistics.Cache statistics;
  private final DatasetDescription description;

  DatasetController(
      GraphStore store,
      IriSpace space,
      Labels labels,
      DatasetStatistics.Cache statistics,
      DatasetDescription description) {
    this.store = store;
    this.space = space;
    this.labels = labels;
    this.statistics = statistics;
    this.description = description;
  }

  @GetMapping("/.well-known/void")
  ModelAndView describe(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Negotiation.Outcome outcome = Negotiation.negotiate(request, VARIANTS);
    if (outcome.refused()) {
      Responses.problem(request, response, outcome.status(), outcome.detail());
      return null;
    }
    Variant variant = outcome.variant();
    DatasetStatistics numbers = statistics.get();
    String root = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    String document = root + "/.well-known/void";
    if (variant != Variant.HTML) {
      Presenter english = presenter(numbers, Languages.english(), request.getContextPath());
      Map<String, String> titles = new LinkedHashMap<>();
      for (String graph : numbers.graphs().keySet()) {
        titles.put(graph, english.graph(NodeFactory.createURI(graph)).text());
      }
      Responses.rdf(
          request,
          response,
          description.describe(numbers, titles, root, document).getGraph(),
          variant);
      return null;
    }
    response.setHeader(HttpHeaders.VARY, Responses.VARY);
    Presenter presenter = presenter(numbers, Languages.of(request), request.getContextPath());
    return new ModelAndView(
        "linkeddata/void",
        Map.of(
            "page",
            page(
                numbers,
                presenter,
                root,
                PageParts.alternates(VARIANTS, request.getContextPath() + "/.well-known/void"))));
  }

  /**
   * Every graph as N-Quads, gzipped: {@code Content-Encoding: gzip}, so that clients that decode it
   * (browsers, Jena, {@code curl --compressed}) read N-Quads and those that do not (plain {@code
   * curl -O -J}, {@code wget}) save the {@code .nq.gz} file the attachment names. A client whose
   * {@code Accept-Encoding} refuses gzip gets plain N-Quads.
   */
  @GetMapping("/dump")
  void dump(HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
    response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    response.setContentType(Variant.NQUADS.contentType());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        "attachment; filename=\"" + DUMP_NAME + (gzip ? ".nq.gz" : ".nq") + "\"");
    if (gzip) {
      response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
    if ("HEAD".equals(request.getMethod())) {
      return;
    }
    OutputStream out = response.getOutputStream();
    if (gzip) {
      GZIPOutputStream compressed = new GZIPOutputStream(out, 64 * 1024);
      store.export(compressed, Lang.NQUADS, ExportScope.ALL);
      compressed.finish();
    } else {
      store.export(out, Lang.NQUADS, ExportScope.ALL);
    }
    out.flush();
  }

  /**
   * Whether an {@code Accept-Encoding} header allows gzip: no header allows any coding (RFC 9110,
   * section 12.5.3); otherwise {@code gzip}, {@code x-gzip} or {@code *} with a quality above 0,
   * unless gzip itself is given 0.
   */
  static boolean acceptsGzip(String header) {
    if (header == null) {
      return true;
    }
    Double gzip = null;
    Double any = null;
    for (String part : header.split(",")) {
      String[] pieces = part.trim().split(";");
      String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
      double quality = 1.0;
      for (int i = 1; i < pieces.length; i++) {
        String parameter = pieces[i].trim();
        if (parameter.startsWith("q=")) {
          try {
            quality = Double.parseDouble(parameter.substring(2));
          } catch (NumberFormatException e) {
            quality = 0;
          }
        }
      }
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        gzip = quality;
      } else if (coding.equals("*")) {
        any = quality;
      }
    }
    if (gzip != null) {
      return gzip > 0;
    }
    return any != null && any > 0;
  }

  private Presenter presenter(DatasetStatistics numbers, Languages languages, String contextPath) {
    Set<String> iris = new LinkedHashSet<>(numbers.classes().keySet());
    for (String graph : numbers.graphs().keySet()) {
      space.graphSlug(graph).map(space::caseStudy).ifPresent(iris::add);
    }
    return new Presenter(space, contextPath, languages, labels.of(iris));
  }

  private DatasetPage page(
      DatasetStatistics numbers,
      Presenter presenter,
      String root,
      List<PageParts.Alternate> alternates) {
    List<Row> graphs = new ArrayList<>();
    numbers
        .graphs()
        .forEach(
            (iri, triples) -> {
              LoadedGraph load = numbers.loads().get(iri);
              graphs.add(
                  new Row(
                      presenter.graph(NodeFactory.createURI(iri)),
                      triples,
                      load == null ? null : load.record().time().toString()));
            });
    List<Row> classes = new ArrayList<>();
    numbers
        .classes()
        .forEach(
            (iri, entities) ->
                classes.add(new Row(presenter.link(NodeFactory.createURI(iri)), entities, null)));
    classes.sort(
        Comparator.comparingLong(Row::count).reversed().thenComparing(r -> r.item().text()));
    List<Link> vocabularies =
        numbers.namespaces().stream().map(ns -> presenter.link(NodeFactory.createURI(ns))).toList();
    return new DatasetPage(
        description.datasetIri(),
        DatasetDescription.TITLE,
        DatasetDescription.DESCRIPTION,
        presenter.link(NodeFactory.createURI(DatasetDescription.LICENSE)),
        numbers.triples(),
        numbers.quads(),
        numbers.modified() == null ? null : numbers.modified().toString(),
        root + "/sparql",
        root + "/dump",
        space.base() + "id/",
        graphs,
        classes,
        vocabularies,
        alternates);
  }
}
