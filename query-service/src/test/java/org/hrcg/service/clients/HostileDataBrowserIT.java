package org.hrcg.service.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.hrcg.service.ServiceClient;
import org.hrcg.service.ServiceClient.Credentials;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Data that carries markup and script ({@code <script>}, {@code onerror=}, {@code javascript:}
 * IRIs), written through SPARQL Update by an administrator, is inert on every HTML page: shown as
 * text, never run, never a link. Each page is opened in Chromium, its drawings included, and
 * checked from inside the page.
 */
class HostileDataBrowserIT extends ChromiumOnBundledData {

  static final Credentials ADMIN = new Credentials("admin", "admin-secret");

  @DynamicPropertySource
  static void admin(DynamicPropertyRegistry registry) {
    registry.add("hrcg.admin-password", ADMIN::password);
  }

  static final String HOSTILE =
      """
      PREFIX hrc: <https://w3id.org/hrcg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#>
      INSERT DATA { GRAPH <https://w3id.org/hrcg/graph/xss-test> {
        <https://w3id.org/hrcg/id/case-study/xss-test> a hrc:CaseStudy ;
          rdfs:label "<script>window.hrcgXss = 'case study'</script>Hostile study"@en ;
          dcterms:title "<script>window.hrcgXss = 'title'</script>Hostile study"@en .
        <https://w3id.org/hrcg/id/territory/evilton> a hrc:City ;
          rdfs:label "<img src=x onerror=\\"window.hrcgXss = 'territory'\\">Evilton"@en ;
          owl:sameAs <javascript:window.hrcgXss='sameAs'> ;
          wgs:lat 10.5 ; wgs:long 20.5 ;
          prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/xss-test> .
        <https://w3id.org/hrcg/id/practice/evil-practice> a hrc:Practice ;
          rdfs:label "<script>window.hrcgXss = 'practice'</script>Evil practice"@en ;
          dcterms:description "\\"><svg onload=\\"window.hrcgXss = 'description'\\">"@en ;
          hrc:territory <https://w3id.org/hrcg/id/territory/evilton> ;
          hrc:theme <https://w3id.org/hrcg/id/theme/procurement> ;
          hrc:implementedBy <javascript:window.hrcgXss='actor'> ;
          hrc:inspired <https://w3id.org/hrcg/id/territory/barcelona> ;
          prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/xss-test> .
      } }
      """;

  static final List<String> PAGES =
      List.of(
          "/",
          "/practices",
          "/practices?q=evil",
          "/practices?theme=procurement&lang=es",
          "/territories",
          "/territories/evilton",
          "/territories/barcelona",
          "/peers?territory=evilton",
          "/peers?territory=barcelona&theme=procurement",
          "/inspirations",
          "/id/practice/evil-practice",
          "/id/territory/evilton",
          "/graph/xss-test",
          "/.well-known/void");

  @Test
  void hostileDataIsInertOnEveryPage() {
    HttpResponse<String> written = new ServiceClient(port).update(ADMIN, HOSTILE);
    assertThat(written.statusCode()).as(written.body()).isBetween(200, 204);

    for (String page : PAGES) {
      browser.get(url(page));
      JavascriptExecutor script = (JavascriptExecutor) browser;
      if (!browser.findElements(By.cssSelector("figure#map, figure#network")).isEmpty()) {
        new WebDriverWait(browser, Chromium.WAIT)
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("figure[data-drawn], figure.failed")));
      }
      assertThat(script.executeScript("return window.hrcgXss === undefined"))
          .as(page)
          .isEqualTo(true);
      assertThat(alertShown()).as(page).isFalse();
      Object injected =
          script.executeScript(
              "return Array.from(document.querySelectorAll('[onerror], [onload], img[src=x]'))"
                  + ".map(e => e.outerHTML)"
                  + ".concat(Array.from(document.querySelectorAll('a, area'))"
                  + ".map(a => a.getAttribute('href') || '')"
                  + ".filter(h => /^\\s*javascript:/i.test(h)))");
      assertThat((List<?>) injected).as(page).isEmpty();
      assertThat(Chromium.problems(browser)).as(page).isEmpty();
    }

    browser.get(url("/territories/evilton"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .as("the markup is shown as text")
        .isEqualTo("<img src=x onerror=\"window.hrcgXss = 'territory'\">Evilton");
  }

  private boolean alertShown() {
    try {
      browser.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }
}
