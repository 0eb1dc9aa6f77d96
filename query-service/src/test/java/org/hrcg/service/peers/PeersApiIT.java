package org.hrcg.service.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

/** The peers API over real HTTP on a TDB2 store loaded with the bundled data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeersApiIT {

  static final Credentials ADMIN = new Credentials("admin", "admin-secret");
  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String ID = "https://w3id.org/hrcg/id/";

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> Path.of("..", "data").toAbsolutePath().toString());
    registry.add("hrcg.admin-password", ADMIN::password);
  }

  @LocalServerPort int port;

  @Autowired PeerIndexes indexes;

  ServiceClient client() {
    return new ServiceClient(port);
  }

  DocumentContext ok(String path) {
    HttpResponse<String> response = client().get(path, JSON);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(JSON);
    return JsonPath.parse(response.body());
  }

  DocumentContext problem(String path, int status) {
    HttpResponse<String> response = client().get(path, JSON);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith(PROBLEM_JSON);
    DocumentContext body = JsonPath.parse(response.body());
    assertThat(body.read("$.status", Integer.class)).isEqualTo(status);
    return body;
  }

  @Test
  @Order(0)
  void theIndexIsBuiltAtStartupBeforeAnyRequest() {
    // No test has asked for peers yet: the index is built by the service itself, once it is up.
    await().atMost(Duration.ofSeconds(60)).until(indexes::built);
  }

  @Test
  @Order(1)
  void barcelonasFirstPeerIsUtrechtWithThePairingAndProcurement() {
    DocumentContext body = ok("/api/territories/barcelona/peers");
    assertThat(body.read("$.territory.iri", String.class)).isEqualTo(ID + "territory/barcelona");
    assertThat(body.read("$.peers[0].territory.iri", String.class))
        .isEqualTo(ID + "territory/utrecht");
    assertThat(body.read("$.peers[0].territory.slug", String.class)).isEqualTo("utrecht");
    assertThat(body.read("$.peers[0].territory.label", String.class)).isEqualTo("Utrecht");
    double first = body.read("$.peers[0].score", Double.class);
    double second = body.read("$.peers[1].score", Double.class);
    assertThat(first).isGreaterThan(second);
    List<String> kinds = body.read("$.peers[0].reasons[*].kind");
    assertThat(kinds).contains("pairing", "concept");
    List<String> paired = body.read("$.peers[0].reasons[?(@.kind == 'pairing')].practices[*].iri");
    assertThat(paired)
        .containsExactly(
            ID + "practice/barcelona-human-rights-procurement",
            ID + "practice/utrecht-human-rights-procurement");
    List<String> concepts = body.read("$.peers[0].reasons[?(@.kind == 'concept')].concept.iri");
    assertThat(concepts).contains(ID + "theme/procurement");
    List<String> schemes =
        body.read(
            "$.peers[0].reasons[?(@.concept.iri == '" + ID + "theme/procurement')].concept.scheme");
    assertThat(schemes).containsExactly(ID + "theme");
    List<Double> contributions = body.read("$.peers[0].reasons[*].contribution");
    assertThat(contributions).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    // Peers known only through the joint statements weigh less than the pairing.
    List<String> peers = body.read("$.peers[*].territory.slug");
    assertThat(peers).contains("sao-paulo").doesNotContain("barcelona");
  }

  @Test
  @Order(2)
  void aThemeFilterKeepsOnlyPracticesWithIt() {
    DocumentContext body = ok("/api/territories/barcelona/peers?theme=procurement&limit=5");
    assertThat(body.read("$.theme.iri", String.class)).isEqualTo(ID + "theme/procurement");
    assertThat(body.read("$.peers[0].territory.slug", String.class)).isEqualTo("utrecht");
    List<String> practices = body.read("$.peers[*].reasons[*].practices[*].iri");
    assertThat(practices)
        .allSatisfy(p -> assertThat(p).doesNotContain("pioneering-human-rights-policies"));
    DocumentContext care = ok("/api/territories/barcelona/peers?theme=" + ID + "theme/care");
    List<String> carePeers = care.read("$.peers[*].territory.slug");
    assertThat(carePeers).doesNotContain("utrecht").contains("the-hague");
  }

  @Test
  @Order(3)
  void unknownTerritoryThemeAndBadLimitsAreProblems() {
    DocumentContext missing = problem("/api/territories/atlantis/peers", 404);
    assertThat(missing.read("$.detail", String.class)).contains("atlantis");
    DocumentContext theme = problem("/api/territories/barcelona/peers?theme=no-such-theme", 400);
    assertThat(theme.read("$.parameter", String.class)).isEqualTo("theme");
    assertThat(theme.read("$.detail", String.class)).contains("no-such-theme");
    // a concept of another scheme is not a theme
    problem("/api/territories/barcelona/peers?theme=" + ID + "right/work", 400);
    for (String limit : List.of("0", "101", "-3", "many")) {
      DocumentContext bad = problem("/api/territories/barcelona/peers?limit=" + limit, 400);
      assertThat(bad.read("$.parameter", String.class)).isEqualTo("limit");
    }
    assertThat(
            ok("/api/territories/barcelona/peers?limit=1").read("$.peers.length()", Integer.class))
        .isEqualTo(1);
    assertThat(
            ok("/api/territories/barcelona/peers?limit=100")
                .read("$.peers.length()", Integer.class))
        .isBetween(2, 100);
    problem("/api/practices/no-such-practice/similar", 404);
  }

  @Test
  @Order(4)
  void similarPracticesAreElsewhere() {
    DocumentContext body = ok("/api/practices/barcelona-human-rights-procurement/similar");
    assertThat(body.read("$.similar[0].practice.iri", String.class))
        .isEqualTo(ID + "practice/utrecht-human-rights-procurement");
    List<String> territories = body.read("$.similar[*].territory.slug");
    assertThat(territories).doesNotContain("barcelona");
    List<String> concepts = body.read("$.similar[0].reasons[*].concept.iri");
    assertThat(concepts).contains(ID + "theme/procurement");
  }

  @Test
  @Order(5)
  void inspirationsListTheObservatory() {
    DocumentContext body = ok("/api/inspirations");
    String observatory = ID + "practice/seine-saint-denis-violence-against-women-observatory";
    List<String> targets =
        body.read("$.inspirations[?(@.from.iri == '" + observatory + "')].to.iri");
    assertThat(targets).contains(ID + "territory/palestine", ID + "territory/cameroon");
    assertThat(body.read("$.inspirations[0].from.territory.slug", String.class))
        .isEqualTo("seine-saint-denis");
    assertThat(body.read("$.inspirations[0].from.label", String.class))
        .isEqualTo("Observatory on Violence Against Women");
  }

  @Test
  @Order(6)
  void territoriesArePaged() {
    DocumentContext first = ok("/api/territories?size=5");
    assertThat(first.read("$.page", Integer.class)).isEqualTo(1);
    assertThat(first.read("$.size", Integer.class)).isEqualTo(5);
    assertThat(first.read("$.total", Integer.class)).isGreaterThanOrEqualTo(19);
    assertThat(first.read("$.territories.length()", Integer.class)).isEqualTo(5);
    DocumentContext all = ok("/api/territories?size=100");
    List<String> slugs = all.read("$.territories[*].slug");
    assertThat(slugs).contains("barcelona", "utrecht", "palestine").isSorted();
    List<String> type = all.read("$.territories[?(@.slug == 'barcelona')].type");
    assertThat(type).containsExactly("City");
    List<Integer> practices = all.read("$.territories[?(@.slug == 'barcelona')].practices");
    assertThat(practices).containsExactly(3);
    List<String> wikidata = all.read("$.territories[?(@.slug == 'barcelona')].wikidata");
    assertThat(wikidata).containsExactly("http://www.wikidata.org/entity/Q1492");
    DocumentContext beyond = ok("/api/territories?page=99&size=100");
    assertThat(beyond.read("$.territories.length()", Integer.class)).isZero();
    for (String bad : List.of("page=0", "page=x", "size=0", "size=101")) {
      DocumentContext problem = problem("/api/territories?" + bad, 400);
      assertThat(problem.read("$.parameter", String.class)).isEqualTo(bad.split("=")[0]);
    }
  }

  @Test
  @Order(7)
  void aTerritoryWithItsPracticesActorsAndLinks() {
    DocumentContext barcelona = ok("/api/territories/barcelona");
    assertThat(barcelona.read("$.label", String.class)).isEqualTo("Barcelona");
    assertThat(barcelona.read("$.wikidata", String.class))
        .isEqualTo("http://www.wikidata.org/entity/Q1492");
    List<String> sameAs = barcelona.read("$.sameAs");
    assertThat(sameAs).contains("http://www.wikidata.org/entity/Q1492");
    assertThat(barcelona.read("$.coordinates.lat", Double.class)).isEqualTo(41.3874);
    assertThat(barcelona.read("$.coordinates.long", Double.class)).isEqualTo(2.1686);
    List<String> practices = barcelona.read("$.practices[*].slug");
    assertThat(practices).contains("barcelona-human-rights-procurement");
    List<String> themes =
        barcelona.read(
            "$.practices[?(@.slug == 'barcelona-human-rights-procurement')].themes[*].iri");
    assertThat(themes).contains(ID + "theme/procurement", ID + "theme/social-economy");
    DocumentContext ssd = ok("/api/territories/seine-saint-denis");
    List<String> actors = ssd.read("$.actors[*].slug");
    assertThat(actors).contains("seine-saint-denis-local-government");
    List<List<String>> relations =
        ssd.read("$.actors[?(@.slug == 'seine-saint-denis-local-government')].relations");
    assertThat(relations).containsExactly(List.of("governs", "located"));
    problem("/api/territories/atlantis", 404);
    problem("/api/territories/Not_A_Slug", 404);
  }

  @Test
  @Order(8)
  void theOpenApiDescriptionHasThePeersPaths() {
    DocumentContext api = ok("/v3/api-docs");
    Map<String, Object> paths = api.read("$.paths");
    assertThat(paths)
        .containsKeys(
            "/api/territories",
            "/api/territories/{slug}",
            "/api/territories/{slug}/peers",
            "/api/practices/{slug}/similar",
            "/api/inspirations");
  }

  @Test
  @Order(9)
  void inspirationsArePagedInTheirOrder() {
    DocumentContext all = ok("/api/inspirations");
    assertThat(all.read("$.page", Integer.class)).isEqualTo(1);
    assertThat(all.read("$.size", Integer.class)).isEqualTo(100);
    int total = all.read("$.total", Integer.class);
    assertThat(total).isEqualTo(all.read("$.inspirations.length()", Integer.class)).isEqualTo(2);
    assertThat(all.read("$.pages", Integer.class)).isEqualTo(1);
    List<String> everyTarget = all.read("$.inspirations[*].to.iri");
    assertThat(everyTarget).isSorted();
    for (int page = 1; page <= total; page++) {
      DocumentContext one = ok("/api/inspirations?size=1&page=" + page);
      assertThat(one.read("$.pages", Integer.class)).isEqualTo(total);
      assertThat(one.read("$.inspirations[*].to.iri", List.class))
          .containsExactly(everyTarget.get(page - 1));
    }
    assertThat(ok("/api/inspirations?size=1&page=3").read("$.inspirations.length()", Integer.class))
        .isZero();
    assertThat(ok("/api/inspirations?size=1000").read("$.inspirations.length()", Integer.class))
        .isEqualTo(total);
    for (String bad : List.of("page=0", "page=x", "size=0", "size=1001")) {
      DocumentContext problem = problem("/api/inspirations?" + bad, 400);
      assertThat(problem.read("$.parameter", String.class)).isEqualTo(bad.split("=")[0]);
    }
  }

  @Test
  @Order(10)
  void peersFollowAnUpdate() {
    List<String> before =
        ok("/api/territories/barcelona/peers?limit=100").read("$.peers[*].territory.slug");
    assertThat(before).doesNotContain("peerville");
    String update =
        """
        PREFIX hrc: <https://w3id.org/hrcg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/peers-test> {
          <https://w3id.org/hrcg/id/case-study/peers-test> a hrc:CaseStudy ;
            rdfs:label "Peers test"@en ; dcterms:title "Peers test"@en .
          <https://w3id.org/hrcg/id/territory/peerville> a hrc:City ;
            rdfs:label "Peerville"@en ;
            prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/peers-test> .
          <https://w3id.org/hrcg/id/practice/peerville-procurement> a hrc:Practice ;
            rdfs:label "Rights-based procurement in Peerville"@en ;
            hrc:territory <https://w3id.org/hrcg/id/territory/peerville> ;
            hrc:theme <https://w3id.org/hrcg/id/theme/procurement> ,
                      <https://w3id.org/hrcg/id/theme/social-economy> ;
            prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/peers-test> .
        } }
        """;
    HttpResponse<String> written = client().update(ADMIN, update);
    assertThat(written.statusCode()).as(written.body()).isBetween(200, 204);
    DocumentContext after = ok("/api/territories/barcelona/peers?limit=100");
    List<String> peers = after.read("$.peers[*].territory.slug");
    assertThat(peers).contains("peerville");
    assertThat(after.read("$.peers[0].territory.slug", String.class)).isEqualTo("utrecht");
  }

  @Test
  @Order(11)
  void peersSearchAndPagesFollowACaseStudyUpload() {
    String yaml =
        """
        hrcg-case-study: 1
        case-study:
          slug: upload-follow
          title: Upload follow test
          issued: 2025-07-24
          source: https://example.org/case-studies/upload-follow
        territories:
          uploadtown:
            label: Uploadtown
            type: city
        practices:
          uploadtown-procurement:
            label: Zanzibarian procurement charter in Uploadtown
            territory: uploadtown
            themes: [procurement, social-economy]
        """;
    assertThat(client().get("/api/territories/uploadtown", JSON).statusCode()).isEqualTo(404);
    DocumentContext words = ok("/api/practices?q=zanzibarian");
    assertThat(words.read("$.paging.total", Integer.class)).isZero();

    HttpResponse<String> uploaded =
        client().send("POST", "/api/case-studies", ADMIN, "application/yaml", yaml);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

    assertThat(ok("/api/territories/uploadtown").read("$.label", String.class))
        .isEqualTo("Uploadtown");
    List<String> peers = ok("/api/territories/uploadtown/peers").read("$.peers[*].territory.slug");
    assertThat(peers).contains("barcelona", "utrecht");
    List<String> barcelonas =
        ok("/api/territories/barcelona/peers?limit=100").read("$.peers[*].territory.slug");
    assertThat(barcelonas).contains("uploadtown");
    List<String> found = ok("/api/practices?q=zanzibarian").read("$.practices[*].slug");
    assertThat(found).containsExactly("uploadtown-procurement");
    List<String> procurement =
        ok("/api/practices?theme=procurement&size=100").read("$.practices[*].slug");
    assertThat(procurement).contains("uploadtown-procurement");
    HttpResponse<String> page = client().get("/territories/uploadtown", "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Zanzibarian procurement charter in Uploadtown");

    HttpResponse<String> withdrawn =
        client().send("DELETE", "/api/case-studies/upload-follow", ADMIN, null, null);
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isBetween(200, 204);
    assertThat(client().get("/api/territories/uploadtown", JSON).statusCode()).isEqualTo(404);
    assertThat(ok("/api/practices?q=zanzibarian").read("$.paging.total", Integer.class)).isZero();
  }
}
