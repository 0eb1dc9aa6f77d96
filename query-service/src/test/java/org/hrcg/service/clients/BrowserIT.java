package org.hrcg.service.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser (headless Chromium, Debian's {@code chromium} and {@code chromium-driver}) uses
 * the home page's query editor on the bundled data, under the service's Content-Security-Policy.
 */
class BrowserIT extends ChromiumOnBundledData {

  private static final Duration WAIT = Chromium.WAIT;

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

    assertThat(Chromium.resourcesFromOtherOrigins(browser)).isEmpty();
    assertThat(Chromium.problems(browser)).isEmpty();
  }

  @Test
  void showsTheEditorToABrowserOpeningTheEndpoint() {
    browser.get(url("/sparql"));
    waitForEditor();

    assertThat(endpointShown()).isEqualTo(url("/sparql"));
    assertThat(editorText()).contains("SELECT");
    assertThat(Chromium.problems(browser)).isEmpty();
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
    assertThat(Chromium.problems(browser))
        .anySatisfy(entry -> assertThat(entry).contains("Content Security Policy"));
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
}
