package org.hrcg.service.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages for people in a real browser (headless Chromium) on the bundled data: a city-network
 * officer finds practices by theme, opens a territory and reads its peers; the map and the network
 * of inspirations draw; axe-core finds no serious accessibility violation on any page; and nothing
 * the Content-Security-Policy blocks, nothing from another origin.
 *
 * <p>Screenshots of the map and the network are kept in {@code target/screenshots/}.
 */
class PagesBrowserIT extends ChromiumOnBundledData {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @Test
  void filtersByThemeOpensATerritoryAndSeesItsPeers() {
    browser.get(url("/practices"));
    assertThat(browser.findElement(By.id("results-title")).getText()).isEqualTo("25 practices");

    browser
        .findElement(By.cssSelector("section[data-filter=theme] a[data-slug=procurement]"))
        .click();
    waitFor(By.cssSelector("ul.chosen a"));
    assertThat(browser.getCurrentUrl()).endsWith("/practices?theme=procurement");
    assertThat(browser.findElement(By.id("results-title")).getText()).isEqualTo("3 practices");
    List<String> places =
        browser.findElements(By.cssSelector("li.practice p.where > a:first-child")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(places).containsExactlyInAnyOrder("Barcelona", "Utrecht", "Winnipeg");

    browser.findElement(By.linkText("Barcelona")).click();
    waitFor(By.cssSelector("ol.peers li.peer"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Barcelona");
    WebElement first = browser.findElement(By.cssSelector("ol.peers > li.peer"));
    assertThat(first.findElement(By.cssSelector("h3 a")).getText()).isEqualTo("Utrecht");
    assertThat(first.findElement(By.cssSelector("li.pairing")).getText())
        .contains("Paired by the source");

    assertThat(Chromium.resourcesFromOtherOrigins(browser)).isEmpty();
    assertThat(Chromium.problems(browser)).isEmpty();
  }

  @Test
  void theMapDrawsTheTerritories() throws IOException {
    browser.get(url("/territories"));
    WebElement map = waitFor(By.cssSelector("figure#map[data-drawn]"));

    assertThat(Integer.parseInt(map.getAttribute("data-drawn"))).isGreaterThanOrEqualTo(9);
    assertThat(map.findElements(By.cssSelector("svg path.graticule"))).hasSize(1);
    List<WebElement> markers = map.findElements(By.cssSelector("svg a.marker"));
    assertThat(markers).hasSizeGreaterThanOrEqualTo(9);
    assertThat(markers.stream().map(m -> m.getDomAttribute("href")))
        .contains("/territories/barcelona");
    assertThat(drawnShare(screenshot(map, "map.png"))).isGreaterThan(0.05);

    markers.stream()
        .filter(m -> "/territories/utrecht".equals(m.getDomAttribute("href")))
        .findFirst()
        .orElseThrow()
        .sendKeys(org.openqa.selenium.Keys.ENTER);
    waitFor(By.cssSelector("figure#map.small[data-drawn]"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Utrecht");
    assertThat(browser.findElements(By.cssSelector("figure#map a.marker.highlight"))).hasSize(1);
    assertThat(Chromium.problems(browser)).isEmpty();
  }

  @Test
  void theNetworkDrawsTheInspirations() throws IOException {
    browser.get(url("/inspirations"));
    WebElement network = waitFor(By.cssSelector("figure#network[data-drawn]"));

    assertThat(network.findElements(By.cssSelector("svg line.link.inspired"))).hasSize(2);
    assertThat(network.findElements(By.cssSelector("svg a.node.territory")))
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(network.findElements(By.cssSelector("svg a.node.practice text")).get(0).getText())
        .isEqualTo("Observatory on Violence Against Women");
    assertThat(drawnShare(screenshot(network, "network.png"))).isGreaterThan(0.01);
    assertThat(Chromium.problems(browser)).isEmpty();
  }

  @Test
  void noPageHasASeriousAccessibilityViolation() {
    List<String> pages =
        List.of(
            "/",
            "/practices",
            "/practices?theme=participation&lang=es",
            "/territories",
            "/territories/barcelona?lang=fr",
            "/peers",
            "/peers?territory=barcelona&theme=procurement&lang=pt",
            "/inspirations",
            "/territories/atlantis");
    for (String page : pages) {
      browser.get(url(page));
      if (page.startsWith("/territories") && !page.contains("atlantis")) {
        waitFor(By.cssSelector("figure#map[data-drawn]"));
      }
      if (page.startsWith("/inspirations")) {
        waitFor(By.cssSelector("figure#network[data-drawn]"));
      }
      assertThat(Chromium.seriousViolations(browser))
          .as(page)
          .filteredOn(v -> !knownInTheQueryEditor(v))
          .isEmpty();
    }
  }

  @Test
  void theAccessibilityCheckFindsAnUnlabelledControl() {
    // The check above can fail: a control without a label, added to a clean page, is found.
    browser.get(url("/peers"));
    assertThat(Chromium.seriousViolations(browser)).isEmpty();
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.querySelector('main').appendChild(document.createElement('input'))");
    assertThat(Chromium.seriousViolations(browser))
        .anySatisfy(v -> assertThat(v.get("id")).isEqualTo("label"));
  }

  /**
   * The one finding left in YASGUI, the query editor on the home page: its tab list holds the "add
   * a tab" button beside the tabs, and its keyboard navigation counts on that; moving the button
   * out would break it. Anything else, in the editor too, fails the test.
   */
  private static boolean knownInTheQueryEditor(java.util.Map<String, Object> violation) {
    return "aria-required-children".equals(violation.get("id"))
        && List.of(".tabsList").equals(violation.get("targets"));
  }

  @Test
  void theKeyboardReachesTheContentFirst() {
    browser.get(url("/practices"));
    browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getAttribute("class")).isEqualTo("skip");
    focused.sendKeys(org.openqa.selenium.Keys.ENTER);
    assertThat(browser.getCurrentUrl()).endsWith("#main");
  }

  private WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Chromium.WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  /** A PNG of the element, kept under target/screenshots. */
  private static BufferedImage screenshot(WebElement element, String name) throws IOException {
    byte[] png = element.getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isGreaterThan(200);
    return image;
  }

  /** The share of the image's pixels that are neither white nor near it: what was drawn. */
  private static double drawnShare(BufferedImage image) {
    long drawn = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r < 235 || g < 235 || b < 235) {
          drawn++;
        }
      }
    }
    return (double) drawn / ((long) image.getWidth() * image.getHeight());
  }
}
