package org.hrcg.service.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real browser (headless Chromium, Debian's {@code chromium} and {@code chromium-driver}) uses
 * the home page's query editor on the bundled data, under the service's Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BrowserIT {

  /** Generous: the machine is shared, and the first query warms the store. */
  private static final Duration WAIT = Duration.ofSeconds(90);

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", BundledData::folder);
  }

  static Path chromium;
  static Path driver;

  /** Before the service starts, so that a machine without Chromium skips it at no cost. */
  @BeforeAll
  static void findChromium() {
    chromium = RequiredProgram.find("CHROME_BIN", "/usr/bin/chromium", "apt-get install chromium");
    driver =
        RequiredProgram.find(
            "CHROMEDRIVER", "/usr/bin/chromedriver", "apt-get install chromium-driver");
  }

  @LocalServerPort int port;
  @TempDir Path profile;
  WebDriver browser;

  @BeforeEach
  void startBrowser() {
    // Named so that Selenium looks for no driver of its own: there is no network to fetch one.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1400",
        "--user-data-dir=" + profile.resolve("chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void runsAnExampleQueryInTheEditorAndShowsItsResults() {
    browser.get(url("/"));
    waitForEditor();

    Select examples = new Select(browser.findElement(By.id("example")));
    assertThat(examples.getOptions()).hasSizeGreaterThan(27);
    examples.selectByValue("01-procurement-cities");
    assertThat(browser.findElement(By.id("example-description")).getText()).contains("procurement");

    WebElement panel = activePanel();
    assertThat(editorText()).contains("theme:procurement");
    panel.findElement(By.cssSelector(".yasqe_queryButton")).click();

    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(
        ExpectedConditions.presenceOfNestedElementLocatedBy(
            panel, By.cssSelector(".yasr table.dataTable tbody tr td")));
    WebElement table = panel.findElement(By.cssSelector(".yasr table.dataTable"));
    assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(table.getText()).contains("Barcelona", "Utrecht", "Winnipeg");

    assertThat(resourcesFromOtherOrigins()).isEmpty();
    assertThat(problems(browserLog())).isEmpty();
  }

  @Test
  void showsTheEditorToABrowserOpeningTheEndpoint() {
    browser.get(url("/sparql"));
    waitForEditor();

    assertThat(endpointShown()).isEqualTo(url("/sparql"));
    assertThat(editorText()).contains("SELECT");
    assertThat(problems(browserLog())).isEmpty();
  }

  @Test
  void reportsWhatThePolicyBlocks() {
    // The check the other tests rely on: the policy blocks an inline script and the browser's log
    // says so.
    browser.get(url("/"));
    waitForEditor();
    ((JavascriptExecutor) browser)
        .executeScript(
            "var s = document.createElement('script');"
                + "s.textContent = 'window.inlineRan = true';"
                + "document.body.appendChild(s);");
    Object ran = ((JavascriptExecutor) browser).executeScript("return window.inlineRan === true");

    assertThat(ran).isEqualTo(false);
    assertThat(problems(browserLog()))
        .anySatisfy(entry -> assertThat(entry).contains("Content Security Policy"));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void waitForEditor() {
    new WebDriverWait(browser, WAIT)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#yasgui[data-ready='true'] .tabPanel.active .CodeMirror")));
  }

  private WebElement activePanel() {
    return browser.findElement(By.cssSelector("#yasgui .tabPanel.active"));
  }

  private String editorText() {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript("return window.hrcgYasgui.getTab().getYasqe().getValue()");
  }

  private String endpointShown() {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript("return window.hrcgYasgui.getTab().getEndpoint()");
  }

  @SuppressWarnings("unchecked")
  private List<String> resourcesFromOtherOrigins() {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => !n.startsWith(location.origin + '/'))");
  }

  private List<LogEntry> browserLog() {
    return browser.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** Errors and warnings in the browser's console: blocked scripts, styles, connections. */
  private static List<String> problems(List<LogEntry> entries) {
    return entries.stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }
}
