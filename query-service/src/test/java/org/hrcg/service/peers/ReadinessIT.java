package org.hrcg.service.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.ServiceClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * While the first build of the peers index runs (held back here until the test lets it end), the
 * service is live but not ready: {@code /actuator/health/readiness} and {@code /actuator/health}
 * say {@code OUT_OF_SERVICE} with 503, {@code /actuator/health/liveness} says {@code UP}, and the
 * API and the pages that need the index answer 503 with {@code Retry-After} after the wait; once
 * the build ends, all of them answer.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = {org.hrcg.service.HrcgApplication.class, ReadinessIT.HeldBack.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReadinessIT {

  static final CountDownLatch RELEASE = new CountDownLatch(1);

  @TempDir static Path directory;

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("hrcg.store", () -> directory.resolve("store").toString());
    registry.add("hrcg.data-dir", () -> Path.of("..", "data").toAbsolutePath().toString());
    registry.add("hrcg.limits.index-wait", () -> "1s");
  }

  /** The peers index the controllers use, whose builds wait until the test releases them. */
  @TestConfiguration(proxyBeanMethods = false)
  static class HeldBack {
    @Bean
    @Primary
    PeerIndexes heldBackPeerIndexes(GraphStore store, HrcgProperties properties) {
      return new PeerIndexes(
          store,
          (s, revision) -> {
            try {
              RELEASE.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return PeerIndex.build(s, revision, properties.baseIri());
          },
          properties.limits().indexWait());
    }
  }

  @AfterAll
  static void release() {
    RELEASE.countDown();
  }

  @LocalServerPort int port;

  HttpResponse<String> get(String path, String accept) {
    return new ServiceClient(port).get(path, accept);
  }

  @Test
  void liveButNotReadyUntilTheIndexIsBuiltThenReady() {
    HttpResponse<String> readiness = get("/actuator/health/readiness", "application/json");
    assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
    assertThat(readiness.body()).contains("OUT_OF_SERVICE");
    assertThat(get("/actuator/health", "application/json").statusCode()).isEqualTo(503);
    HttpResponse<String> liveness = get("/actuator/health/liveness", "application/json");
    assertThat(liveness.statusCode()).isEqualTo(200);
    assertThat(liveness.body()).contains("UP");

    for (String path :
        new String[] {"/api/territories", "/api/practices?theme=care", "/api/inspirations"}) {
      HttpResponse<String> refused = get(path, "application/json");
      assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).as(path).hasValue("1");
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      DocumentContext problem = JsonPath.parse(refused.body());
      assertThat(problem.read("$.status", Integer.class)).isEqualTo(503);
      assertThat(problem.read("$.reason", String.class)).isEqualTo("index-building");
      assertThat(problem.read("$.detail", String.class)).contains("hrcg.limits.index-wait");
    }
    HttpResponse<String> page = get("/territories/barcelona", "text/html");
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.body()).contains("hrcg.limits.index-wait");

    RELEASE.countDown();

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> get("/actuator/health/readiness", "application/json").statusCode() == 200);
    assertThat(get("/actuator/health", "application/json").statusCode()).isEqualTo(200);
    assertThat(get("/api/territories", "application/json").statusCode()).isEqualTo(200);
    assertThat(get("/api/practices?theme=care", "application/json").statusCode()).isEqualTo(200);
    assertThat(get("/territories/barcelona", "text/html").statusCode()).isEqualTo(200);
  }
}
