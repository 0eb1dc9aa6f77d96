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
    assertThat(allowed.test("a\u007fb")).isFalse();
    assertThat(allowed.test("a\u0085b")).isFalse();
  }

  @Test
  void allowsCharactersBeyondTheBasicPlane() {
    assertThat(allowed.test("\"Ciutat \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08\"")).isTrue();
    assertThat(allowed.test("\"\u6771\u4EAC\u00A0\u0645\u062F\u064A\u0646\u0629\"")).isTrue();
  }

  @Test
  void refusesCharactersThatUnicodeDoesNotDefine() {
    assertThat(allowed.test("a\u0378b")).isFalse();
    assertThat(allowed.test("a" + new String(Character.toChars(0x10FFFF)) + "b")).isFalse();
  }

  @Test
  void answersAsTheCharacterByCharacterRule() {
    String[] samples = {
      "", " ", "~", "\u00e9", "\uD83C", "\uDFF3x", "\uFFFE", "\u2028", "\u0009\u000b", "\r\n\u000c"
    };
    for (String sample : samples) {
      boolean expected =
          sample
              .codePoints()
              .allMatch(
                  c ->
                      c == '\t'
                          || c == '\n'
                          || c == '\r'
                          || (Character.isDefined(c) && !Character.isISOControl(c)));
      assertThat(allowed.test(sample)).as(sample).isEqualTo(expected);
    }
  }
}
