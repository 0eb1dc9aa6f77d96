package org.hrcg.service.peers;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages for people, over real HTTP on the bundled data, read as a browser without JavaScript
 * would: the practice search and its facet links, a territory with its peers and the reasons, the
 * peers form, the inspirations, the map's GeoJSON, the refusals as pages, and the interface in four
 * languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PagesIT {

  static final String HTML = "text/html";

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> Path.of("..", "data").toAbsolutePath().toString());
  }

  @LocalServerPort int port;

  HttpResponse<String> get(String path, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Accept";
    all[1] = HTML;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return new ServiceClient(port).send("GET", path, Credentials.NONE, null, null, all);
  }

  Document page(String path, int status, String... headers) {
    HttpResponse<String> response = get(path, headers);
    assertThat(response.statusCode()).as(path + "\n" + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(HTML);
    Document document = Jsoup.parse(response.body(), "http://localhost:" + port + path);
    // No page runs a script of its own: every script is a file (the CSP forbids the rest).
    assertThat(document.select("script:not([src])")).isEmpty();
    // Every control has a label.
    for (Element control : document.select("input:not([type=hidden]), select, textarea")) {
      assertThat(document.select("label[for=" + control.id() + "]"))
          .as("label of " + control)
          .isNotEmpty();
    }
    return document;
  }

  static List<String> texts(Element document, String selector) {
    return document.select(selector).eachText();
  }

  @Test
  void practicesListsEveryPracticeWithFacetLinks() {
    Document practices = page("/practices", 200);

    assertThat(practices.select("h1").text()).isEqualTo("Practices");
    assertThat(practices.select("#results-title").text()).isEqualTo("25 practices");
    assertThat(practices.select("li.practice")).hasSize(20);
    assertThat(practices.select("nav.paging a[rel=next]").attr("href"))
        .isEqualTo("/practices?page=2");
    Element procurement =
        practices.selectFirst("section[data-filter=theme] a[data-slug=procurement]");
    assertThat(procurement).isNotNull();
    assertThat(procurement.select(".count").text()).isEqualTo("3");
    assertThat(procurement.attr("href")).isEqualTo("/practices?theme=procurement");
  }

  @Test
  void aThemeLinkFiltersAndItsFacetLinkRemovesIt() {
    Document procurement = page("/practices?theme=procurement", 200);

    assertThat(procurement.select("#results-title").text()).isEqualTo("3 practices");
    assertThat(texts(procurement, "li.practice p.where > a:first-child"))
        .containsExactlyInAnyOrder("Barcelona", "Utrecht", "Winnipeg");
    assertThat(procurement.select("li.practice h3 a").first().attr("href"))
        .startsWith("/id/practice/");
    assertThat(procurement.select("li.practice p.sources a").first().attr("href"))
        .isEqualTo("/id/case-study/geneva-dialogue-2025");
    Element chosen = procurement.selectFirst("section[data-filter=theme] a[data-slug=procurement]");
    assertThat(chosen.attr("aria-current")).isEqualTo("true");
    assertThat(chosen.attr("href")).isEqualTo("/practices");
    assertThat(procurement.select("ul.chosen a").attr("href")).isEqualTo("/practices");
  }

  @Test
  void aBroaderThemeFindsItsNarrowerOnes() {
    Document participation = page("/practices?theme=participation", 200);

    assertThat(texts(participation, "li.practice h3 a"))
        .contains("Territorial decentralization in Santa Fe");
    assertThat(participation.select("section[data-filter=theme] a[data-slug=decentralization]"))
        .isNotEmpty();
  }

  @Test
  void wordsInAnotherLanguageFindPractices() {
    Document words = page("/practices?q=cuidados", 200);

    assertThat(words.select("#q").attr("value")).isEqualTo("cuidados");
    assertThat(words.select("li.practice")).isNotEmpty();
  }

  @Test
  void anUnknownThemeIsA400PageNamingIt() {
    Document refused = page("/practices?theme=nowhere", 400);

    assertThat(refused.select("section.problem").text()).contains("400", "nowhere");
    assertThat(refused.select("li.practice")).isEmpty();
  }

  @Test
  void barcelonasPageShowsItsPracticesAndUtrechtFirstWithThePairing() {
    Document barcelona = page("/territories/barcelona", 200);

    assertThat(barcelona.select("h1").text()).isEqualTo("Barcelona");
    assertThat(texts(barcelona, "ul.practices > li > a:first-child"))
        .contains("Human rights criteria in public procurement in Barcelona");
    assertThat(barcelona.select("a.external[href=http://www.wikidata.org/entity/Q1492]"))
        .isNotEmpty();
    assertThat(barcelona.select("figure.map").attr("data-highlight")).isEqualTo("barcelona");
    Element first = barcelona.selectFirst("ol.peers > li.peer");
    assertThat(first.select("h3 a").text()).isEqualTo("Utrecht");
    assertThat(first.select("h3 a").attr("href")).isEqualTo("/territories/utrecht");
    Element pairing = first.selectFirst("ul.reasons li.pairing");
    assertThat(pairing).isNotNull();
    assertThat(pairing.text())
        .contains(
            "Paired by the source",
            "Human rights criteria in public procurement in Barcelona",
            "Human rights criteria in public procurement in Utrecht");
    assertThat(texts(first, "ul.reasons li.concept > a"))
        .contains("Public procurement", "Human rights criteria in procurement");
  }

  @Test
  void anUnknownTerritoryIsA404Page() {
    Document missing = page("/territories/atlantis", 404);

    assertThat(missing.select("h1").text()).isEqualTo("Not found");
    assertThat(missing.select("section.problem").text()).contains("atlantis");
  }

  @Test
  void thePeersFormOffersTheTerritoriesAndThemesAndAnswersWithReasons() {
    Document form = page("/peers", 200);
    assertThat(form.select("select#territory option[value=barcelona]").text())
        .isEqualTo("Barcelona");
    assertThat(form.select("select#territory option[value=geneva]"))
        .as("a territory without practices is not offered")
        .isEmpty();
    assertThat(form.select("select#theme option[value=procurement]")).isNotEmpty();

    Document peers = page("/peers?territory=barcelona&theme=procurement", 200);
    assertThat(peers.select("select#territory option[selected]").val()).isEqualTo("barcelona");
    assertThat(peers.select("select#theme option[selected]").val()).isEqualTo("procurement");
    assertThat(texts(peers, "ol.peers > li.peer > h3 > a"))
        .startsWith("Utrecht")
        .contains("Winnipeg");

    assertThat(page("/peers?territory=atlantis", 404).select("section.problem").text())
        .contains("atlantis");
    assertThat(
            page("/peers?territory=barcelona&theme=nothing", 400).select("section.problem").text())
        .contains("theme");
  }

  @Test
  void inspirationsListTheObservatoryAndItsFollowers() {
    Document inspirations = page("/inspirations", 200);

    assertThat(inspirations.select("table.links tbody tr")).hasSize(2);
    assertThat(inspirations.select("table.links tbody").text())
        .contains("Observatory on Violence Against Women", "Cameroon", "Palestine");
    assertThat(inspirations.select("figure#network").attr("data-src"))
        .startsWith("/api/inspirations");
  }

  @Test
  void territoriesListAndTheMapsPoints() {
    Document territories = page("/territories", 200);
    assertThat(texts(territories, "table.territories tbody tr td:first-child a"))
        .contains("Barcelona", "São Paulo", "Utrecht");
    assertThat(territories.select("figure#map").attr("data-src"))
        .startsWith("/api/geo/territories");

    HttpResponse<String> geo =
        new ServiceClient(port).get("/api/geo/territories", "application/geo+json");
    assertThat(geo.statusCode()).isEqualTo(200);
    assertThat(geo.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/geo+json");
    DocumentContext json = JsonPath.parse(geo.body());
    assertThat(json.read("$.type", String.class)).isEqualTo("FeatureCollection");
    List<Map<String, Object>> barcelona =
        json.read("$.features[?(@.properties.slug == 'barcelona')]");
    assertThat(barcelona).hasSize(1);
    List<Double> coordinates =
        json.read("$.features[?(@.properties.slug == 'barcelona')].geometry.coordinates[*]");
    // GeoJSON puts the longitude first.
    assertThat(coordinates.get(0)).isBetween(2.0, 2.3);
    assertThat(coordinates.get(1)).isBetween(41.3, 41.5);
    List<String> slugs = json.read("$.features[*].properties.slug");
    assertThat(slugs).doesNotContain("geneva").as("no practices, so not on the map");
  }

  @Test
  void theInterfaceSpeaksTheVisitorsLanguage() {
    Document spanish =
        page("/practices?theme=participation", 200, "Accept-Language", "es-ES,es;q=0.9,en;q=0.5");
    assertThat(spanish.select("html").attr("lang")).isEqualTo("es");
    assertThat(spanish.select("h1").text()).isEqualTo("Prácticas");
    assertThat(
            spanish
                .select("section[data-filter=theme] a[data-slug=participation] span")
                .first()
                .text())
        .as("the data's Spanish label")
        .isEqualTo("Participación");
    assertThat(spanish.select("nav.languages a[aria-current=true]").text()).isEqualTo("Español");

    Document french = page("/territories/barcelona?lang=fr", 200, "Accept-Language", "es");
    assertThat(french.select("html").attr("lang")).isEqualTo("fr");
    assertThat(french.select("#peers-title").text()).isEqualTo("Des territoires comme celui-ci");
    assertThat(french.select("ol.peers h3 a").first().attr("href"))
        .as("links keep a language chosen with ?lang=")
        .isEqualTo("/territories/utrecht?lang=fr");

    HttpResponse<String> portuguese = get("/peers", "Accept-Language", "pt-BR");
    assertThat(portuguese.headers().firstValue("Content-Language")).hasValue("pt");
    assertThat(portuguese.headers().allValues("Vary"))
        .anySatisfy(v -> assertThat(v).contains("Accept-Language"));
    assertThat(Jsoup.parse(portuguese.body()).select("h1").text())
        .isEqualTo("Territórios como o meu");

    Document unknown = page("/inspirations?lang=de", 200, "Accept-Language", "de");
    assertThat(unknown.select("html").attr("lang")).isEqualTo("en");
    assertThat(unknown.select("h1").text()).isEqualTo("Who inspired whom");

    Document switcher = page("/practices?theme=care&lang=es", 200);
    assertThat(switcher.select("nav.languages a[hreflang=pt]").attr("href"))
        .isEqualTo("/practices?theme=care&lang=pt");
  }

  @Test
  void theHomePageLinksToThePagesInItsLanguage() {
    Document home = page("/?lang=pt", 200);

    assertThat(home.select("html").attr("lang")).isEqualTo("pt");
    assertThat(home.select("main a[href^=/practices]").attr("href"))
        .isEqualTo("/practices?lang=pt");
    assertThat(home.select("form[role=search] input[name=lang]").val()).isEqualTo("pt");
  }
}
