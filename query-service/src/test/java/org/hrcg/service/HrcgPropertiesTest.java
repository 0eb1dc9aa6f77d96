package org.hrcg.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class HrcgPropertiesTest {

  private static HrcgProperties bind(Map<String, Object> properties, Map<String, Object> env) {
    MutablePropertySources sources = new MutablePropertySources();
    sources.addLast(new MapPropertySource("test", properties));
    sources.addLast(
        new SystemEnvironmentPropertySource(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
    return new Binder(ConfigurationPropertySources.from(sources))
        .bindOrCreate("hrcg", HrcgProperties.class);
  }

  @Test
  void defaultsToTheStoreAndDataFoldersOfTheWorkingDirectoryReadOnly() {
    HrcgProperties properties = bind(Map.of(), Map.of());
    assertThat(properties.store()).isEqualTo("store");
    assertThat(properties.dataDir()).isEqualTo(Path.of("data"));
    assertThat(properties.baseIri()).isEqualTo("https://w3id.org/hrcg/");
    assertThat(properties.contributors()).isNull();
    assertThat(properties.limits()).isNotNull();
    assertThat(properties.readOnly()).isTrue();
  }

  @Test
  void readsTheAdminPasswordFromTheEnvironment() {
    HrcgProperties properties = bind(Map.of(), Map.of("HRCG_ADMIN_PASSWORD", "from-env"));
    assertThat(properties.adminPassword()).isEqualTo("from-env");
    assertThat(properties.readOnly()).isFalse();
  }

  @Test
  void readsTheAdminPasswordFromTheSpringProperty() {
    HrcgProperties properties =
        bind(Map.of("hrcg.admin-password", "from-property", "hrcg.store", "/srv/hrcg"), Map.of());
    assertThat(properties.adminPassword()).isEqualTo("from-property");
    assertThat(properties.store()).isEqualTo("/srv/hrcg");
  }

  @Test
  void neverPrintsThePassword() {
    HrcgProperties properties = bind(Map.of("hrcg.admin-password", "p4ssw0rd"), Map.of());
    assertThat(properties.toString()).doesNotContain("p4ssw0rd").contains("adminPassword=(set)");
  }

  @Test
  void readsTheRemoteStoresCredentialsFromTheEnvironment() {
    HrcgProperties properties =
        bind(
            Map.of("hrcg.store", "http://localhost:3030/hrcg"),
            Map.of("HRCG_STORE_USER", "hrcg", "HRCG_STORE_PASSWORD", "store-secret"));
    assertThat(properties.store()).isEqualTo("http://localhost:3030/hrcg");
    assertThat(properties.storeUser()).isEqualTo("hrcg");
    assertThat(properties.storePassword()).isEqualTo("store-secret");
    assertThat(properties.toString())
        .doesNotContain("store-secret")
        .contains("storeUser=hrcg", "storePassword=(set)");
  }

  @Test
  void readsTheStorePasswordFileFromTheSpringProperty() {
    HrcgProperties properties =
        bind(Map.of("hrcg.store-password-file", "/run/secrets/store"), Map.of());
    assertThat(properties.storePasswordFile()).isEqualTo(Path.of("/run/secrets/store"));
    assertThat(properties.storePassword()).isNull();
  }
}
