package org.hrcg.service.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hrcg.model.store.StoreCredentials;
import org.hrcg.service.HrcgProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class StoreConfigurationTest {

  @TempDir Path directory;

  private static HrcgProperties properties(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("hrcg", HrcgProperties.class);
  }

  @Test
  void aRemoteStoreWithoutCredentialsIsReachedWithoutThem() {
    assertThat(StoreConfiguration.credentials(properties(Map.of()))).isNull();
  }

  @Test
  void takesTheUserAndPasswordGiven() {
    StoreCredentials credentials =
        StoreConfiguration.credentials(
            properties(Map.of("hrcg.store-user", "hrcg", "hrcg.store-password", "s3cret")));
    assertThat(credentials).isEqualTo(new StoreCredentials("hrcg", "s3cret"));
    assertThat(credentials.toString()).doesNotContain("s3cret");
  }

  @Test
  void takesThePasswordFromTheFirstLineOfItsFileBeforeThePropertyGiven() throws IOException {
    Path file = Files.writeString(directory.resolve("password"), "from-file\nsecond line\n");
    StoreCredentials credentials =
        StoreConfiguration.credentials(
            properties(
                Map.of(
                    "hrcg.store-user", "hrcg",
                    "hrcg.store-password", "from-property",
                    "hrcg.store-password-file", file.toString())));
    assertThat(credentials.password()).isEqualTo("from-file");
  }

  @Test
  void refusesAUserWithoutPasswordAndAPasswordWithoutUser() {
    IllegalArgumentException noPassword =
        assertThrows(
            IllegalArgumentException.class,
            () -> StoreConfiguration.credentials(properties(Map.of("hrcg.store-user", "hrcg"))));
    assertThat(noPassword.getMessage()).contains("hrcg.store-password", "HRCG_STORE_PASSWORD");
    IllegalArgumentException noUser =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                StoreConfiguration.credentials(
                    properties(Map.of("hrcg.store-password", "s3cret"))));
    assertThat(noUser.getMessage()).contains("hrcg.store-user", "HRCG_STORE_USER");
    assertThat(noUser.getMessage()).doesNotContain("s3cret");
  }
}
