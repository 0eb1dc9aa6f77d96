package org.hrcg.service.peers;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hrcg.ingest.concepts.ConceptIndex;
import org.hrcg.service.api.ApiProblem;
import org.hrcg.service.linkeddata.IriSpace;
import org.hrcg.service.web.Webjars;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages for people who do not write SPARQL: every territory on a map, one territory with its
 * practices and peers, the peers of a chosen territory, and the network of inspirations. Each is
 * complete without JavaScript; the map and the network are drawn by scripts on top of it.
 *
 * <p>The pages show what the JSON API answers, through the same controllers, so that the two never
 * disagree; a request the API refuses is shown as a page with the API's status and message.
 */
@Controller
class PeerPages {

  /** Territories a page of the list. */
  static final int LIST_SIZE = 100;

  /** Peers shown on a territory's page. */
  static final int TERRITORY_PEERS = 5;

  /** Above this many territories with practices, the peers form asks for a name, not a choice. */
  static final int MAX_CHOICES = 1000;

  private final TerritoriesController territories;
  private final PeersController peers;
  private final PeerIndexes indexes;
  private final PageLinks links;
  private final ConceptIndex concepts = ConceptIndex.defaults();
  private final String d3 = Webjars.npm("d3") + "dist/d3.min.js";

  PeerPages(
      TerritoriesController territories,
      PeersController peers,
      PeerIndexes indexes,
      IriSpace space) {
    this.territories = territories;
    this.peers = peers;
    this.indexes = indexes;
    this.links = new PageLinks(space);
  }

  @GetMapping(value = "/territories", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView territoryList(
      @RequestParam(required = false) String page, Locale locale, HttpServletRequest request) {
    return page(
        "pages/territories",
        "territories",
        () -> {
          Map<String, Object> model = new LinkedHashMap<>();
          model.put(
              "list",
              territories.territories(
                  PageLinks.number(page, "page"), LIST_SIZE, locale.getLanguage(), request));
          return model;
        });
  }

  @GetMapping(value = "/territories/{slug}", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView territory(@PathVariable String slug, Locale locale, HttpServletRequest request) {
    return page(
        "pages/territory",
        "territory",
        () -> {
          Map<String, Object> model = new LinkedHashMap<>();
          model.put("territory", territories.territory(slug, locale.getLanguage(), request));
          model.put(
              "peers",
              peers.peers(slug, TERRITORY_PEERS, null, locale.getLanguage(), request).get("peers"));
          return model;
        });
  }

  @GetMapping(value = "/peers", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView peers(
      @RequestParam(required = false) String territory,
      @RequestParam(required = false) String theme,
      @RequestParam(required = false) String limit,
      Locale locale,
      HttpServletRequest request) {
    String language = locale.getLanguage();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("territory", territory == null ? "" : territory.strip());
    form.put("theme", theme == null ? "" : theme.strip());
    form.put("choices", territoryChoices(language));
    form.put("themes", themeChoices(language));
    ModelAndView view =
        page(
            "pages/peers",
            "peers",
            () -> {
              Map<String, Object> model = new LinkedHashMap<>();
              String slug = (String) form.get("territory");
              if (!slug.isEmpty()) {
                String chosenTheme = (String) form.get("theme");
                model.put(
                    "answer",
                    peers.peers(
                        slug,
                        limit == null || limit.isBlank() ? null : PageLinks.number(limit, "limit"),
                        chosenTheme.isEmpty() ? null : chosenTheme,
                        language,
                        request));
              }
              return model;
            });
    view.addObject("form", form);
    return view;
  }

  @GetMapping(value = "/inspirations", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView inspirations(
      @RequestParam(required = false) String page, Locale locale, HttpServletRequest request) {
    return page(
        "pages/inspirations",
        "inspirations",
        () -> {
          Map<String, Object> answer =
              peers.inspirations(
                  PageLinks.number(page, "page"), LIST_SIZE, locale.getLanguage(), request);
          Map<String, Object> model = new LinkedHashMap<>();
          model.put("list", answer);
          model.put("inspirations", answer.get("inspirations"));
          return model;
        });
  }

  /** Territories with practices, by label, when there are few enough to choose from a list. */
  private List<Map<String, Object>> territoryChoices(String language) {
    PeerIndex index = indexes.get();
    if (index.territoriesWithPractices() > MAX_CHOICES) {
      return List.of();
    }
    List<Map<String, Object>> choices = new ArrayList<>();
    for (String territory : index.territories()) {
      if (index.practiceCount(territory) > 0) {
        choices.add(PeersController.resource(index, territory, language));
      }
    }
    choices.sort(Comparator.comparing(c -> ((String) c.get("label")).toLowerCase(Locale.ROOT)));
    return choices;
  }

  /** The themes of the theme scheme, by label in the language. */
  private List<Map<String, Object>> themeChoices(String language) {
    PeerIndex index = indexes.get();
    List<Map<String, Object>> themes = new ArrayList<>();
    for (String slug : concepts.slugs("theme")) {
      concepts
          .iri("theme", slug)
          .ifPresent(iri -> themes.add(PeersController.resource(index, iri, language)));
    }
    themes.sort(Comparator.comparing(c -> ((String) c.get("label")).toLowerCase(Locale.ROOT)));
    return themes;
  }

  /** The page with its model, or, when the API refuses the request, the page with the problem. */
  private ModelAndView page(
      String template, String name, java.util.function.Supplier<Map<String, Object>> model) {
    ModelAndView view = new ModelAndView(template);
    view.addObject("page", name);
    view.addObject("links", links);
    view.addObject("d3", d3);
    try {
      view.addAllObjects(model.get());
    } catch (ApiProblem problem) {
      HttpStatusCode status = problem.getStatusCode();
      view.setStatus(status);
      view.addObject("problem", PageLinks.problem(problem));
    }
    return view;
  }
}
