package org.hrcg.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large, valid case study written as Turtle for the tests that need a load that takes a while: a
 * city, its council and any number of practices with labels and descriptions in four languages, two
 * themes and two instruments each. No blank nodes, so that sorted N-Quads lines compare two stores
 * exactly.
 */
public final class BulkCaseStudy {

  private static final int TRIPLES_PER_PRACTICE = 16;
  private static final int HEADER_TRIPLES = 15;

  private BulkCaseStudy() {}

  /** The triples of a case study with this many practices. */
  public static long triples(int practices) {
    return (long) practices * TRIPLES_PER_PRACTICE + HEADER_TRIPLES;
  }

  /** Writes the case study {@code slug} with this many practices to the file; returns the file. */
  public static Path write(Path file, String slug, int practices) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          """
          @prefix hrc: <https://w3id.org/hrcg/ontology#> .
          @prefix dcterms: <http://purl.org/dc/terms/> .
          @prefix prov: <http://www.w3.org/ns/prov#> .
          @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
          @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
          @prefix cs: <https://w3id.org/hrcg/id/case-study/> .
          @prefix practice: <https://w3id.org/hrcg/id/practice/> .
          @prefix territory: <https://w3id.org/hrcg/id/territory/> .
          @prefix actor: <https://w3id.org/hrcg/id/actor/> .
          @prefix theme: <https://w3id.org/hrcg/id/theme/> .
          @prefix instrument: <https://w3id.org/hrcg/id/instrument/> .

          cs:%1$s a hrc:CaseStudy ;
              rdfs:label "Bulk load for the crash test"@en ;
              dcterms:title "Bulk load for the crash test"@en ;
              dcterms:description "A large generated case study."@en ;
              dcterms:issued "2025-07-24"^^xsd:date ;
              dcterms:language "en"^^xsd:language ;
              dcterms:publisher <https://example.org/publisher> ;
              dcterms:source <https://example.org/case-studies/%1$s> .

          territory:%1$s-city a hrc:City ;
              rdfs:label "Bulk City"@en ;
              prov:wasDerivedFrom cs:%1$s .

          actor:%1$s-council a hrc:LocalGovernment ;
              rdfs:label "Bulk City Council"@en ;
              hrc:governs territory:%1$s-city ;
              prov:wasDerivedFrom cs:%1$s .

          """
              .formatted(slug));
      for (int i = 0; i < practices; i++) {
        out.write(
            """
            practice:%1$s-%2$d a hrc:Practice ;
                rdfs:label "Practice %2$d"@en, "Práctica %2$d"@es, "Pratique %2$d"@fr, \
            "Prática %2$d"@pt ;
                dcterms:description "Generated practice number %2$d."@en, \
            "Práctica generada número %2$d."@es, "Pratique générée numéro %2$d."@fr, \
            "Prática gerada número %2$d."@pt ;
                hrc:theme theme:care, theme:participation ;
                hrc:instrument instrument:educational-campaign, \
            instrument:accreditation-mechanism ;
                hrc:territory territory:%1$s-city ;
                hrc:implementedBy actor:%1$s-council ;
                prov:wasDerivedFrom cs:%1$s .
            """
                .formatted(slug, i));
      }
    }
    return file;
  }
}
