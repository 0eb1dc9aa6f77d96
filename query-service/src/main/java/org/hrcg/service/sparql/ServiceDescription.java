package org.hrcg.service.sparql;

import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description of the service: the query endpoint (SPARQL 1.1 Query, every
 * result format the service writes, the union of the named graphs as default graph, simple
 * entailment), the update endpoint when the service takes writes, and the dataset both work on,
 * with its named graphs.
 *
 * @param queryEndpoint the query endpoint's URL, as the client reached it
 * @param updateEndpoint the update endpoint's URL, or null when the service is read-only
 * @param graphNames the IRIs of the dataset's named graphs
 */
record ServiceDescription(String queryEndpoint, String updateEndpoint, List<String> graphNames) {

  static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  static final String FORMATS = "http://www.w3.org/ns/formats/";
  static final String SIMPLE_ENTAILMENT = "http://www.w3.org/ns/entailment/Simple";

  /** The {@code http://www.w3.org/ns/formats/} names of the formats {@code /sparql} answers in. */
  static final List<String> RESULT_FORMATS =
      List.of(
          "SPARQL_Results_JSON",
          "SPARQL_Results_XML",
          "SPARQL_Results_CSV",
          "SPARQL_Results_TSV",
          "Turtle",
          "N-Triples",
          "JSON-LD",
          "RDF_XML",
          "TriG",
          "N-Quads");

  /**
   * What the description says that depends on the running service.
   *
   * @param writable whether the service takes updates (it has an admin)
   * @param graphNames the IRIs of the dataset's named graphs
   */
  record Facts(boolean writable, List<String> graphNames) {

    Facts {
      graphNames = List.copyOf(Objects.requireNonNull(graphNames, "graphNames"));
    }
  }

  ServiceDescription {
    Objects.requireNonNull(queryEndpoint, "queryEndpoint");
    graphNames = List.copyOf(Objects.requireNonNull(graphNames, "graphNames"));
  }

  Model toModel() {
    Model model = ModelFactory.createDefaultModel();
    model.setNsPrefix("sd", SD);
    model.setNsPrefix("formats", FORMATS);
    model.setNsPrefix("dcterms", DCTerms.NS);

    Resource dataset = model.createResource().addProperty(RDF.type, sd(model, "Dataset"));
    dataset.addProperty(
        sd(model, "defaultGraph"),
        model
            .createResource()
            .addProperty(RDF.type, sd(model, "Graph"))
            .addProperty(
                DCTerms.description,
                model.createLiteral(
                    "The union of all named graphs, as every query sees it unless it names its"
                        + " own dataset.",
                    "en")));
    for (String name : graphNames) {
      dataset.addProperty(
          sd(model, "namedGraph"),
          model
              .createResource()
              .addProperty(RDF.type, sd(model, "NamedGraph"))
              .addProperty(sd(model, "name"), model.createResource(name)));
    }

    Resource query = service(model, queryEndpoint, dataset);
    query.addProperty(sd(model, "supportedLanguage"), sd(model, "SPARQL10Query"));
    query.addProperty(sd(model, "supportedLanguage"), sd(model, "SPARQL11Query"));
    query.addProperty(sd(model, "feature"), sd(model, "UnionDefaultGraph"));
    for (String format : RESULT_FORMATS) {
      query.addProperty(sd(model, "resultFormat"), model.createResource(FORMATS + format));
    }
    if (updateEndpoint != null) {
      Resource update = service(model, updateEndpoint, dataset);
      update.addProperty(sd(model, "supportedLanguage"), sd(model, "SPARQL11Update"));
    }
    return model;
  }

  private static Resource service(Model model, String endpoint, Resource dataset) {
    return model
        .createResource()
        .addProperty(RDF.type, sd(model, "Service"))
        .addProperty(sd(model, "endpoint"), model.createResource(endpoint))
        .addProperty(sd(model, "defaultEntailmentRegime"), model.createResource(SIMPLE_ENTAILMENT))
        .addProperty(sd(model, "defaultDataset"), dataset);
  }

  private static Property sd(Model model, String localName) {
    return model.createProperty(SD + localName);
  }
}
