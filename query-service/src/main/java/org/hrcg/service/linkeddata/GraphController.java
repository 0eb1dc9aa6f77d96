package org.hrcg.service.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.hrcg.model.iri.Slugs;
import org.hrcg.model.store.GraphStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A source's named graph, {@code GET /graph/{slug}}: its content in RDF, or for browsers a page
 * with its provenance (the case study, the load record) and the resources it describes.
 */
@Controller
class GraphController {

  /** The variants of a graph, the first for clients that accept anything. */
  static final List<Variant> VARIANTS =
      List.of(
          Variant.TURTLE,
          Variant.HTML,
          Variant.TRIG,
          Variant.NQUADS,
          Variant.NTRIPLES,
          Variant.JSONLD,
          Variant.RDFXML);

  private final GraphStore store;
  private final IriSpace space;
  private final GraphPages pages;

  GraphController(GraphStore store, IriSpace space, GraphPages pages) {
    this.store = store;
    this.space = space;
    this.pages = pages;
  }

  @GetMapping("/graph/{slug}")
  ModelAndView graph(
      @PathVariable String slug, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Negotiation.Outcome outcome = Negotiation.negotiate(request, VARIANTS);
    if (outcome.refused()) {
      Responses.problem(request, response, outcome.status(), outcome.detail());
      return null;
    }
    Variant variant = outcome.variant();
    String iri = space.graph(slug);
    if (!Slugs.isValid(slug) || !store.graphNames().contains(iri)) {
      if (variant == Variant.HTML) {
        return NotFound.page(request, response, "No such graph", iri);
      }
      Responses.problem(request, response, HttpStatus.NOT_FOUND, "there is no graph <" + iri + ">");
      return null;
    }
    response.setHeader(HttpHeaders.VARY, Responses.VARY);
    if (variant != Variant.HTML) {
      response.setStatus(HttpStatus.OK.value());
      response.setContentType(variant.contentType());
      if (!"HEAD".equals(request.getMethod())) {
        OutputStream out = response.getOutputStream();
        store.exportGraph(iri, out, variant.lang());
        out.flush();
      }
      return null;
    }
    String path = request.getContextPath() + "/graph/" + slug;
    GraphPage page =
        pages.page(
            iri,
            slug,
            Languages.of(request),
            request.getContextPath(),
            PageParts.alternates(VARIANTS, path));
    return new ModelAndView(
        "linkeddata/graph", Map.of("page", page, "subjectLimit", pages.subjectLimit()));
  }
}
