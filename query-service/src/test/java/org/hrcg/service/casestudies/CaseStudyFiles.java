package org.hrcg.service.casestudies;

import java.io.StringWriter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.hrcg.service.TestGraphs;

/** Case-study files in each format that the API takes, and multipart bodies that carry them. */
final class CaseStudyFiles {

  static final String BOUNDARY = "hrcg-test-boundary-7d1f";

  private CaseStudyFiles() {}

  /** A YAML case study with a city, its council and a care practice. */
  static String yaml(String slug) {
    return yaml(slug, "care");
  }

  /** {@link #yaml} whose practice has this theme, for example one that no scheme knows. */
  static String yaml(String slug, String theme) {
    return """
        hrcg-case-study: 1
        case-study:
          slug: %1$s
          title: Case study %1$s
          issued: 2025-07-24
          source: https://example.org/case-studies/%1$s
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
            territory: %1$s-city
            themes: [%2$s]
            implemented-by: [%1$s-council]
        """
        .formatted(slug, theme);
  }

  /** The line of the practice's themes in {@link #yaml}. */
  static int yamlThemesLine(String yaml) {
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().startsWith("themes:")) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no themes line");
  }

  /** A CSV file of two practices of one case study. */
  static String csv(String slug) {
    return """
        case-study,case-study-title,slug,label,territory,territory-label,territory-type,themes
        %1$s,Case study %1$s,%1$s-care,Care in %1$s,%1$s-city,City of %1$s,city,care
        %1$s,,%1$s-quota,Quota in %1$s,%1$s-town,Town of %1$s,city,anti-racism
        """
        .formatted(slug);
  }

  /** A CSV file of two case studies. */
  static String csvOfTwo(String first, String second) {
    return """
        case-study,case-study-title,slug,label,territory,territory-label,territory-type,themes
        %1$s,Case study %1$s,%1$s-care,Care in %1$s,%1$s-city,City of %1$s,city,care
        %2$s,Case study %2$s,%2$s-care,Care in %2$s,%2$s-city,City of %2$s,city,care
        """
        .formatted(first, second);
  }

  /** A case study as Turtle. */
  static String turtle(String slug) {
    return TestGraphs.caseStudyTurtle(slug, slug + "-city");
  }

  /** A case study in an RDF syntax. */
  static String rdf(String slug, Lang lang) {
    if (lang.equals(Lang.TURTLE)) {
      return turtle(slug);
    }
    StringWriter out = new StringWriter();
    RDFDataMgr.write(out, TestGraphs.caseStudy(slug, slug + "-city"), lang);
    return out.toString();
  }

  /** A curation file with coordinates of one territory. */
  static String curation() {
    return """
        hrcg-curation: 1
        curation:
          attributed-to: test curators
          date: 2026-01-15
        territories:
          alpha-study-city: {lat: 41.5, long: 2.25}
        """;
  }

  /** A multipart form with one part {@code file}. */
  static String multipart(String fileName, String partType, String content) {
    return "--"
        + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\"file\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
        + "\r\n"
        + (partType == null ? "" : "Content-Type: " + partType + "\r\n")
        + "\r\n"
        + content
        + "\r\n--"
        + BOUNDARY
        + "--\r\n";
  }

  /** The Content-Type of {@link #multipart}. */
  static String multipartType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }
}
