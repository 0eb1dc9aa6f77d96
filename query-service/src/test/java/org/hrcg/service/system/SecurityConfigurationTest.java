package org.hrcg.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SecurityConfigurationTest {

  private final Predicate<String> allowed = SecurityConfiguration.parameterValues();

  @Test
  void allowsQueriesWithLineBreaksTabsAndAnyLanguage() {
    assertThat(allowed.test("SELECT *\r\nWHERE {\n\t?s ?p \"São Paulo\"@pt }")).isTrue();
  }

  @Test
  void refusesOtherControlCharacters() {
    assertThat(allowed.test("SELECT * { ?s ?p \u0000 }")).isFalse();
    assertThat(allowed.test("a\u001bb")).isFalse();
  }
}
