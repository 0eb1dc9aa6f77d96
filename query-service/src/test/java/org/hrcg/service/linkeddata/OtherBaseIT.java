package org.hrcg.service.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.LoadRecord;
import org.hrcg.service.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code hrcg.base-iri} set to another base, the service serves that base's IRIs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OtherBaseIT {

  static final String BASE = "https://data.example.org/cities/";
  static final String BROWSER = "text/html,*/*;q=0.8";

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> directory.resolve("no-data").toString());
    registry.add("hrcg.base-iri", () -> BASE);
  }

  @LocalServerPort int port;
  @Autowired GraphStore store;
  ServiceClient client;

  @BeforeEach
  void aCaseStudyUnderTheBase() {
    client = new ServiceClient(port);
    String turtle =
        """
        PREFIX hrc: <https://w3id.org/hrcg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        <https://data.example.org/cities/id/case-study/river-study> a hrc:CaseStudy ;
          rdfs:label "River study"@en ; dcterms:title "River study"@en .
        <https://data.example.org/cities/id/territory/riverside> a hrc:City ;
          rdfs:label "Riverside"@en ;
          prov:wasDerivedFrom <https://data.example.org/cities/id/case-study/river-study> .
        <https://data.example.org/cities/id/practice/riverside-care> a hrc:Practice ;
          rdfs:label "Care in Riverside"@en ;
          hrc:theme <https://w3id.org/hrcg/id/theme/care> ;
          hrc:territory <https://data.example.org/cities/id/territory/riverside> ;
          prov:wasDerivedFrom <https://data.example.org/cities/id/case-study/river-study> .
        """;
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(turtle, Lang.TURTLE).parse(model);
    store.replaceGraph(BASE + "graph/river-study", model, LoadRecord.now("test", null));
  }

  @Test
  void dereferencesIrisOfTheConfiguredBase() {
    HttpResponse<String> response = client.get("/id/territory/riverside", "text/turtle");
    assertThat(response.statusCode()).isEqualTo(200);
    Model model = LinkedDataIT.union(response.body(), Lang.TURTLE);
    assertThat(
            model.contains(
                model.getResource(BASE + "id/territory/riverside"),
                RDFS.label,
                model.createLiteral("Riverside", "en")))
        .isTrue();
    assertThat(client.get("/graph/river-study", "application/n-quads").statusCode()).isEqualTo(200);
  }

  @Test
  void linksTheBasesIrisAndTheSharedVocabularyToItsOwnPages() {
    String html =
        client
            .send(
                "GET",
                "/id/practice/riverside-care",
                ServiceClient.Credentials.NONE,
                null,
                null,
                "Accept",
                BROWSER)
            .body();
    assertThat(html).contains("href=\"/id/territory/riverside\"", "href=\"/graph/river-study\"");
    assertThat(html).contains("href=\"/id/theme/care\"", "href=\"/ontology#Practice\"");
    // The concept schemes keep the published base, and are served here all the same.
    assertThat(client.get("/id/theme/care", "text/turtle").statusCode()).isEqualTo(200);
  }

  @Test
  void describesTheDatasetUnderTheBase() {
    Model model =
        LinkedDataIT.union(client.get("/.well-known/void", "text/turtle").body(), Lang.TURTLE);
    assertThat(model.containsResource(model.getResource(BASE + "void#dataset"))).isTrue();
    assertThat(model.containsResource(model.getResource(BASE + "graph/river-study"))).isTrue();
    assertThat(client.get("/id/territory/the-hague", "text/turtle").statusCode()).isEqualTo(404);
  }
}
