package org.hrcg.service.peers.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hrcg.ingest.concepts.ConceptIndex;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.api.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/practices}: practices found by theme (with narrower themes), right, target group,
 * instrument, territory, country and words, with facets. Several values of one filter mean any of
 * them; different filters all apply.
 */
@RestController
@Tag(name = "practices", description = "Find practices by facets and words")
class PracticesController {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_Q = 500;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Filter parameter to concept scheme, for the concept filters. */
  private static final Map<String, String> SCHEMES =
      Map.of(
          "theme", "theme",
          "right", "right",
          "targetGroup", "target-group",
          "instrument", "instrument");

  private final PracticeSearch search;
  private final String baseIri;
  private final ConceptIndex concepts = ConceptIndex.defaults();

  PracticesController(PracticeSearch search, HrcgProperties properties) {
    this.search = search;
    this.baseIri = properties.baseIri();
  }

  @Operation(
      summary = "Practices by theme, right, target group, instrument, place and words, with facets",
      description =
          "Several values of one filter (theme=a&theme=b) mean any of them; different filters all"
              + " apply. A theme, right, target group or instrument also finds its narrower"
              + " concepts (skos:broader). country finds practices in the country and in"
              + " territories part of it. q is full-text search over labels, descriptions, quotes"
              + " and titles in every language of the data, ranked by relevance. Facets count,"
              + " for each filter, the results that have each value. An unknown slug is a 400"
              + " naming the parameter and the value.")
  @GetMapping(value = "/api/practices", produces = MediaType.APPLICATION_JSON_VALUE)
  PracticesAnswer practices(
      @Parameter(description = "theme slugs (procurement); narrower themes are included")
          @RequestParam(required = false)
          List<String> theme,
      @Parameter(description = "right slugs (work)") @RequestParam(required = false)
          List<String> right,
      @Parameter(description = "target-group slugs") @RequestParam(required = false)
          List<String> targetGroup,
      @Parameter(description = "instrument slugs") @RequestParam(required = false)
          List<String> instrument,
      @Parameter(description = "territory slugs (barcelona)") @RequestParam(required = false)
          List<String> territory,
      @Parameter(description = "country slugs (france): the country and territories part of it")
          @RequestParam(required = false)
          List<String> country,
      @Parameter(description = "words to search for, in any language")
          @RequestParam(required = false)
          String q,
      @Parameter(description = "the language of labels (es); else Accept-Language, else English")
          @RequestParam(required = false)
          String lang,
      @Parameter(description = "page, from 1") @RequestParam(required = false) Integer page,
      @Parameter(description = "page size, 1 to 100 (default 20)") @RequestParam(required = false)
          Integer size,
      HttpServletRequest request) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("theme", concepts("theme", theme));
    values.put("right", concepts("right", right));
    values.put("targetGroup", concepts("targetGroup", targetGroup));
    values.put("instrument", concepts("instrument", instrument));
    values.put("territory", territories("territory", territory));
    values.put("country", territories("country", country));
    if (q != null && q.length() > MAX_Q) {
      throw ApiProblem.badParameter("q", "q is longer than " + MAX_Q + " characters");
    }
    int pageNumber = page == null ? 1 : page;
    if (pageNumber < 1) {
      throw ApiProblem.badParameter("page", "page must be 1 or more, not " + pageNumber)
          .with("value", pageNumber);
    }
    int pageSize = size == null ? DEFAULT_SIZE : size;
    if (pageSize < 1 || pageSize > PracticeSearch.MAX_SIZE) {
      throw ApiProblem.badParameter(
              "size", "size must be 1 to " + PracticeSearch.MAX_SIZE + ", not " + pageSize)
          .with("value", pageSize);
    }
    return search.find(
        new PracticeFilters(values, q, language(lang, request), pageNumber, pageSize));
  }

  private List<String> concepts(String parameter, List<String> slugs) {
    List<String> iris = new ArrayList<>();
    String scheme = SCHEMES.get(parameter);
    for (String raw : slugs == null ? List.<String>of() : slugs) {
      String slug = raw.strip();
      if (slug.isEmpty()) {
        continue;
      }
      String conceptBase = baseIri + "id/" + scheme + "/";
      if (slug.startsWith(conceptBase)) {
        slug = slug.substring(conceptBase.length());
      }
      if (!SLUG.matcher(slug).matches() || !concepts.contains(scheme, slug)) {
        ApiProblem problem =
            ApiProblem.badParameter(parameter, concepts.unknown(scheme, slug)).with("value", raw);
        List<String> suggestions =
            SLUG.matcher(slug).matches() ? concepts.suggest(scheme, slug) : List.of();
        if (!suggestions.isEmpty()) {
          problem.with("suggestions", suggestions);
        }
        throw problem;
      }
      iris.add(conceptBase + slug);
    }
    return iris;
  }

  private List<String> territories(String parameter, List<String> slugs) {
    List<String> iris = new ArrayList<>();
    for (String raw : slugs == null ? List.<String>of() : slugs) {
      String slug = raw.strip();
      if (slug.isEmpty()) {
        continue;
      }
      String territoryBase = baseIri + "id/territory/";
      if (slug.startsWith(territoryBase)) {
        slug = slug.substring(territoryBase.length());
      }
      String iri = territoryBase + slug;
      if (!SLUG.matcher(slug).matches() || !search.exists(iri)) {
        throw ApiProblem.badParameter(
                parameter,
                "unknown "
                    + parameter
                    + " '"
                    + shorten(raw)
                    + "' (a territory slug, such as barcelona)")
            .with("value", raw);
      }
      iris.add(iri);
    }
    return iris;
  }

  private static String language(String lang, HttpServletRequest request) {
    if (lang != null && !lang.isBlank()) {
      if (!Languages.TAG.matcher(lang.strip()).matches()) {
        throw ApiProblem.badParameter("lang", "lang must be a language tag such as es or pt-BR")
            .with("value", lang);
      }
      return lang.strip().toLowerCase(Locale.ROOT);
    }
    if (request.getHeader("Accept-Language") != null) {
      Enumeration<Locale> locales = request.getLocales();
      while (locales.hasMoreElements()) {
        String tag = locales.nextElement().toLanguageTag();
        if (!tag.isEmpty() && !tag.equals("und") && Languages.TAG.matcher(tag).matches()) {
          return tag.toLowerCase(Locale.ROOT);
        }
      }
    }
    return Languages.DEFAULT;
  }

  private static String shorten(String value) {
    return value.length() <= 80 ? value : value.substring(0, 79) + "…";
  }
}
