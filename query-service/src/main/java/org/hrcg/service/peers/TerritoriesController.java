package org.hrcg.service.peers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.api.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The territories: a paged list, and one territory with its practices, actors and links. */
@RestController
@Tag(name = "territories", description = "Territories with their practices, actors and links")
class TerritoriesController {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;

  /** GeoJSON's media type (RFC 7946). */
  static final String GEO_JSON = "application/geo+json";

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String WIKIDATA = "http://www.wikidata.org/entity/";

  private final PeerIndexes indexes;
  private final GraphStore store;
  private final String baseIri;
  private final String actorsQuery;

  TerritoriesController(PeerIndexes indexes, GraphStore store, HrcgProperties properties) {
    this.indexes = indexes;
    this.store = store;
    this.baseIri = properties.baseIri();
    try (InputStream in = getClass().getResourceAsStream("/hrcg/peers/territory-actors.rq")) {
      this.actorsQuery =
          new String(
              Objects.requireNonNull(in, "territory-actors.rq").readAllBytes(),
              StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Operation(summary = "Every territory, a page at a time, in slug order")
  @GetMapping(value = "/api/territories", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> territories(
      @Parameter(description = "the page, from 1") @RequestParam(required = false) Integer page,
      @Parameter(description = "territories a page, 1 to 100 (default 20)")
          @RequestParam(required = false)
          Integer size,
      @RequestParam(required = false) String lang,
      HttpServletRequest request) {
    ApiPage asked = ApiPage.of(page, size, DEFAULT_SIZE, MAX_SIZE);
    PeerIndex index = indexes.get();
    String language = PeersController.language(lang, request);
    List<String> all = index.territories();
    List<Map<String, Object>> territories = new ArrayList<>();
    for (String territory : asked.of(all)) {
      Map<String, Object> entry = summary(index, territory, language);
      entry.put("practices", index.practiceCount(territory));
      territories.add(entry);
    }
    Map<String, Object> body = asked.members(all.size());
    body.put("territories", territories);
    return body;
  }

  @Operation(
      summary = "The territories with practices and known coordinates, as GeoJSON points",
      description =
          "A FeatureCollection (RFC 7946): each feature a territory with practices whose"
              + " coordinates the data gives, with its slug, label, type and number of practices."
              + " territoriesWithoutCoordinates counts the others.")
  @GetMapping(
      value = "/api/geo/territories",
      produces = {GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
  Map<String, Object> geo(@RequestParam(required = false) String lang, HttpServletRequest request) {
    PeerIndex index = indexes.get();
    String language = PeersController.language(lang, request);
    List<Map<String, Object>> features = new ArrayList<>();
    int without = 0;
    for (String territory : index.territories()) {
      int practices = index.practiceCount(territory);
      if (practices == 0) {
        continue;
      }
      Optional<double[]> coordinates = index.coordinates(territory);
      if (coordinates.isEmpty()) {
        without++;
        continue;
      }
      Map<String, Object> properties = PeersController.resource(index, territory, language);
      String kind = index.kind(territory);
      properties.put("type", kind == null ? "Territory" : PeerIndex.slug(kind.replace('#', '/')));
      properties.put("practices", practices);
      Map<String, Object> feature = new LinkedHashMap<>();
      feature.put("type", "Feature");
      feature.put("id", territory);
      feature.put(
          "geometry",
          Map.of(
              "type", "Point", "coordinates", List.of(coordinates.get()[1], coordinates.get()[0])));
      feature.put("properties", properties);
      features.add(feature);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FeatureCollection");
    body.put("revision", index.revision());
    body.put("territoriesWithoutCoordinates", without);
    body.put("features", features);
    return body;
  }

  @Operation(summary = "A territory with its practices, actors, Wikidata links and coordinates")
  @GetMapping(value = "/api/territories/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> territory(
      @PathVariable String slug,
      @RequestParam(required = false) String lang,
      HttpServletRequest request) {
    PeerIndex index = indexes.get();
    String territory = baseIri + "id/territory/" + slug;
    if (!SLUG.matcher(slug).matches() || !index.isTerritory(territory)) {
      throw ApiProblem.notFound("there is no territory '" + slug + "'").with("slug", slug);
    }
    String language = PeersController.language(lang, request);
    Map<String, Object> body = summary(index, territory, language);
    List<Map<String, Object>> practices = new ArrayList<>();
    for (String practice : index.practicesOf(territory)) {
      Map<String, Object> entry = PeersController.resource(index, practice, language);
      List<Map<String, Object>> themes = new ArrayList<>();
      for (String theme : index.themesOf(practice)) {
        themes.add(PeersController.resource(index, theme, language));
      }
      entry.put("themes", themes);
      practices.add(entry);
    }
    practices.sort((a, b) -> ((String) a.get("iri")).compareTo((String) b.get("iri")));
    body.put("practices", practices);
    body.put("actors", actors(index, territory, language));
    body.put("sameAs", index.sameAs(territory));
    body.put("peers", "/api/territories/" + slug + "/peers");
    return body;
  }

  private List<Map<String, Object>> actors(PeerIndex index, String territory, String language) {
    ParameterizedSparqlString query = new ParameterizedSparqlString(actorsQuery);
    query.setIri("territory", territory);
    ResultSetRewindable results = store.select(query.toString());
    Map<String, Map<String, Object>> actors = new LinkedHashMap<>();
    while (results.hasNext()) {
      QuerySolution row = results.next();
      String actor = row.getResource("actor").getURI();
      String kind = row.getResource("kind").getURI();
      Map<String, Object> entry =
          actors.computeIfAbsent(actor, a -> PeersController.resource(index, a, language));
      String known = (String) entry.get("kind");
      if (known == null || known.equals("Actor")) {
        entry.put("kind", PeerIndex.slug(kind.replace('#', '/')));
      }
      @SuppressWarnings("unchecked")
      List<String> relations =
          (List<String>) entry.computeIfAbsent("relations", r -> new ArrayList<String>());
      String relation = row.getLiteral("relation").getString();
      if (!relations.contains(relation)) {
        relations.add(relation);
        relations.sort(null);
      }
    }
    return new ArrayList<>(actors.values());
  }

  private static Map<String, Object> summary(PeerIndex index, String territory, String language) {
    Map<String, Object> entry = PeersController.resource(index, territory, language);
    String kind = index.kind(territory);
    entry.put("type", kind == null ? "Territory" : PeerIndex.slug(kind.replace('#', '/')));
    index
        .coordinates(territory)
        .ifPresent(
            c -> {
              Map<String, Object> coordinates = new LinkedHashMap<>();
              coordinates.put("lat", c[0]);
              coordinates.put("long", c[1]);
              entry.put("coordinates", coordinates);
            });
    index.sameAs(territory).stream()
        .filter(same -> same.startsWith(WIKIDATA))
        .findFirst()
        .ifPresent(same -> entry.put("wikidata", same));
    return entry;
  }
}
