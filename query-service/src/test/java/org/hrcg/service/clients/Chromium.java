package org.hrcg.service.clients;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the browser tests (Debian's {@code chromium} and {@code chromium-driver}),
 * started with the flags that keep it off the network, and what the tests ask of a page: its
 * console's problems, resources from other origins, and axe-core's accessibility findings.
 */
final class Chromium {

  /** Generous: the machine is shared, and the first request warms the store. */
  static final Duration WAIT = Duration.ofSeconds(90);

  private static final String AXE_POM = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";

  private Chromium() {}

  /**
   * The browser and its driver, found before a service starts, so that a missing one costs nothing.
   */
  record Programs(Path chromium, Path driver) {

    static Programs find() {
      return new Programs(
          RequiredProgram.find("CHROME_BIN", "/usr/bin/chromium", "apt-get install chromium"),
          RequiredProgram.find(
              "CHROMEDRIVER", "/usr/bin/chromedriver", "apt-get install chromium-driver"));
    }
  }

  /** A new headless browser with an empty profile in the folder, logging its console. */
  static WebDriver start(Programs programs, Path profile) {
    // Named so that Selenium looks for no driver of its own: there is no network to fetch one.
    System.setProperty(
        ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, programs.driver().toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(programs.chromium().toFile());
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
            .usingDriverExecutable(programs.driver().toFile())
            .usingAnyFreePort()
            .build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
    return browser;
  }

  /**
   * Errors and warnings in the browser's console since the last call: blocked scripts, styles,
   * connections.
   */
  static List<String> problems(WebDriver browser) {
    List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
    return entries.stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** The resources the page loaded from anywhere but its own origin. */
  @SuppressWarnings("unchecked")
  static List<String> resourcesFromOtherOrigins(WebDriver browser) {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => !n.startsWith(location.origin + '/'))");
  }

  /**
   * axe-core's violations on the page as it is now, each as its rule, impact, help and the first
   * elements it found. axe-core comes from its webjar on the test classpath and is run through the
   * driver, which the page's Content-Security-Policy does not govern.
   */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> accessibilityViolations(WebDriver browser) {
    JavascriptExecutor script = (JavascriptExecutor) browser;
    script.executeScript(axeSource() + "\n;window.axe = axe;");
    Object result =
        script.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "window.axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return {id: v.id, impact: v.impact, help: v.help,"
                + "    targets: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })};"
                + "})); })"
                + ".catch(function (e) { done([{id: 'axe-failed', impact: 'critical', help: String(e)}]); });");
    return (List<Map<String, Object>>) result;
  }

  /** The violations that matter: serious or critical ones. */
  static List<Map<String, Object>> seriousViolations(WebDriver browser) {
    return accessibilityViolations(browser).stream()
        .filter(v -> List.of("serious", "critical").contains(v.get("impact")))
        .toList();
  }

  private static String axeSource() {
    ClassLoader loader = Chromium.class.getClassLoader();
    try (InputStream pom = loader.getResourceAsStream(AXE_POM)) {
      Properties properties = new Properties();
      properties.load(Objects.requireNonNull(pom, "axe-core webjar missing: " + AXE_POM));
      String file =
          "META-INF/resources/webjars/axe-core/"
              + properties.getProperty("version")
              + "/axe.min.js";
      try (InputStream in = Objects.requireNonNull(loader.getResourceAsStream(file), file)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
