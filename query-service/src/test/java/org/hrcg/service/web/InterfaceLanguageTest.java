package org.hrcg.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class InterfaceLanguageTest {

  private final InterfaceLanguage resolver = new InterfaceLanguage();

  @ParameterizedTest(name = "Accept-Language ''{0}'' gives {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es-ES,es;q=0.9,en;q=0.5|es",
        "de-DE,de;q=0.9,fr;q=0.8|fr",
        "pt-BR|pt",
        "de, ja|en",
        "*|en",
        "fr;q=0, es;q=0.1|es",
        "not a header;;;|en",
        "''|en"
      })
  void acceptLanguageChoosesTheBestOfOurs(String header, String expected) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", header);
    assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo(expected);
  }

  @Test
  void theParameterWinsWhenItIsOneOfOurs() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", "es");
    request.setParameter("lang", "fr-CA");
    assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.FRENCH);

    request.setParameter("lang", "de");
    assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("es");

    request.setParameter("lang", "x".repeat(200));
    assertThat(resolver.resolveLocale(request).getLanguage()).isEqualTo("es");
  }

  @Test
  void noHeaderNoParameterIsEnglish() {
    assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void theLanguageIsNotStored() {
    assertThatThrownBy(
            () ->
                resolver.setLocale(
                    new MockHttpServletRequest(), new MockHttpServletResponse(), Locale.FRENCH))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void linksDropTheLanguageParameterOnlyAndKeepAChosenOne() {
    assertThat(PageContext.withoutLanguage("theme=care&lang=es&q=a%20b&lang=fr"))
        .isEqualTo("theme=care&q=a%20b");
    assertThat(PageContext.withoutLanguage("language=x&la%6Eg=es")).isEqualTo("language=x");
    assertThat(PageContext.withoutLanguage(null)).isEmpty();

    PageContext.Ui chosen = new PageContext.Ui("pt", true, java.util.List.of());
    assertThat(chosen.link("/practices")).isEqualTo("/practices?lang=pt");
    assertThat(chosen.link("/practices?theme=care#x")).isEqualTo("/practices?theme=care&lang=pt#x");
    PageContext.Ui negotiated = new PageContext.Ui("pt", false, java.util.List.of());
    assertThat(negotiated.link("/practices")).isEqualTo("/practices");
  }
}
