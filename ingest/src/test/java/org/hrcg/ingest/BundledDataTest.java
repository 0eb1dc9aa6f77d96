package org.hrcg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.OWL;
import org.hrcg.ingest.yaml.YamlCaseStudyReader;
import org.hrcg.model.competency.CheckResult;
import org.hrcg.model.competency.CompetencyQuestion;
import org.hrcg.model.competency.CompetencyQuestions;
import org.hrcg.model.store.GraphLoad;
import org.hrcg.model.store.LoadRecord;
import org.hrcg.model.store.TdbStore;
import org.hrcg.model.vocab.HRC;
import org.hrcg.model.vocab.WGS84;
import org.hrcg.ontology.HrcgResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dataset bundled in the repository's {@code data} folder, read as {@code ./hrcg serve} reads
 * it: every file without errors, no shape violations, and every competency question answered. Maven
 * runs tests in the module's folder, so the data is one level up.
 */
class BundledDataTest {

  private static final Path DATA = Path.of("..", "data");
  private static final String SOURCE_GRAPH = "https://w3id.org/hrcg/graph/geneva-dialogue-2025";
  private static final String CURATION_GRAPH = "https://w3id.org/hrcg/graph/curation";

  private static final List<Problem> problems = new ArrayList<>();
  private static final Map<String, SourceGraph> graphs = new LinkedHashMap<>();
  private static TdbStore store;

  @BeforeAll
  static void readAndLoadBundledData() {
    YamlCaseStudyReader reader = new YamlCaseStudyReader();
    for (Path file : yamlFiles()) {
      SourceFile.Result result = SourceFile.read(file, SourceFile.DEFAULT_MAX_BYTES);
      if (result instanceof SourceFile.Rejected rejected) {
        problems.add(rejected.problem());
        continue;
      }
      ReadOutcome outcome = reader.read(((SourceFile.Read) result).file());
      problems.addAll(outcome.problems());
      outcome.graphs().forEach(graph -> graphs.put(graph.graphIri(), graph));
    }
    Map<String, GraphLoad> loads = new LinkedHashMap<>();
    graphs.forEach(
        (iri, graph) ->
            loads.put(
                iri,
                new GraphLoad(
                    graph.content(), LoadRecord.now("BundledDataTest", graph.file().toString()))));
    store = TdbStore.inMemory();
    store.replaceGraphs(loads);
  }

  @AfterAll
  static void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void bundledFilesGiveTheCaseStudyGraphAndTheCurationGraph() {
    assertThat(graphs.keySet()).containsExactlyInAnyOrder(SOURCE_GRAPH, CURATION_GRAPH);
  }

  @Test
  void everyBundledFileReadsWithoutErrors() {
    assertThat(problems).filteredOn(Problem::isError).map(Problem::toString).isEmpty();
  }

  @Test
  void bundledDataHasNoShapeViolations() {
    Model data = ModelFactory.createDefaultModel();
    graphs.values().forEach(graph -> data.add(graph.content()));
    data.add(HrcgResources.ontology()).add(HrcgResources.schemes());

    ValidationReport report =
        ShaclValidator.get().validate(HrcgResources.shapes().getGraph(), data.getGraph());

    assertThat(graphs).isNotEmpty();
    assertThat(report.getEntries())
        .filteredOn(entry -> entry.severity() == Severity.Violation)
        .map(entry -> entry.focusNode() + " " + entry.resultPath() + ": " + entry.message())
        .isEmpty();
  }

  @Test
  void curatedLinksStayOutOfTheSourceGraph() {
    Model source = graphs.get(SOURCE_GRAPH).content();
    Model curation = graphs.get(CURATION_GRAPH).content();

    for (Property curated : List.of(OWL.sameAs, HRC.addressesRight, HRC.servesGoal, WGS84.lat)) {
      assertThat(source.contains(null, curated)).as("%s in the source graph", curated).isFalse();
      assertThat(curation.contains(null, curated)).as("%s in the curation graph", curated).isTrue();
    }
  }

  static Stream<Named<CompetencyQuestion>> questions() {
    return CompetencyQuestions.all().stream().map(q -> Named.of(q.name() + ": " + q.title(), q));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void bundledDataAnswersCompetencyQuestion(CompetencyQuestion question) {
    CheckResult result = question.check(store);

    assertThat(result.passed()).as(result::report).isTrue();
  }

  private static List<Path> yamlFiles() {
    try (Stream<Path> files = Files.list(DATA)) {
      return files
          .filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the bundled data in " + DATA, e);
    }
  }
}
