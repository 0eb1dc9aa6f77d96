package org.hrcg.service.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Dereferences resource IRIs: {@code GET /id/...} answers what the store says about {@code
 * {base}id/...}, as a page for browsers or as RDF, by content negotiation or {@code ?format=}.
 */
@Controller
class ResourceController {

  /** The variants of a resource, the first for clients that accept anything. */
  static final List<Variant> VARIANTS =
      List.of(
          Variant.TURTLE,
          Variant.HTML,
          Variant.JSONLD,
          Variant.NTRIPLES,
          Variant.RDFXML,
          Variant.TRIG,
          Variant.NQUADS);

  /** Path segments of IRIs that hrcg mints: unreserved characters only. */
  private static final Pattern PATH = Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*");

  private final IriSpace space;
  private final Descriptions descriptions;
  private final ResourcePages pages;

  ResourceController(IriSpace space, Descriptions descriptions, ResourcePages pages) {
    this.space = space;
    this.descriptions = descriptions;
    this.pages = pages;
  }

  @GetMapping("/id/**")
  ModelAndView resource(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Negotiation.Outcome outcome = Negotiation.negotiate(request, VARIANTS);
    if (outcome.refused()) {
      Responses.problem(request, response, outcome.status(), outcome.detail());
      return null;
    }
    Variant variant = outcome.variant();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String relative = path.substring(1);
    Optional<Description> found =
        PATH.matcher(relative).matches()
            ? descriptions.describeFirst(space.candidates(relative))
            : Optional.empty();
    if (found.isEmpty()) {
      String iri = space.base() + relative;
      if (variant == Variant.HTML) {
        return NotFound.page(request, response, "No such resource", iri);
      }
      Responses.problem(
          request, response, HttpStatus.NOT_FOUND, "the store says nothing about <" + iri + ">");
      return null;
    }
    Description description = found.get();
    if (variant != Variant.HTML) {
      if (variant.quads()) {
        Responses.rdf(request, response, description.dataset(), variant);
      } else {
        Responses.rdf(request, response, description.graph(), variant);
      }
      return null;
    }
    Presenter presenter =
        pages.presenter(description, Languages.of(request), request.getContextPath());
    ResourcePage page =
        pages.page(
            description,
            presenter,
            PageParts.alternates(VARIANTS, request.getContextPath() + path));
    response.setHeader(HttpHeaders.VARY, Responses.VARY);
    return new ModelAndView(
        "linkeddata/resource", Map.of("page", page, "linkLimit", descriptions.linkLimit()));
  }
}
