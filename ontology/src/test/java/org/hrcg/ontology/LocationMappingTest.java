package org.hrcg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.stream.JenaIOEnvironment;
import org.apache.jena.riot.system.stream.LocationMapper;
import org.apache.jena.riot.system.stream.LocatorClassLoader;
import org.apache.jena.riot.system.stream.StreamManager;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The location mapping lets a tool resolve the hrcg {@code owl:imports} from the classpath. The
 * stream manager here has no HTTP locator, so a lookup that missed the mapping would fail instead
 * of going to the network.
 */
class LocationMappingTest {

  @Test
  void mapsTheOntologyAndShapesIrisToTheirClasspathFiles() {
    LocationMapper mapper = mapper();

    assertThat(mapper.altMapping(HrcgResources.ONTOLOGY_IRI)).isEqualTo(HrcgResources.ONTOLOGY);
    assertThat(mapper.altMapping("https://w3id.org/hrcg/shapes")).isEqualTo(HrcgResources.SHAPES);
  }

  @Test
  void opensTheOntologyByItsIriWithoutTheNetwork() {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.source(HrcgResources.ONTOLOGY_IRI)
        .streamManager(offline())
        .lang(Lang.TURTLE)
        .parse(model);

    assertThat(
            model.contains(model.getResource(HrcgResources.ONTOLOGY_IRI), RDF.type, OWL2.Ontology))
        .isTrue();
  }

  @Test
  void resolvesTheImportsOfADocumentThatImportsTheOntology() {
    Model closure = importsClosure("imports/imports-ontology.ttl", offline());

    assertThat(
            closure.contains(
                closure.getResource(HrcgResources.ONTOLOGY_NS + "Practice"), RDF.type, OWL2.Class))
        .isTrue();
  }

  private static LocationMapper mapper() {
    return JenaIOEnvironment.processConfig(HrcgResources.load(HrcgResources.LOCATION_MAPPING));
  }

  private static StreamManager offline() {
    StreamManager manager = new StreamManager();
    manager.addLocator(new LocatorClassLoader(LocationMappingTest.class.getClassLoader()));
    manager.setLocationMapper(mapper());
    return manager;
  }

  /** Follows owl:imports transitively, as an ontology tool does, through the stream manager. */
  private static Model importsClosure(String start, StreamManager manager) {
    Model closure = ModelFactory.createDefaultModel();
    Deque<String> pending = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    pending.add(start);
    while (!pending.isEmpty()) {
      String location = pending.removeFirst();
      if (!seen.add(location)) {
        continue;
      }
      Model document = ModelFactory.createDefaultModel();
      RDFParser.source(location).streamManager(manager).lang(Lang.TURTLE).parse(document);
      closure.add(document);
      for (RDFNode imported : document.listObjectsOfProperty(OWL2.imports).toList()) {
        pending.add(imported.asResource().getURI());
      }
    }
    return closure;
  }
}
