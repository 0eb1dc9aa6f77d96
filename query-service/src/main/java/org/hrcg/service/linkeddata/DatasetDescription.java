package org.hrcg.service.linkeddata;

import java.util.Map;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.hrcg.model.iri.ReservedGraph;
import org.hrcg.model.store.LoadedGraph;

/**
 * The dataset described in VoID and DCAT: what it is, its licence, its size, classes and graphs,
 * the vocabularies it uses, and where to query and download it.
 */
final class DatasetDescription {

  static final String VOID = "http://rdfs.org/ns/void#";
  static final String FOAF = "http://xmlns.com/foaf/0.1/";
  static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
  static final String TITLE = "Human Rights Cities Graph";
  static final String DESCRIPTION =
      "A linked-data knowledge graph of local human-rights practices: which cities and territories"
          + " do what, which human rights each practice serves, which actors carry it, what"
          + " inspired what, and from which source each fact comes. Each source is a named graph"
          + " of its own.";
  private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

  private static final Property TRIPLES = property("triples");
  private static final Property CLASSES = property("classes");
  private static final Property PROPERTIES = property("properties");
  private static final Property ENTITIES = property("entities");
  private static final Property DISTINCT_SUBJECTS = property("distinctSubjects");
  private static final Property DISTINCT_OBJECTS = property("distinctObjects");
  private static final Property CLASS_PARTITION = property("classPartition");
  private static final Property PROPERTY_PARTITION = property("propertyPartition");
  private static final Property CLASS = property("class");
  private static final Property PROPERTY = property("property");
  private static final Property SUBSET = property("subset");
  private static final Property SPARQL_ENDPOINT = property("sparqlEndpoint");
  private static final Property DATA_DUMP = property("dataDump");
  private static final Property URI_SPACE = property("uriSpace");
  private static final Property VOCABULARY = property("vocabulary");
  private static final Property EXAMPLE_RESOURCE = property("exampleResource");
  private static final Property FEATURE = property("feature");
  private static final Resource DATASET = ResourceFactory.createResource(VOID + "Dataset");
  private static final Resource DATASET_DESCRIPTION =
      ResourceFactory.createResource(VOID + "DatasetDescription");
  private static final Property PRIMARY_TOPIC =
      ResourceFactory.createProperty(FOAF + "primaryTopic");

  private final IriSpace space;

  DatasetDescription(IriSpace space) {
    this.space = Objects.requireNonNull(space, "space");
  }

  /** The IRI of the dataset: {@code {base}void#dataset}, where the description is published. */
  String datasetIri() {
    return space.base() + "void#dataset";
  }

  /**
   * The description.
   *
   * @param statistics the dataset's numbers
   * @param titles the title of each source graph's case study, by graph IRI
   * @param root this service's URL, without a trailing slash, for the endpoint and the dump
   * @param document the URL of the description itself
   */
  Model describe(
      DatasetStatistics statistics, Map<String, String> titles, String root, String document) {
    Model model = ModelFactory.createDefaultModel();
    Resource dataset = model.createResource(datasetIri());
    model
        .createResource(document)
        .addProperty(RDF.type, DATASET_DESCRIPTION)
        .addProperty(DCTerms.title, model.createLiteral("Description of the " + TITLE, "en"))
        .addProperty(PRIMARY_TOPIC, dataset);

    Resource license = model.createResource(LICENSE);
    Resource dump = model.createResource(root + "/dump");
    Resource endpoint = model.createResource(root + "/sparql");
    dataset
        .addProperty(RDF.type, DATASET)
        .addProperty(RDF.type, DCAT.Dataset)
        .addProperty(DCTerms.title, model.createLiteral(TITLE, "en"))
        .addProperty(DCTerms.description, model.createLiteral(DESCRIPTION, "en"))
        .addProperty(DCTerms.license, license)
        .addProperty(DCAT.landingPage, model.createResource(root + "/"))
        .addProperty(DCAT.keyword, model.createLiteral("human rights", "en"))
        .addProperty(DCAT.keyword, model.createLiteral("human rights cities", "en"))
        .addProperty(DCAT.keyword, model.createLiteral("local government", "en"))
        .addProperty(DCAT.keyword, model.createLiteral("public policy", "en"))
        .addProperty(TRIPLES, integer(model, statistics.triples()))
        .addProperty(DISTINCT_SUBJECTS, integer(model, statistics.distinctSubjects()))
        .addProperty(DISTINCT_OBJECTS, integer(model, statistics.distinctObjects()))
        .addProperty(CLASSES, integer(model, statistics.classes().size()))
        .addProperty(PROPERTIES, integer(model, statistics.properties().size()))
        .addProperty(SPARQL_ENDPOINT, endpoint)
        .addProperty(DATA_DUMP, dump)
        .addProperty(URI_SPACE, space.base() + "id/")
        .addProperty(FEATURE, model.createResource("http://www.w3.org/ns/formats/N-Quads"))
        .addProperty(FEATURE, model.createResource("http://www.w3.org/ns/formats/Turtle"));
    if (statistics.modified() != null) {
      dataset.addProperty(
          DCTerms.modified,
          model.createTypedLiteral(statistics.modified().toString(), XSDDatatype.XSDdateTime));
    }
    for (String namespace : statistics.namespaces()) {
      dataset.addProperty(VOCABULARY, model.createResource(namespace));
    }
    statistics
        .classes()
        .forEach(
            (iri, entities) ->
                dataset.addProperty(
                    CLASS_PARTITION,
                    model
                        .createResource()
                        .addProperty(CLASS, model.createResource(iri))
                        .addProperty(ENTITIES, integer(model, entities.longValue()))));
    statistics
        .properties()
        .forEach(
            (iri, triples) ->
                dataset.addProperty(
                    PROPERTY_PARTITION,
                    model
                        .createResource()
                        .addProperty(PROPERTY, model.createResource(iri))
                        .addProperty(TRIPLES, integer(model, triples.longValue()))));

    statistics
        .graphs()
        .forEach(
            (iri, triples) -> {
              Resource graph =
                  model
                      .createResource(iri)
                      .addProperty(RDF.type, DATASET)
                      .addProperty(TRIPLES, integer(model, triples.longValue()));
              space
                  .graphSlug(iri)
                  .ifPresent(
                      slug -> {
                        graph.addProperty(DATA_DUMP, model.createResource(root + "/graph/" + slug));
                        if (!ReservedGraph.isReserved(slug)) {
                          graph.addProperty(
                              DCTerms.source, model.createResource(space.caseStudy(slug)));
                        }
                      });
              String title = titles.get(iri);
              if (title != null) {
                graph.addProperty(DCTerms.title, model.createLiteral(title, "en"));
              }
              LoadedGraph load = statistics.loads().get(iri);
              if (load != null) {
                graph.addProperty(
                    DCTerms.modified,
                    model.createTypedLiteral(
                        load.record().time().toString(), XSDDatatype.XSDdateTime));
              }
              dataset.addProperty(SUBSET, graph);
              space
                  .graphSlug(iri)
                  .filter(slug -> !ReservedGraph.isReserved(slug))
                  .ifPresent(
                      slug ->
                          dataset.addProperty(
                              EXAMPLE_RESOURCE, model.createResource(space.caseStudy(slug))));
            });

    dataset.addProperty(
        DCAT.distribution,
        model
            .createResource(root + "/dump#distribution")
            .addProperty(RDF.type, DCAT.Distribution)
            .addProperty(
                DCTerms.title, model.createLiteral("Every graph, as gzipped N-Quads", "en"))
            .addProperty(DCAT.downloadURL, dump)
            .addProperty(DCAT.accessURL, dump)
            .addProperty(DCAT.mediaType, model.createResource(MEDIA_TYPES + "application/n-quads"))
            .addProperty(
                DCAT.compressFormat, model.createResource(MEDIA_TYPES + "application/gzip"))
            .addProperty(DCTerms.license, license));
    Resource service =
        model
            .createResource(root + "/sparql#service")
            .addProperty(RDF.type, DCAT.DataService)
            .addProperty(DCTerms.title, model.createLiteral("SPARQL 1.1 endpoint", "en"))
            .addProperty(DCAT.endpointURL, endpoint)
            .addProperty(
                DCTerms.conformsTo,
                model.createResource("https://www.w3.org/TR/sparql11-protocol/"))
            .addProperty(DCAT.servesDataset, dataset);
    dataset.addProperty(
        DCAT.distribution,
        model
            .createResource(root + "/sparql#distribution")
            .addProperty(RDF.type, DCAT.Distribution)
            .addProperty(DCTerms.title, model.createLiteral("SPARQL 1.1 endpoint", "en"))
            .addProperty(DCAT.accessURL, endpoint)
            .addProperty(DCAT.accessService, service)
            .addProperty(DCTerms.license, license));
    model.setNsPrefixes(Prefixes.usedBy(model.getGraph()));
    model.setNsPrefix("void", VOID);
    return model;
  }

  /** A count as VoID gives it, an xsd:integer. */
  private static Literal integer(Model model, long value) {
    return model.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(VOID, local);
  }
}
