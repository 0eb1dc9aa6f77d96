package org.hrcg.service.clients;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on the bundled data, on a free port, and a new headless Chromium for each test: what
 * the browser tests share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ChromiumOnBundledData {

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", BundledData::folder);
  }

  static Chromium.Programs programs;

  /** Before the service starts, so that a machine without Chromium skips it at no cost. */
  @BeforeAll
  static void findChromium() {
    programs = Chromium.Programs.find();
  }

  @LocalServerPort int port;
  @TempDir Path profile;
  WebDriver browser;

  @BeforeEach
  void startBrowser() {
    browser = Chromium.start(programs, profile);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }
}
