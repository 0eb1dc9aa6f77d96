package org.hrcg.service.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame needs, as the model attribute {@code ui}: the interface language, and the
 * links that keep it or switch to another.
 */
@ControllerAdvice
class PageContext {

  @ModelAttribute("ui")
  Ui ui(HttpServletRequest request, Locale locale) {
    boolean explicit =
        InterfaceLanguage.chosen(request.getParameter(InterfaceLanguage.PARAMETER)).isPresent();
    String query = withoutLanguage(request.getQueryString());
    String here = request.getRequestURI() + (query.isEmpty() ? "" : "?" + query);
    List<Ui.Language> languages = new ArrayList<>();
    for (Locale supported : InterfaceLanguage.SUPPORTED) {
      String tag = supported.getLanguage();
      languages.add(
          new Ui.Language(
              tag,
              capitalized(supported.getDisplayLanguage(supported), supported),
              Ui.withParameter(here, InterfaceLanguage.PARAMETER, tag),
              tag.equals(locale.getLanguage())));
    }
    return new Ui(locale.getLanguage(), explicit, languages);
  }

  private static String capitalized(String name, Locale locale) {
    return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  /** The raw query string without its {@code lang} parameters. */
  static String withoutLanguage(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      if (!URLDecoder.decode(name, StandardCharsets.UTF_8).equals(InterfaceLanguage.PARAMETER)) {
        kept.add(pair);
      }
    }
    return String.join("&", kept);
  }

  /**
   * The interface language and the links of the language switch.
   *
   * @param language the interface language's primary subtag
   * @param explicit whether the request chose it with {@code ?lang=}, so that links keep it
   * @param languages every interface language, with the link to this page in it
   */
  public record Ui(String language, boolean explicit, List<Language> languages) {

    /** A link to a page of ours, carrying {@code lang} when this request chose it. */
    public String link(String href) {
      return explicit ? withParameter(href, InterfaceLanguage.PARAMETER, language) : href;
    }

    static String withParameter(String href, String name, String value) {
      int fragment = href.indexOf('#');
      String base = fragment < 0 ? href : href.substring(0, fragment);
      String rest = fragment < 0 ? "" : href.substring(fragment);
      return base + (base.contains("?") ? "&" : "?") + name + "=" + value + rest;
    }

    /** One interface language: its tag, its own name, this page in it, whether it is shown. */
    public record Language(String tag, String name, String href, boolean current) {}
  }
}
