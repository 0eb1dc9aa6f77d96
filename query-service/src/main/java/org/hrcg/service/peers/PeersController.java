package org.hrcg.service.peers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.api.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Cities like mine": the peers of a territory, the practices like a practice, and every
 * inspiration link, answered from the {@link PeerIndex}. The similarity is in {@code
 * docs/peers.md}.
 */
@RestController
@Tag(name = "peers", description = "Peer territories and similar practices, with the reasons why")
class PeersController {

  static final int DEFAULT_LIMIT = 10;
  static final int MAX_LIMIT = 100;

  /** Inspiration links a page, unless the request asks for another size. */
  static final int DEFAULT_INSPIRATIONS = 100;

  /** The most inspiration links a page: enough for the network view to draw in a few requests. */
  static final int MAX_INSPIRATIONS = 1000;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final PeerIndexes indexes;
  private final String baseIri;

  PeersController(PeerIndexes indexes, HrcgProperties properties) {
    this.indexes = indexes;
    this.baseIri = properties.baseIri();
  }

  @Operation(
      summary = "The territories most like this one, with the reasons why",
      description =
          "Ranked by shared themes (with broader themes), rights, target groups and instruments,"
              + " each weighted by its rarity, practices known only from a joint statement divided"
              + " among the territories it names; explicit pairings and inspiration links count"
              + " fully, shared networks a little. See docs/peers.md.")
  @GetMapping(value = "/api/territories/{slug}/peers", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> peers(
      @PathVariable String slug,
      @Parameter(description = "how many peers, 1 to 100 (default 10)")
          @RequestParam(required = false)
          Integer limit,
      @Parameter(
              description =
                  "a theme's slug (procurement) or IRI: only practices with it or a narrower theme")
          @RequestParam(required = false)
          String theme,
      @Parameter(description = "the language of labels (else Accept-Language, else English)")
          @RequestParam(required = false)
          String lang,
      HttpServletRequest request) {
    int max = limit(limit);
    PeerIndex index = indexes.get();
    String territory = territory(index, slug);
    String themeIri = theme(index, theme);
    String language = language(lang, request);
    List<Map<String, Object>> peers = new ArrayList<>();
    for (PeerIndex.Peer peer : index.peers(territory, themeIri, max)) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("territory", resource(index, peer.territory(), language));
      entry.put("score", round(peer.score()));
      entry.put("reasons", reasons(index, territory, peer, language));
      peers.add(entry);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("territory", resource(index, territory, language));
    if (themeIri != null) {
      body.put("theme", concept(index, themeIri, language));
    }
    body.put("revision", index.revision());
    body.put("territoriesWithPractices", index.territoriesWithPractices());
    body.put("peers", peers);
    return body;
  }

  @Operation(summary = "Practices of other territories like this one, with the shared concepts")
  @GetMapping(value = "/api/practices/{slug}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> similar(
      @PathVariable String slug,
      @Parameter(description = "how many practices, 1 to 100 (default 10)")
          @RequestParam(required = false)
          Integer limit,
      @RequestParam(required = false) String lang,
      HttpServletRequest request) {
    int max = limit(limit);
    PeerIndex index = indexes.get();
    String practice = baseIri + "id/practice/" + slug;
    if (!SLUG.matcher(slug).matches() || !index.isPractice(practice)) {
      throw ApiProblem.notFound("there is no practice '" + slug + "'").with("slug", slug);
    }
    String language = language(lang, request);
    List<Map<String, Object>> similar = new ArrayList<>();
    for (PeerIndex.SimilarPractice other : index.similar(practice, max)) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("practice", resource(index, other.practice(), language));
      entry.put("territory", resource(index, other.territory(), language));
      entry.put("score", round(other.score()));
      List<Map<String, Object>> reasons = new ArrayList<>();
      for (PeerIndex.SharedConcept shared : other.concepts()) {
        reasons.add(conceptReason(index, shared, language));
      }
      entry.put("reasons", reasons);
      similar.add(entry);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, Object> self = resource(index, practice, language);
    index
        .territoryOfPractice(practice)
        .ifPresent(t -> self.put("territory", resource(index, t, language)));
    body.put("practice", self);
    body.put("revision", index.revision());
    body.put("similar", similar);
    return body;
  }

  @Operation(
      summary = "Every inspiration link: a practice inspired a practice or a territory",
      description =
          "A page at a time, in the order of the IRI each link starts from, then of the IRI it"
              + " ends at; total and pages say how many there are in all.")
  @GetMapping(value = "/api/inspirations", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> inspirations(
      @Parameter(description = "the page, from 1") @RequestParam(required = false) Integer page,
      @Parameter(description = "links a page, 1 to 1000 (default 100)")
          @RequestParam(required = false)
          Integer size,
      @RequestParam(required = false) String lang,
      HttpServletRequest request) {
    ApiPage asked = ApiPage.of(page, size, DEFAULT_INSPIRATIONS, MAX_INSPIRATIONS);
    PeerIndex index = indexes.get();
    String language = language(lang, request);
    List<PeerIndex.Link> all = index.inspirations();
    List<Map<String, Object>> links = new ArrayList<>();
    for (PeerIndex.Link link : asked.of(all)) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("from", end(index, link.from(), language));
      entry.put("to", end(index, link.to(), language));
      links.add(entry);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("revision", index.revision());
    body.putAll(asked.members(all.size()));
    body.put("inspirations", links);
    return body;
  }

  /** A practice (with its territory) or a territory, as an end of a link. */
  private static Map<String, Object> end(PeerIndex index, String iri, String language) {
    Map<String, Object> resource = resource(index, iri, language);
    if (index.isPractice(iri)) {
      resource.put("kind", "practice");
      index
          .territoryOfPractice(iri)
          .ifPresent(t -> resource.put("territory", resource(index, t, language)));
    } else {
      resource.put("kind", "territory");
    }
    return resource;
  }

  private List<Map<String, Object>> reasons(
      PeerIndex index, String territory, PeerIndex.Peer peer, String language) {
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (PeerIndex.Link link : peer.pairings()) {
      Map<String, Object> reason = new LinkedHashMap<>();
      reason.put("kind", "pairing");
      reason.put("contribution", PeerIndex.PAIRING_BONUS);
      reason.put("practices", linkPractices(index, territory, link, language));
      reasons.add(reason);
    }
    for (PeerIndex.Link link : peer.inspirations()) {
      Map<String, Object> reason = new LinkedHashMap<>();
      reason.put("kind", "inspiration");
      reason.put("contribution", PeerIndex.INSPIRATION_BONUS);
      reason.put("from", end(index, link.from(), language));
      reason.put("to", end(index, link.to(), language));
      reasons.add(reason);
    }
    for (PeerIndex.SharedConcept shared : peer.concepts()) {
      reasons.add(conceptReason(index, shared, language));
    }
    for (String network : peer.networks()) {
      Map<String, Object> reason = new LinkedHashMap<>();
      reason.put("kind", "network");
      reason.put("contribution", PeerIndex.NETWORK_BONUS);
      reason.put("network", resource(index, network, language));
      reasons.add(reason);
    }
    reasons.sort(
        Comparator.comparingDouble((Map<String, Object> r) -> (Double) r.get("contribution"))
            .reversed());
    return reasons;
  }

  private static List<Map<String, Object>> linkPractices(
      PeerIndex index, String territory, PeerIndex.Link link, String language) {
    List<Map<String, Object>> practices = new ArrayList<>();
    for (String practice : List.of(link.from(), link.to())) {
      Map<String, Object> entry = resource(index, practice, language);
      entry.put(
          "side",
          index.territoryOfPractice(practice).orElse(practice).equals(territory)
              ? "territory"
              : "peer");
      practices.add(entry);
    }
    practices.sort(Comparator.comparing(m -> m.get("side").equals("territory") ? 0 : 1));
    return practices;
  }

  private static Map<String, Object> conceptReason(
      PeerIndex index, PeerIndex.SharedConcept shared, String language) {
    Map<String, Object> reason = new LinkedHashMap<>();
    reason.put("kind", "concept");
    reason.put("contribution", round(shared.contribution()));
    reason.put("concept", concept(index, shared.concept(), language));
    reason.put("idf", round(shared.idf()));
    Map<String, Object> own = resource(index, shared.practice(), language);
    own.put("side", "territory");
    own.put("weight", round(shared.weight()));
    Map<String, Object> theirs = resource(index, shared.peerPractice(), language);
    theirs.put("side", "peer");
    theirs.put("weight", round(shared.peerWeight()));
    reason.put("practices", List.of(own, theirs));
    return reason;
  }

  private static Map<String, Object> concept(PeerIndex index, String iri, String language) {
    Map<String, Object> concept = new LinkedHashMap<>();
    concept.put("iri", iri);
    concept.put("label", index.label(iri, language));
    concept.put("scheme", index.scheme(iri));
    return concept;
  }

  static Map<String, Object> resource(PeerIndex index, String iri, String language) {
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("iri", iri);
    resource.put("slug", PeerIndex.slug(iri));
    resource.put("label", index.label(iri, language));
    return resource;
  }

  static double round(double value) {
    return Math.round(value * 1_000_000d) / 1_000_000d;
  }

  private String territory(PeerIndex index, String slug) {
    String iri = baseIri + "id/territory/" + slug;
    if (!SLUG.matcher(slug).matches() || !index.isTerritory(iri)) {
      throw ApiProblem.notFound("there is no territory '" + slug + "'").with("slug", slug);
    }
    return iri;
  }

  private String theme(PeerIndex index, String theme) {
    if (theme == null || theme.isBlank()) {
      return null;
    }
    String iri = theme.contains(":") ? theme : baseIri + "id/theme/" + theme;
    if (!index.isTheme(iri)) {
      throw ApiProblem.badParameter(
              "theme", "'" + shorten(theme) + "' is not a theme of the theme scheme")
          .with("value", shorten(theme));
    }
    return iri;
  }

  static int limit(Integer limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiProblem.badParameter(
          "limit", "parameter 'limit' must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    return limit;
  }

  static String language(String lang, HttpServletRequest request) {
    if (lang != null && !lang.isBlank()) {
      return Locale.forLanguageTag(lang.trim()).getLanguage().toLowerCase(Locale.ROOT);
    }
    if (request.getHeader("Accept-Language") != null) {
      return request.getLocale().getLanguage().toLowerCase(Locale.ROOT);
    }
    return "en";
  }

  private static String shorten(String value) {
    return value.length() <= 80 ? value : value.substring(0, 79) + "…";
  }
}
