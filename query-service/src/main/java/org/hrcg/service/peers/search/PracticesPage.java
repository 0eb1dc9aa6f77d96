package org.hrcg.service.peers.search;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hrcg.service.api.ApiProblem;
import org.hrcg.service.linkeddata.IriSpace;
import org.hrcg.service.peers.PageLinks;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /practices}: the search box and the facets of {@code GET /api/practices} as a page. Each
 * facet value is a link that adds or removes that filter, so the page needs no script; the answer
 * is the API's, through its controller.
 */
@Controller
class PracticesPage {

  /** Results a page. */
  static final int SIZE = 20;

  private final PracticesController api;
  private final PageLinks links;

  PracticesPage(PracticesController api, IriSpace space) {
    this.api = api;
    this.links = new PageLinks(space);
  }

  @GetMapping(value = "/practices", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView practices(
      @RequestParam MultiValueMap<String, String> parameters,
      Locale locale,
      HttpServletRequest request) {
    Map<String, List<String>> chosen = new LinkedHashMap<>();
    for (String filter : PracticeSearch.FILTERS) {
      List<String> values = new ArrayList<>();
      for (String value : parameters.getOrDefault(filter, List.of())) {
        if (!value.isBlank() && !values.contains(value.strip())) {
          values.add(value.strip());
        }
      }
      chosen.put(filter, values);
    }
    String q = parameters.getFirst("q");
    q = q == null || q.isBlank() ? null : q.strip();
    ModelAndView view = new ModelAndView("pages/practices");
    view.addObject("page", "practices");
    view.addObject("links", links);
    view.addObject("q", q == null ? "" : q);
    view.addObject("chosen", chosen);
    try {
      int page = PageLinks.number(parameters.getFirst("page"), "page");
      PracticesAnswer answer =
          api.practices(
              chosen.get("theme"),
              chosen.get("right"),
              chosen.get("targetGroup"),
              chosen.get("instrument"),
              chosen.get("territory"),
              chosen.get("country"),
              q,
              locale.getLanguage(),
              page,
              SIZE,
              request);
      view.addObject("answer", answer);
      view.addObject("facets", facets(answer, chosen, q));
      view.addObject("paging", paging(answer.paging(), chosen, q));
      view.addObject("removals", removals(answer, chosen, q));
    } catch (ApiProblem problem) {
      view.setStatus(problem.getStatusCode());
      view.addObject("problem", PageLinks.problem(problem));
    }
    return view;
  }

  /**
   * For each filter, its values in the results: label, count, chosen, and the link that toggles it.
   */
  private static List<FacetGroup> facets(
      PracticesAnswer answer, Map<String, List<String>> chosen, String q) {
    List<FacetGroup> groups = new ArrayList<>();
    for (String filter : PracticeSearch.FILTERS) {
      List<FacetValue> values = new ArrayList<>();
      for (PracticesAnswer.Facet facet : answer.facets().getOrDefault(filter, List.of())) {
        boolean on = chosen.get(filter).contains(facet.slug());
        values.add(
            new FacetValue(
                facet.slug(),
                facet.label(),
                facet.count(),
                on,
                href(toggled(chosen, filter, facet.slug()), q, 1)));
      }
      groups.add(new FacetGroup(filter, values));
    }
    return groups;
  }

  /** The filters chosen, each with the link that drops it, labelled from the facets. */
  private static List<FacetValue> removals(
      PracticesAnswer answer, Map<String, List<String>> chosen, String q) {
    List<FacetValue> removals = new ArrayList<>();
    chosen.forEach(
        (filter, values) -> {
          for (String value : values) {
            String label =
                answer.facets().getOrDefault(filter, List.of()).stream()
                    .filter(f -> f.slug().equals(value))
                    .map(PracticesAnswer.Facet::label)
                    .findFirst()
                    .orElse(value);
            removals.add(
                new FacetValue(filter, label, 0, true, href(toggled(chosen, filter, value), q, 1)));
          }
        });
    if (q != null) {
      removals.add(new FacetValue("q", q, 0, true, href(chosen, null, 1)));
    }
    return removals;
  }

  private static Map<String, String> paging(
      PracticesAnswer.Paging paging, Map<String, List<String>> chosen, String q) {
    Map<String, String> links = new LinkedHashMap<>();
    long pages = Math.max(1, (paging.total() + paging.size() - 1) / paging.size());
    links.put("pages", Long.toString(pages));
    if (paging.page() > 1) {
      links.put("previous", href(chosen, q, paging.page() - 1));
    }
    if (paging.page() < pages) {
      links.put("next", href(chosen, q, paging.page() + 1));
    }
    return links;
  }

  private static Map<String, List<String>> toggled(
      Map<String, List<String>> chosen, String filter, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    chosen.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
    List<String> values = copy.get(filter);
    if (!values.remove(value)) {
      values.add(value);
    }
    return copy;
  }

  /**
   * The page's address for these filters, words and page; the interface language is added by the
   * page.
   */
  static String href(Map<String, List<String>> chosen, String q, int page) {
    List<String> parameters = new ArrayList<>();
    if (q != null) {
      parameters.add("q=" + encode(q));
    }
    chosen.forEach(
        (filter, values) -> values.forEach(v -> parameters.add(filter + "=" + encode(v))));
    if (page > 1) {
      parameters.add("page=" + page);
    }
    return "/practices" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The values of one filter in the results. */
  public record FacetGroup(String filter, List<FacetValue> values) {}

  /**
   * A value of a filter: how many results have it, whether it is chosen, the link that toggles it.
   */
  public record FacetValue(String slug, String label, long count, boolean chosen, String href) {}
}
