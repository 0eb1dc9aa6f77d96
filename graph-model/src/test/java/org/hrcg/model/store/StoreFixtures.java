package org.hrcg.model.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Two small sources that both describe Barcelona, and helpers to compare stores. */
final class StoreFixtures {

  static final String BASE = "https://w3id.org/hrcg/";
  static final String GENEVA = BASE + "graph/geneva-dialogue-2025";
  static final String OTHER = BASE + "graph/procurement-report";
  static final String META = BASE + "graph/meta";
  static final String ONTOLOGY = BASE + "graph/ontology";
  static final String SCHEMES = BASE + "graph/schemes";
  static final String DEFAULT = BASE + "graph/default";
  static final String BARCELONA = BASE + "id/territory/barcelona";

  private static final String PREFIXES =
      """
      PREFIX hrc: <https://w3id.org/hrcg/ontology#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX id: <https://w3id.org/hrcg/id/>
      """;

  private StoreFixtures() {}

  static Model geneva() {
    return turtle(
        """
        id:case-study\\/geneva-dialogue-2025 a hrc:CaseStudy ; rdfs:label "Geneva dialogue"@en .
        id:territory\\/barcelona a hrc:City ; rdfs:label "Barcelona"@en ;
            prov:wasDerivedFrom id:case-study\\/geneva-dialogue-2025 .
        id:territory\\/grigny a hrc:City ; rdfs:label "Grigny"@en ;
            prov:wasDerivedFrom id:case-study\\/geneva-dialogue-2025 .
        """);
  }

  static Model procurementReport() {
    return turtle(
        """
        id:case-study\\/procurement-report a hrc:CaseStudy ; rdfs:label "Procurement report"@en .
        id:territory\\/barcelona a hrc:City ; rdfs:label "Barcelona"@en , "Barcelona"@ca ;
            prov:wasDerivedFrom id:case-study\\/procurement-report .
        id:territory\\/utrecht a hrc:City ; rdfs:label "Utrecht"@en ;
            prov:wasDerivedFrom id:case-study\\/procurement-report .
        """);
  }

  static LoadRecord record(String file) {
    return new LoadRecord("tester", file, Instant.parse("2025-07-24T10:15:30.123Z"));
  }

  static Model turtle(String body) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(PREFIXES + body, Lang.TURTLE).parse(model);
    return model;
  }

  static DatasetGraph exportAll(GraphStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out, Lang.NQUADS, ExportScope.ALL);
    DatasetGraph copy = DatasetGraphFactory.create();
    RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(copy);
    return copy;
  }

  static String exportString(GraphStore store, Lang lang, ExportScope scope) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out, lang, scope);
    return out.toString(StandardCharsets.UTF_8);
  }
}
