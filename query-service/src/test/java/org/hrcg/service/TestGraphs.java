package org.hrcg.service;

import java.io.StringReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Small case-study graphs that conform to the shapes, and IRIs the tests use. */
public final class TestGraphs {

  public static final String BASE = "https://w3id.org/hrcg/";
  public static final String HRC = "https://w3id.org/hrcg/ontology#";
  public static final String ONTOLOGY_GRAPH = BASE + "graph/ontology";
  public static final String DEFAULT_GRAPH = BASE + "graph/default";

  static final String PREFIXES =
      """
      PREFIX hrc: <https://w3id.org/hrcg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      """;

  private TestGraphs() {}

  /** The graph IRI of a case study. */
  public static String graph(String slug) {
    return BASE + "graph/" + slug;
  }

  /** The IRI of a territory. */
  public static String territory(String slug) {
    return BASE + "id/territory/" + slug;
  }

  /** The IRI of a practice. */
  public static String practice(String slug) {
    return BASE + "id/practice/" + slug;
  }

  /** A case study, its city and one care practice in the city: the least that the shapes accept. */
  public static String caseStudyTurtle(String slug, String city) {
    return PREFIXES
        + """
        <https://w3id.org/hrcg/id/case-study/%1$s> a hrc:CaseStudy ;
          rdfs:label "Case study %1$s"@en ;
          dcterms:title "Case study %1$s"@en .
        <https://w3id.org/hrcg/id/territory/%2$s> a hrc:City ;
          rdfs:label "City %2$s"@en ;
          prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/%1$s> .
        <https://w3id.org/hrcg/id/practice/%2$s-care> a hrc:Practice ;
          rdfs:label "Care in %2$s"@en ;
          hrc:theme <https://w3id.org/hrcg/id/theme/care> ;
          hrc:territory <https://w3id.org/hrcg/id/territory/%2$s> ;
          prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/%1$s> .
        """
            .formatted(slug, city);
  }

  /** {@link #caseStudyTurtle} as a model. */
  public static Model caseStudy(String slug, String city) {
    Model model = ModelFactory.createDefaultModel();
    RDFDataMgr.read(model, new StringReader(caseStudyTurtle(slug, city)), null, Lang.TURTLE);
    return model;
  }

  /** A practice with a label and a theme but no territory and no source: two violations. */
  public static String practiceWithoutTerritory(String graphSlug, String practiceSlug) {
    return PREFIXES
        + """
        INSERT DATA { GRAPH <%s> {
          <%s> a hrc:Practice ;
            rdfs:label "Homeless practice"@en ;
            hrc:theme <https://w3id.org/hrcg/id/theme/care> .
        } }
        """
            .formatted(graph(graphSlug), practice(practiceSlug));
  }
}
