package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class ServiceDescriptionTest {

  static final String SD = ServiceDescription.SD;
  static final String QUERY = "http://example.org/sparql";
  static final String UPDATE = "http://example.org/update";
  static final List<String> GRAPHS =
      List.of("https://w3id.org/hrcg/graph/ontology", "https://w3id.org/hrcg/graph/alpha-study");

  static Model writable() {
    return new ServiceDescription(QUERY, UPDATE, GRAPHS).toModel();
  }

  static Property sd(Model model, String localName) {
    return model.createProperty(SD + localName);
  }

  static Resource serviceAt(Model model, String endpoint) {
    List<Resource> services =
        model
            .listSubjectsWithProperty(sd(model, "endpoint"), model.createResource(endpoint))
            .toList();
    assertThat(services).as("services at %s", endpoint).hasSize(1);
    return services.get(0);
  }

  @Test
  void describesTheQueryEndpointWithItsLanguagesFeaturesAndResultFormats() {
    Model model = writable();
    Resource query = serviceAt(model, QUERY);
    assertThat(query.hasProperty(RDF.type, model.createResource(SD + "Service"))).isTrue();
    assertThat(
            query.hasProperty(
                sd(model, "supportedLanguage"), model.createResource(SD + "SPARQL11Query")))
        .isTrue();
    assertThat(
            query.hasProperty(
                sd(model, "supportedLanguage"), model.createResource(SD + "SPARQL11Update")))
        .as("updates go to their own endpoint")
        .isFalse();
    assertThat(
            query.hasProperty(sd(model, "feature"), model.createResource(SD + "UnionDefaultGraph")))
        .isTrue();
    assertThat(
            query.hasProperty(
                sd(model, "defaultEntailmentRegime"),
                model.createResource(ServiceDescription.SIMPLE_ENTAILMENT)))
        .isTrue();
    List<String> formats =
        query
            .listProperties(sd(model, "resultFormat"))
            .mapWith(s -> s.getResource().getURI())
            .toList();
    assertThat(formats)
        .contains(
            ServiceDescription.FORMATS + "SPARQL_Results_JSON",
            ServiceDescription.FORMATS + "SPARQL_Results_XML",
            ServiceDescription.FORMATS + "SPARQL_Results_CSV",
            ServiceDescription.FORMATS + "SPARQL_Results_TSV",
            ServiceDescription.FORMATS + "Turtle",
            ServiceDescription.FORMATS + "JSON-LD");
  }

  @Test
  void describesTheUpdateEndpointOnTheSameDataset() {
    Model model = writable();
    Resource update = serviceAt(model, UPDATE);
    assertThat(
            update.hasProperty(
                sd(model, "supportedLanguage"), model.createResource(SD + "SPARQL11Update")))
        .isTrue();
    RDFNode queryDataset =
        serviceAt(model, QUERY).getRequiredProperty(sd(model, "defaultDataset")).getObject();
    assertThat(update.getRequiredProperty(sd(model, "defaultDataset")).getObject())
        .isEqualTo(queryDataset);
  }

  @Test
  void aReadOnlyServiceDescribesNoUpdateEndpoint() {
    Model model = new ServiceDescription(QUERY, null, GRAPHS).toModel();
    assertThat(model.listSubjectsWithProperty(sd(model, "endpoint")).toList()).hasSize(1);
    assertThat(model.containsResource(model.createResource(SD + "SPARQL11Update"))).isFalse();
  }

  @Test
  void namesEveryNamedGraphOfTheDefaultDataset() {
    Model model = writable();
    Resource dataset =
        serviceAt(model, QUERY).getRequiredProperty(sd(model, "defaultDataset")).getResource();
    assertThat(dataset.hasProperty(RDF.type, model.createResource(SD + "Dataset"))).isTrue();
    assertThat(
            dataset
                .getRequiredProperty(sd(model, "defaultGraph"))
                .getResource()
                .hasProperty(RDF.type, model.createResource(SD + "Graph")))
        .isTrue();
    List<String> names =
        dataset
            .listProperties(sd(model, "namedGraph"))
            .mapWith(
                s -> s.getResource().getRequiredProperty(sd(model, "name")).getResource().getURI())
            .toList();
    assertThat(names).containsExactlyInAnyOrderElementsOf(GRAPHS);
  }
}
