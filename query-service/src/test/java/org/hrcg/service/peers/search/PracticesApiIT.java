package org.hrcg.service.peers.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code GET /api/practices} over real HTTP on a TDB2 store loaded with the bundled data: the
 * filters, broader themes, curated rights, facet counts, text search in English and Spanish, the
 * 400 problems, and that search follows an update.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PracticesApiIT {

  static final Credentials ADMIN = new Credentials("admin", "admin-secret");
  static final String PRACTICE = "https://w3id.org/hrcg/id/practice/";
  static final String JSON = "application/json";

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> "../data");
    registry.add("hrcg.admin-password", ADMIN::password);
  }

  @LocalServerPort int port;

  @Autowired GraphStore store;
  @Autowired TextIndex textIndex;

  @Test
  @Order(0)
  void theTextIndexIsBuiltAtStartupBeforeAnySearch() {
    // No search has run yet: the service builds the index itself once it is up.
    await().atMost(Duration.ofSeconds(60)).until(() -> textIndex.revision() >= 0);
  }

  private ServiceClient client() {
    return new ServiceClient(port);
  }

  private DocumentContext get(String query) {
    HttpResponse<String> response = client().get("/api/practices?" + query, JSON);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(JSON));
    return JsonPath.parse(response.body());
  }

  private static List<String> slugs(DocumentContext body) {
    return body.read("$.practices[*].slug");
  }

  @Test
  void procurementFindsBarcelonaUtrechtAndWinnipeg() {
    DocumentContext body = get("theme=procurement");
    assertThat(slugs(body))
        .containsExactlyInAnyOrder(
            "barcelona-human-rights-procurement",
            "utrecht-human-rights-procurement",
            "winnipeg-indigenous-economic-inclusion");
    assertThat(body.read("$.paging.total", Integer.class)).isEqualTo(3);
    List<String> territories = body.read("$.practices[*].territory.slug");
    assertThat(territories).containsExactlyInAnyOrder("barcelona", "utrecht", "winnipeg");
    List<String> sources = body.read("$.practices[0].sources[*].iri");
    assertThat(sources).contains("https://w3id.org/hrcg/id/case-study/geneva-dialogue-2025");
    List<String> graphs = body.read("$.practices[0].sources[*].graph");
    assertThat(graphs).contains("https://w3id.org/hrcg/graph/geneva-dialogue-2025");
    List<String> themeLabels = body.read("$.practices[0].themes[*].label");
    assertThat(themeLabels).isNotEmpty();
  }

  @Test
  void participationIncludesNarrowerDecentralization() {
    List<String> found = slugs(get("theme=participation&size=100"));
    assertThat(found)
        .contains("santa-fe-territorial-decentralization", "gdansk-participatory-models");
  }

  @Test
  void severalValuesOfOneFilterMeanAnyAndFiltersCombine() {
    List<String> either = slugs(get("theme=procurement&theme=decentralization&size=100"));
    assertThat(either)
        .contains("santa-fe-territorial-decentralization", "barcelona-human-rights-procurement");
    List<String> both = slugs(get("theme=procurement&territory=barcelona"));
    assertThat(both).containsExactly("barcelona-human-rights-procurement");
  }

  @Test
  void curatedRightFindsSaoPauloQuota() {
    DocumentContext body = get("right=work");
    assertThat(slugs(body)).contains("sao-paulo-black-employment-quota");
    List<String> rights =
        body.read("$.practices[?(@.slug=='sao-paulo-black-employment-quota')].rights[*].slug");
    assertThat(rights).contains("work");
  }

  @Test
  void facetCountsEqualTheResultsWithThatValue() {
    for (String query :
        List.of("size=100", "theme=participation&size=100", "q=procurement&size=100")) {
      DocumentContext body = get(query);
      List<Map<String, Object>> practices = body.read("$.practices");
      assertThat(body.read("$.paging.total", Integer.class)).isEqualTo(practices.size());
      Map<String, String> members =
          Map.of(
              "theme", "themes",
              "right", "rights",
              "targetGroup", "targetGroups",
              "instrument", "instruments");
      for (Map.Entry<String, String> facet : members.entrySet()) {
        Map<String, Integer> expected = new HashMap<>();
        for (Map<String, Object> practice : practices) {
          @SuppressWarnings("unchecked")
          Collection<Map<String, Object>> values =
              (Collection<Map<String, Object>>) practice.get(facet.getValue());
          values.forEach(v -> expected.merge((String) v.get("slug"), 1, Integer::sum));
        }
        assertThat(counts(body, facet.getKey()))
            .as(query + " " + facet.getKey())
            .isEqualTo(expected);
      }
      Map<String, Integer> territories = new HashMap<>();
      for (Map<String, Object> practice : practices) {
        @SuppressWarnings("unchecked")
        Map<String, Object> territory = (Map<String, Object>) practice.get("territory");
        territories.merge((String) territory.get("slug"), 1, Integer::sum);
      }
      assertThat(counts(body, "territory")).as(query + " territory").isEqualTo(territories);
      assertThat(body.read("$.facets.country", List.class)).isNotNull();
    }
  }

  private static Map<String, Integer> counts(DocumentContext body, String facet) {
    List<Map<String, Object>> values = body.read("$.facets." + facet);
    Map<String, Integer> counts = new HashMap<>();
    values.forEach(v -> counts.put((String) v.get("slug"), ((Number) v.get("count")).intValue()));
    return counts;
  }

  @Test
  void countryFindsTerritoriesPartOfIt() {
    List<String> found = slugs(get("country=france&size=100"));
    List<String> territories = get("country=france&size=100").read("$.practices[*].territory.slug");
    assertThat(found).contains("france-right-to-experimentation");
    assertThat(territories).contains("seine-saint-denis");
  }

  @Test
  void procurementWordsRankProcurementPracticesFirst() {
    DocumentContext body = get("q=procurement");
    List<String> found = slugs(body);
    assertThat(found.size()).isGreaterThanOrEqualTo(3);
    assertThat(found.subList(0, 3))
        .containsExactlyInAnyOrder(
            "barcelona-human-rights-procurement",
            "utrecht-human-rights-procurement",
            "winnipeg-indigenous-economic-inclusion");
    List<Double> scores = body.read("$.practices[*].score");
    for (int i = 1; i < scores.size(); i++) {
      assertThat(scores.get(i)).isLessThanOrEqualTo(scores.get(i - 1));
    }
  }

  @Test
  void aSpanishWordFindsItsPlace() {
    // "La Haya" is only the Spanish label of The Hague; its practices are found through it.
    DocumentContext body =
        get("q=" + URLEncoder.encode("La Haya", StandardCharsets.UTF_8) + "&lang=es");
    assertThat(slugs(body)).contains("the-hague-pioneering-human-rights-policies");
    List<String> territoryLabels = body.read("$.practices[*].territory.label");
    assertThat(territoryLabels).contains("La Haya");
  }

  @Test
  void unknownThemeIsA400NamingIt() {
    HttpResponse<String> response = client().get("/api/practices?theme=procurment", JSON);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    DocumentContext body = JsonPath.parse(response.body());
    assertThat(body.read("$.parameter", String.class)).isEqualTo("theme");
    assertThat(body.read("$.value", String.class)).isEqualTo("procurment");
    assertThat(body.read("$.detail", String.class)).contains("procurment").contains("procurement");
  }

  @Test
  void unknownTerritoryIsA400NamingIt() {
    HttpResponse<String> response = client().get("/api/practices?territory=atlantis", JSON);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JsonPath.parse(response.body()).read("$.parameter", String.class))
        .isEqualTo("territory");
  }

  @Test
  void pagingBoundsAre400s() {
    for (String[] bad :
        new String[][] {
          {"page=0", "page"}, {"size=0", "size"}, {"size=101", "size"}, {"page=x", "page"}
        }) {
      HttpResponse<String> response = client().get("/api/practices?" + bad[0], JSON);
      assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(JsonPath.parse(response.body()).read("$.parameter", String.class))
          .as(bad[0])
          .isEqualTo(bad[1]);
    }
    DocumentContext far = get("page=2147483647&size=100");
    assertThat(far.read("$.practices.length()", Integer.class)).isZero();
    DocumentContext second = get("size=5&page=2");
    assertThat(second.read("$.practices.length()", Integer.class)).isEqualTo(5);
    assertThat(second.read("$.paging.page", Integer.class)).isEqualTo(2);
  }

  @Test
  void searchFollowsAnUpdate() {
    assertThat(slugs(get("q=zorblaxian"))).isEmpty();
    long before = store.revision();
    String update =
        """
        PREFIX hrc: <https://w3id.org/hrcg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/search-test> {
          <https://w3id.org/hrcg/id/case-study/search-test> a hrc:CaseStudy ;
            rdfs:label "Search test"@en ; dcterms:title "Search test"@en .
          <https://w3id.org/hrcg/id/practice/zorblaxian-gardens> a hrc:Practice ;
            rdfs:label "Zorblaxian community gardens"@en ;
            hrc:theme <https://w3id.org/hrcg/id/theme/care> ;
            hrc:territory <https://w3id.org/hrcg/id/territory/barcelona> ;
            prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/search-test> .
        } }
        """;
    HttpResponse<String> written = client().update(ADMIN, update);
    assertThat(written.statusCode()).as(written.body()).isBetween(200, 204);
    assertThat(store.revision()).isGreaterThan(before);
    assertThat(slugs(get("q=zorblaxian"))).containsExactly("zorblaxian-gardens");
  }
}
