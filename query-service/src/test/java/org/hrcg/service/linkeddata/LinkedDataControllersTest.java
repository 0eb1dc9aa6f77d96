package org.hrcg.service.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDFS;
import org.hrcg.model.store.GraphStore;
import org.hrcg.model.store.LoadRecord;
import org.hrcg.model.store.TdbStore;
import org.hrcg.ontology.HrcgResources;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The linked-data controllers on their own, on an in-memory store: the views and the bodies. */
@WebMvcTest(
    controllers = {
      ResourceController.class,
      GraphController.class,
      OntologyController.class,
      DatasetController.class
    })
@AutoConfigureMockMvc(addFilters = false)
@Import({LinkedDataConfiguration.class, LinkedDataControllersTest.Store.class})
class LinkedDataControllersTest {

  @TestConfiguration(proxyBeanMethods = false)
  @EnableConfigurationProperties(HrcgProperties.class)
  static class Store {
    @Bean(destroyMethod = "close")
    GraphStore store() {
      return TdbStore.inMemory();
    }
  }

  @Autowired MockMvc mvc;
  @Autowired GraphStore store;

  @BeforeEach
  void alpha() {
    store.replaceGraph(
        TestGraphs.graph("alpha-study"),
        TestGraphs.caseStudy("alpha-study", "alpha"),
        LoadRecord.now("tester", "alpha.ttl"));
  }

  @Test
  void rendersAResourcePageWithItsPropertiesSourcesAndLinks() throws Exception {
    MvcResult result =
        mvc.perform(get("/id/territory/alpha").accept("text/html"))
            .andExpect(status().isOk())
            .andExpect(view().name("linkeddata/resource"))
            .andExpect(header().string("Vary", "Accept, Accept-Language"))
            .andReturn();
    ResourcePage page = (ResourcePage) result.getModelAndView().getModel().get("page");
    assertThat(page.iri()).isEqualTo(TestGraphs.territory("alpha"));
    assertThat(page.label()).isEqualTo("City alpha");
    assertThat(page.types()).extracting(PageParts.Link::href).containsExactly("/ontology#City");
    assertThat(page.properties())
        .extracting(p -> p.property().iri())
        .startsWith("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", RDFS.label.getURI());
    assertThat(page.sources())
        .extracting(s -> s.graph().href(), s -> s.graph().text())
        .containsExactly(tuple("/graph/alpha-study", "Case study alpha-study"));
    assertThat(page.links())
        .extracting(l -> l.subject().href(), l -> l.property().code())
        .containsExactly(tuple("/id/practice/alpha-care", "hrc:territory"));
    assertThat(page.alternates())
        .extracting(PageParts.Alternate::href)
        .contains("/id/territory/alpha?format=ttl", "/id/territory/alpha?format=jsonld");
  }

  @Test
  void sendsJsonLdThatParsesBack() throws Exception {
    MvcResult result =
        mvc.perform(get("/id/territory/alpha").accept("application/ld+json"))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/ld+json"))
            .andReturn();
    Model model = LinkedDataIT.union(result.getResponse().getContentAsString(), Lang.JSONLD);
    assertThat(
            model.contains(
                model.getResource(TestGraphs.territory("alpha")),
                RDFS.label,
                model.createLiteral("City alpha", "en")))
        .isTrue();
  }

  @Test
  void answersAnUnknownResourceWithAProblem() throws Exception {
    mvc.perform(get("/id/territory/omega").accept("application/json"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.title").value("Not Found"))
        .andExpect(
            jsonPath("$.detail")
                .value("the store says nothing about <" + TestGraphs.territory("omega") + ">"))
        .andExpect(jsonPath("$.instance").value("/id/territory/omega"));
    mvc.perform(get("/id/territory/omega").accept("text/html"))
        .andExpect(status().isNotFound())
        .andExpect(view().name("linkeddata/not-found"));
  }

  @Test
  void saysSoWhenADescriptionCannotBeWrittenAsRdfXml() throws Exception {
    store.update(
        "INSERT DATA { GRAPH <"
            + TestGraphs.graph("beta-study")
            + "> { <"
            + TestGraphs.territory("beta")
            + "> <http://example.org/1> \"no XML name\" } }");
    mvc.perform(get("/id/territory/beta").accept("application/rdf+xml"))
        .andExpect(status().isNotAcceptable())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.detail").value(containsString("RDF/XML")));
    mvc.perform(get("/id/territory/beta").accept("text/turtle")).andExpect(status().isOk());
  }

  @Test
  void rendersAGraphPageWithItsLoadRecordAndSubjects() throws Exception {
    MvcResult result =
        mvc.perform(get("/graph/alpha-study").accept("text/html"))
            .andExpect(status().isOk())
            .andExpect(view().name("linkeddata/graph"))
            .andReturn();
    GraphPage page = (GraphPage) result.getModelAndView().getModel().get("page");
    assertThat(page.title()).isEqualTo("Case study alpha-study");
    assertThat(page.triples()).isEqualTo(TestGraphs.caseStudy("alpha-study", "alpha").size());
    assertThat(page.load().agent()).isEqualTo("tester");
    assertThat(page.load().file()).isEqualTo("alpha.ttl");
    assertThat(page.caseStudy().href()).isEqualTo("/id/case-study/alpha-study");
    assertThat(page.subjects())
        .extracting(s -> s.resource().href())
        .containsExactlyInAnyOrder(
            "/id/case-study/alpha-study", "/id/territory/alpha", "/id/practice/alpha-care");
  }

  @Test
  void rendersTheOntologyPageAndRefusesHtmlForTheShapes() throws Exception {
    MvcResult result =
        mvc.perform(get("/ontology").accept("text/html"))
            .andExpect(status().isOk())
            .andExpect(view().name("linkeddata/ontology"))
            .andReturn();
    OntologyPage page = (OntologyPage) result.getModelAndView().getModel().get("page");
    assertThat(page.classes()).extracting(OntologyPage.Term::anchor).contains("Practice", "City");
    OntologyPage.Term theme =
        page.objectProperties().stream()
            .filter(t -> t.anchor().equals("theme"))
            .findFirst()
            .orElseThrow();
    assertThat(theme.domain())
        .extracting(PageParts.Link::href)
        .containsExactly("/ontology#Practice");
    assertThat(page.schemes()).hasSize(HrcgResources.SCHEMES.size());
    assertThat(page.diagram()).startsWith("classDiagram");
    mvc.perform(get("/ontology/shapes").accept("text/html"))
        .andExpect(status().isNotAcceptable())
        .andExpect(content().contentType("application/problem+json"));
  }
}
