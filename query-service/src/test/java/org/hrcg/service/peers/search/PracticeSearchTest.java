package org.hrcg.service.peers.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hrcg.ingest.concepts.ConceptIndex;
import org.hrcg.ingest.pipeline.Ingest;
import org.hrcg.ingest.pipeline.Report;
import org.hrcg.model.store.TdbStore;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.api.ApiProblem;
import org.hrcg.service.peers.PeerIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The search from the in-memory index answers exactly as the search that read the store on every
 * request ({@link StoreReadSearch}) did: on the bundled data, for every value of every filter, in
 * several languages, with words, with several filters at once and on every page; and again after an
 * update that adds a practice stated in two graphs, with a narrower theme, in a territory part of a
 * country.
 */
class PracticeSearchTest {

  static final String ID = "https://w3id.org/hrcg/id/";
  static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt-br", "de");
  static final ConceptIndex CONCEPTS = ConceptIndex.defaults();
  static final Map<String, String> SCHEMES =
      Map.of(
          "theme", "theme",
          "right", "right",
          "targetGroup", "target-group",
          "instrument", "instrument");

  static TdbStore store;
  static TextIndex text;
  static PracticeSearch search;
  static StoreReadSearch reference;

  @BeforeAll
  static void loadTheBundledData() {
    store = TdbStore.inMemory();
    Path data = Path.of("").toAbsolutePath().resolveSibling("data");
    assertThat(Files.isDirectory(data)).as(data.toString()).isTrue();
    Report report =
        Ingest.builder().inputs(data).minter(store.minter()).agent("test").build().run(store);
    assertThat(report.passed()).as(report.problems().toString()).isTrue();
    HrcgProperties properties =
        new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("hrcg", HrcgProperties.class);
    text = new TextIndex(store, null);
    search =
        new PracticeSearch(store, new PeerIndexes(store, properties), text, Duration.ofMinutes(1));
    reference = new StoreReadSearch(store, text);
  }

  @AfterAll
  static void close() throws Exception {
    text.close();
    store.close();
  }

  static PracticeFilters filters(
      Map<String, List<String>> values, String q, String lang, int page, int size) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    for (String filter : PracticeSearch.FILTERS) {
      all.put(filter, values.getOrDefault(filter, List.of()));
    }
    return new PracticeFilters(all, q, lang, page, size);
  }

  static void sameAnswer(PracticeFilters filters) {
    PracticesAnswer expected = reference.find(filters);
    assertThat(search.find(filters)).as(filters.toString()).isEqualTo(expected);
  }

  /** Every concept of the four concept filters, and every territory, as the filters take them. */
  static Map<String, List<String>> everyValue() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    SCHEMES.forEach(
        (filter, scheme) -> {
          List<String> iris = new ArrayList<>();
          for (String slug : CONCEPTS.slugs(scheme)) {
            iris.add(ID + scheme + "/" + slug);
          }
          values.put(filter, iris);
        });
    List<String> territories = new ArrayList<>();
    for (PracticesAnswer.Facet facet :
        search.find(filters(Map.of(), null, "en", 1, 1)).facets().get("territory")) {
      territories.add(ID + "territory/" + facet.slug());
    }
    values.put("territory", territories);
    values.put(
        "country",
        List.of(
            ID + "territory/france",
            ID + "territory/argentina",
            ID + "territory/spain",
            ID + "territory/santa-fe"));
    return values;
  }

  @Test
  void everyPracticeInEveryLanguageOnEveryPage() {
    for (String lang : LANGUAGES) {
      for (int page = 1; page <= 4; page++) {
        sameAnswer(filters(Map.of(), null, lang, page, 7));
      }
      sameAnswer(filters(Map.of(), null, lang, 1, 100));
    }
  }

  @Test
  void everyValueOfEveryFilter() {
    everyValue()
        .forEach(
            (filter, iris) -> {
              for (String iri : iris) {
                for (String lang : List.of("en", "es")) {
                  sameAnswer(filters(Map.of(filter, List.of(iri)), null, lang, 1, 100));
                }
              }
            });
  }

  @Test
  void severalValuesAndSeveralFilters() {
    sameAnswer(
        filters(
            Map.of("theme", List.of(ID + "theme/procurement", ID + "theme/decentralization")),
            null,
            "en",
            1,
            100));
    sameAnswer(
        filters(
            Map.of(
                "theme",
                List.of(ID + "theme/participation"),
                "country",
                List.of(ID + "territory/argentina")),
            null,
            "fr",
            1,
            100));
    sameAnswer(
        filters(
            Map.of(
                "theme", List.of(ID + "theme/procurement"),
                "territory", List.of(ID + "territory/barcelona", ID + "territory/utrecht"),
                "right", List.of(ID + "right/work")),
            null,
            "es",
            1,
            100));
  }

  @Test
  void wordsAloneAndWithFilters() {
    for (String q :
        List.of(
            "procurement",
            "La Haya",
            "women rights",
            "geneve",
            "participatory budget",
            "zzzznothing",
            "!!!")) {
      for (String lang : List.of("en", "es")) {
        sameAnswer(filters(Map.of(), q, lang, 1, 100));
        sameAnswer(filters(Map.of(), q, lang, 2, 3));
        sameAnswer(filters(Map.of("theme", List.of(ID + "theme/participation")), q, lang, 1, 100));
      }
    }
  }

  @Test
  void aSearchPastItsTimeIsRefusedWith503() {
    PeerIndexes indexes =
        new PeerIndexes(
            store,
            new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("hrcg", HrcgProperties.class));
    PracticeSearch hurried = new PracticeSearch(store, indexes, text, Duration.ofNanos(1));
    ApiProblem problem =
        assertThrows(
            ApiProblem.class, () -> hurried.find(filters(Map.of(), "procurement", "en", 1, 20)));
    assertThat(problem.getStatusCode().value()).isEqualTo(503);
    assertThat(problem.getBody().getProperties()).containsEntry("reason", "timeout");
    assertThat(problem.getBody().getDetail()).contains("hrcg.limits.search-timeout");
  }

  @Test
  void theIndexFollowsAnUpdateAndStillAnswersAsTheStoreDoes() {
    long before = search.find(filters(Map.of(), null, "en", 1, 1)).paging().total();
    store.update(
        """
        PREFIX hrc: <https://w3id.org/hrcg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        INSERT DATA {
          GRAPH <https://w3id.org/hrcg/graph/follow-one> {
            <https://w3id.org/hrcg/id/case-study/follow-one> a hrc:CaseStudy ;
              dcterms:title "Follow one"@en , "Seguir uno"@es .
            <https://w3id.org/hrcg/id/territory/followtown> a hrc:City ;
              rdfs:label "Followtown"@en ;
              hrc:partOf <https://w3id.org/hrcg/id/territory/france> .
            <https://w3id.org/hrcg/id/practice/followtown-assemblies> a hrc:Practice ;
              rdfs:label "Neighbourhood assemblies of Followtown"@en ;
              dcterms:description "Assemblies that decide a budget"@en ;
              hrc:theme <https://w3id.org/hrcg/id/theme/decentralization> ;
              hrc:territory <https://w3id.org/hrcg/id/territory/followtown> ;
              prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/follow-one> .
          }
          GRAPH <https://w3id.org/hrcg/graph/follow-two> {
            <https://w3id.org/hrcg/id/case-study/follow-two> a hrc:CaseStudy ;
              dcterms:title "Follow two"@en .
            <https://w3id.org/hrcg/id/practice/followtown-assemblies> a hrc:Practice ;
              rdfs:label "Asambleas de barrio de Followtown"@es ;
              hrc:addressesRight <https://w3id.org/hrcg/id/right/work> ;
              prov:wasDerivedFrom <https://w3id.org/hrcg/id/case-study/follow-two> .
          }
        }
        """);

    PracticesAnswer all = search.find(filters(Map.of(), null, "en", 1, 1));
    assertThat(all.paging().total()).isEqualTo(before + 1);
    PracticesAnswer broader =
        search.find(
            filters(
                Map.of(
                    "theme",
                    List.of(ID + "theme/participation"),
                    "country",
                    List.of(ID + "territory/france")),
                null,
                "es",
                1,
                100));
    PracticesAnswer.Practice found =
        broader.practices().stream()
            .filter(p -> p.slug().equals("followtown-assemblies"))
            .findFirst()
            .orElseThrow();
    assertThat(found.label()).isEqualTo("Asambleas de barrio de Followtown");
    assertThat(found.sources())
        .extracting(PracticesAnswer.Source::title)
        .containsExactlyInAnyOrder("Seguir uno", "Follow two");
    assertThat(broader.facets().get("country"))
        .extracting(PracticesAnswer.Facet::slug)
        .contains("france");
    sameAnswer(filters(Map.of("country", List.of(ID + "territory/france")), null, "es", 1, 100));
    sameAnswer(filters(Map.of("right", List.of(ID + "right/work")), null, "en", 1, 100));
    sameAnswer(filters(Map.of(), "assemblies", "en", 1, 100));
    for (int page = 1; page <= 3; page++) {
      sameAnswer(filters(Map.of(), null, "es", page, 10));
    }
  }
}
