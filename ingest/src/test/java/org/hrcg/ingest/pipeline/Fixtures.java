package org.hrcg.ingest.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Case-study files for the pipeline and command-line tests, written to a test's folder. */
public final class Fixtures {

  /** The line of the practice's subject in {@link #turtle}. */
  public static final int PRACTICE_LINE = 25;

  private Fixtures() {}

  /** The graph IRI of a case study's slug. */
  public static String graph(String slug) {
    return "https://w3id.org/hrcg/graph/" + slug;
  }

  /**
   * A Turtle case study with a city, a local government and a practice, without a problem. Its
   * practice starts on line {@value #PRACTICE_LINE}.
   */
  public static String turtle(String slug) {
    return turtle(slug, true, true);
  }

  /** {@link #turtle} whose practice has no {@code hrc:territory}: an error on line 25. */
  public static String turtleWithoutTerritory(String slug) {
    return turtle(slug, false, true);
  }

  /** {@link #turtle} whose case study has no description: a warning, and nothing else. */
  public static String turtleWithWarning(String slug) {
    return turtle(slug, true, false);
  }

  private static String turtle(String slug, boolean withTerritory, boolean withDescription) {
    return """
        @prefix hrc: <https://w3id.org/hrcg/ontology#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix prov: <http://www.w3.org/ns/prov#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

        <https://w3id.org/hrcg/id/case-study/%1$s> a hrc:CaseStudy ;
            rdfs:label "Case study %1$s"@en ;
            dcterms:title "Case study %1$s"@en ;
            %3$s
            dcterms:issued "2025-07-24"^^xsd:date ;
            dcterms:language "en"^^xsd:language ;
            dcterms:publisher <https://example.org/publisher> ;
            dcterms:source <https://example.org/case-studies/%1$s> .

        <https://w3id.org/hrcg/id/territory/%1$s-city> a hrc:City ;
            rdfs:label "City of %1$s"@en ;
            prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/%1$s> .

        <https://w3id.org/hrcg/id/actor/%1$s-council> a hrc:LocalGovernment ;
            rdfs:label "Council of %1$s"@en ;
            hrc:governs <https://w3id.org/hrcg/id/territory/%1$s-city> ;
            prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/%1$s> .

        <https://w3id.org/hrcg/id/practice/%1$s-care> a hrc:Practice ;
            rdfs:label "Care in %1$s"@en ;
            dcterms:description "A care policy of %1$s."@en ;
            hrc:theme <https://w3id.org/hrcg/id/theme/care> ;
            %2$s
            hrc:implementedBy <https://w3id.org/hrcg/id/actor/%1$s-council> ;
            prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/%1$s> .
        """
        .formatted(
            slug,
            withTerritory
                ? "hrc:territory <https://w3id.org/hrcg/id/territory/" + slug + "-city> ;"
                : "",
            withDescription ? "dcterms:description \"A case study for tests.\"@en ;" : "");
  }

  /** The line of the practice's {@code themes} field in {@link #yaml}. */
  public static final int YAML_THEMES_LINE = 22;

  /**
   * A YAML case study with a city, a local government and a practice; its practice's themes are on
   * line {@value #YAML_THEMES_LINE}.
   */
  public static String yaml(String slug) {
    return yaml(slug, "care");
  }

  /** {@link #yaml} with another theme for the practice, e.g. one that no scheme knows. */
  public static String yaml(String slug, String theme) {
    return """
        hrcg-case-study: 1
        case-study:
          slug: %1$s
          title: Case study %1$s
          issued: 2025-07-24
          source: https://example.org/case-studies/%1$s
          description: A case study for tests.
        territories:
          %1$s-city:
            label: City of %1$s
            type: city
        actors:
          %1$s-council:
            label: Council of %1$s
            type: local-government
            governs: [%1$s-city]
        practices:
          %1$s-care:
            label: Care in %1$s
            description: A care policy of %1$s.
            territory: %1$s-city
            themes: [%2$s]
            implemented-by: [%1$s-council]
        """
        .formatted(slug, theme);
  }

  /** A CSV file of two practices of one case study, {@code slug}, in two cities. */
  public static String csv(String slug) {
    return """
        case-study,case-study-title,slug,label,description,territory,territory-label,territory-type,themes,implemented-by,implemented-by-label,implemented-by-type
        %1$s,Case study %1$s,%1$s-care,Care in %1$s,A care policy.,%1$s-city,City of %1$s,city,care,%1$s-council,Council of %1$s,local-government
        %1$s,,%1$s-quota,Quota in %1$s,An employment quota.,%1$s-town,Town of %1$s,city,anti-racism;participation,,,
        """
        .formatted(slug);
  }

  /** Writes a UTF-8 file, creating its folder. */
  public static Path write(Path folder, String name, String text) {
    try {
      Path file = folder.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
