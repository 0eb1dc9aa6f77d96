package org.hrcg.service.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.hrcg.ingest.rdf.JsonLdContexts;
import org.hrcg.ontology.HrcgResources;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The vocabulary: the ontology ({@code /ontology}, and {@code /ontology/{version}} for its current
 * version IRI) as RDF or a documentation page, its SHACL shapes ({@code /ontology/shapes}) and the
 * JSON-LD context ({@code /context.jsonld}).
 */
@Controller
class OntologyController {

  static final List<Variant> ONTOLOGY_VARIANTS =
      List.of(Variant.TURTLE, Variant.HTML, Variant.JSONLD, Variant.NTRIPLES, Variant.RDFXML);

  static final List<Variant> SHAPES_VARIANTS =
      List.of(Variant.TURTLE, Variant.JSONLD, Variant.NTRIPLES, Variant.RDFXML);

  private final OntologyPages ontology;

  OntologyController(OntologyPages ontology) {
    this.ontology = ontology;
  }

  @GetMapping("/ontology")
  ModelAndView ontology(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Negotiation.Outcome outcome = Negotiation.negotiate(request, ONTOLOGY_VARIANTS);
    if (outcome.refused()) {
      Responses.problem(request, response, outcome.status(), outcome.detail());
      return null;
    }
    Variant variant = outcome.variant();
    if (variant != Variant.HTML) {
      Responses.send(request, response, variant, ontology.ontology(variant));
      return null;
    }
    response.setHeader(HttpHeaders.VARY, Responses.VARY);
    String path = request.getContextPath() + "/ontology";
    OntologyPage page =
        ontology.page(
            Languages.of(request),
            request.getContextPath(),
            PageParts.alternates(ONTOLOGY_VARIANTS, path));
    return new ModelAndView(
        "linkeddata/ontology",
        Map.of(
            "page",
            page,
            "shapes",
            PageParts.alternates(SHAPES_VARIANTS, request.getContextPath() + "/ontology/shapes")));
  }

  /** The version IRI of the current version; earlier versions are not kept here. */
  @GetMapping("/ontology/{version:\\d+\\.\\d+\\.\\d+}")
  ModelAndView version(
      @PathVariable String version, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (version.equals(ontology.version())) {
      return ontology(request, response);
    }
    Negotiation.Outcome outcome = Negotiation.negotiate(request, ONTOLOGY_VARIANTS);
    String iri = HrcgResources.ONTOLOGY_IRI + "/" + version;
    if (!outcome.refused() && outcome.variant() == Variant.HTML) {
      return NotFound.page(request, response, "No such version of the ontology", iri);
    }
    Responses.problem(
        request,
        response,
        HttpStatus.NOT_FOUND,
        "this service publishes version "
            + ontology.version()
            + " of the ontology, not "
            + version);
    return null;
  }

  @GetMapping("/ontology/shapes")
  void shapes(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Negotiation.Outcome outcome = Negotiation.negotiate(request, SHAPES_VARIANTS);
    if (outcome.refused()) {
      Responses.problem(request, response, outcome.status(), outcome.detail());
      return;
    }
    Responses.send(request, response, outcome.variant(), ontology.shapes(outcome.variant()));
  }

  /** The JSON-LD context that hrcg's JSON-LD may name, {@value JsonLdContexts#HRCG_CONTEXT}. */
  @GetMapping("/context.jsonld")
  void context(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] body;
    try (InputStream in = JsonLdContexts.open(JsonLdContexts.HRCG_CONTEXT)) {
      body = in.readAllBytes();
    }
    Responses.send(request, response, Variant.JSONLD, body);
  }
}
