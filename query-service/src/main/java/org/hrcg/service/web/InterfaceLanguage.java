package org.hrcg.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the interface: {@code ?lang=} when it names one of ours, else the best of ours in
 * {@code Accept-Language}, else English. Nothing is remembered between requests: a link that should
 * keep the language carries {@code lang}.
 */
public final class InterfaceLanguage implements LocaleResolver {

  /** The interface's languages, the default first. */
  public static final List<Locale> SUPPORTED =
      List.of(
          Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH, Locale.forLanguageTag("pt"));

  /** The request parameter that chooses the language. */
  public static final String PARAMETER = "lang";

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return chosen(request.getParameter(PARAMETER))
        .orElseGet(() -> accepted(request.getHeader("Accept-Language")));
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    throw new UnsupportedOperationException("the language is chosen by ?lang= on each request");
  }

  /** The language a {@code lang} parameter names, when it is one of ours. */
  public static Optional<Locale> chosen(String parameter) {
    if (parameter == null || parameter.isBlank() || parameter.length() > 35) {
      return Optional.empty();
    }
    String primary = Locale.forLanguageTag(parameter.strip()).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(primary)).findFirst();
  }

  /** The best of ours in an {@code Accept-Language} header; English when none is or it is bad. */
  static Locale accepted(String header) {
    if (header == null || header.isBlank()) {
      return SUPPORTED.get(0);
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
      for (Locale.LanguageRange range : ranges) {
        if (range.getWeight() <= 0) {
          continue;
        }
        String primary = Locale.forLanguageTag(range.getRange()).getLanguage();
        for (Locale supported : SUPPORTED) {
          if (supported.getLanguage().equals(primary)) {
            return supported;
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // A header we cannot read chooses nothing.
    }
    return SUPPORTED.get(0);
  }
}
