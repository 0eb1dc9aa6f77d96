package org.hrcg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDFS;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.ingest.yaml.YamlCaseStudyReader;
import org.hrcg.model.domain.CaseStudyContent;
import org.hrcg.model.domain.Practice;
import org.hrcg.model.domain.Territory;
import org.hrcg.ontology.HrcgResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class SyntheticDatasetTest {

  @TempDir Path temp;

  private static SyntheticDataset small(long seed) {
    return SyntheticDataset.generate(seed, 450, 200);
  }

  @Test
  void sameSeedWritesByteIdenticalFiles() throws IOException {
    SyntheticDataset.Output first = small(7).write(temp.resolve("a/yaml"), temp.resolve("a/s.nq"));
    SyntheticDataset.Output second = small(7).write(temp.resolve("b/yaml"), temp.resolve("b/s.nq"));

    assertThat(first.yamlFiles()).hasSize(3);
    for (int i = 0; i < first.yamlFiles().size(); i++) {
      assertThat(Files.readAllBytes(second.yamlFiles().get(i)))
          .isEqualTo(Files.readAllBytes(first.yamlFiles().get(i)));
    }
    assertThat(Files.readAllBytes(second.nquads())).isEqualTo(Files.readAllBytes(first.nquads()));
  }

  @Test
  void differentSeedWritesDifferentFiles() throws IOException {
    SyntheticDataset.Output first = small(7).write(temp.resolve("a/yaml"), temp.resolve("a/s.nq"));
    SyntheticDataset.Output other = small(8).write(temp.resolve("b/yaml"), temp.resolve("b/s.nq"));

    assertThat(Files.readAllBytes(other.nquads())).isNotEqualTo(Files.readAllBytes(first.nquads()));
    assertThat(Files.readString(other.yamlFiles().get(0)))
        .isNotEqualTo(Files.readString(first.yamlFiles().get(0)));
  }

  @Test
  void splitsPracticesIntoCaseStudiesWithTheirGraphsInTheQuads() throws IOException {
    SyntheticDataset dataset = small(1);
    SyntheticDataset.Output output = dataset.write(temp.resolve("yaml"), temp.resolve("s.nq"));

    assertThat(dataset.caseStudies())
        .extracting(content -> content.practices().size())
        .containsExactly(200, 200, 50);
    assertThat(output.quads()).isEqualTo(dataset.tripleCount());
    Dataset quads = RDFDataMgr.loadDataset(output.nquads().toString());
    List<String> graphs = new ArrayList<>();
    quads.listModelNames().forEachRemaining(name -> graphs.add(name.getURI()));
    assertThat(graphs)
        .containsExactlyInAnyOrder(
            "https://w3id.org/hrcg/graph/syn-case-study-1",
            "https://w3id.org/hrcg/graph/syn-case-study-2",
            "https://w3id.org/hrcg/graph/syn-case-study-3");
    assertThat(quads.getNamedModel("https://w3id.org/hrcg/graph/syn-case-study-2").size())
        .isEqualTo(SyntheticDataset.model(dataset.caseStudies().get(1)).size());
  }

  @Test
  void everythingIsPlainlySynthetic() {
    SyntheticDataset dataset = small(3);

    for (CaseStudyContent content : dataset.caseStudies()) {
      Model model = SyntheticDataset.model(content);
      model
          .listObjectsOfProperty(RDFS.label)
          .forEach(label -> assertThat(label.asLiteral().getString()).startsWith("Synthetic"));
      model
          .listSubjects()
          .filterKeep(RDFNode::isURIResource)
          .forEach(
              subject ->
                  assertThat(subject.getURI())
                      .matches("https://w3id.org/hrcg/id/[a-z-]+/syn-[a-z0-9-]+(#venue)?"));
    }
    assertThat(dataset.caseStudies().get(1).caseStudy().title().text())
        .isEqualTo("Synthetic case study 2 (generated, seed 3)");
  }

  @Test
  void caseStudiesConformToTheShapesWithoutWarnings() {
    Shapes shapes = Shapes.parse(HrcgResources.shapes());
    Model vocabulary = HrcgResources.ontology().add(HrcgResources.schemes());

    for (CaseStudyContent content : small(5).caseStudies()) {
      Model data = ModelFactory.createUnion(SyntheticDataset.model(content), vocabulary);
      ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());

      assertThat(report.getEntries()).as(content.caseStudy().slug()).isEmpty();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void yamlFilesAreSelfContainedCaseStudies() throws IOException {
    SyntheticDataset dataset = small(11);
    SyntheticDataset.Output output = dataset.write(temp.resolve("yaml"), temp.resolve("s.nq"));
    Load load = new Load(LoadSettings.builder().build());

    for (Path file : output.yamlFiles()) {
      Map<String, Object> document =
          (Map<String, Object>) load.loadFromString(Files.readString(file));
      Map<String, Object> territories = (Map<String, Object>) document.get("territories");
      Map<String, Map<String, Object>> practices =
          (Map<String, Map<String, Object>>) document.get("practices");
      Map<String, Object> actors = (Map<String, Object>) document.get("actors");

      assertThat(document.get("hrcg-case-study")).isEqualTo(1);
      assertThat(practices).isNotEmpty();
      for (Map<String, Object> practice : practices.values()) {
        assertThat(territories).containsKey((String) practice.get("territory"));
        assertThat(actors)
            .containsKeys(((List<String>) practice.get("implemented-by")).toArray(String[]::new));
        for (String partner : (List<String>) practice.getOrDefault("paired-with", List.of())) {
          assertThat(practices).containsKey(partner);
        }
      }
    }
  }

  @Test
  void theIngestYamlReaderReadsTheSameGraphsAsTheNQuadsHold() throws IOException {
    SyntheticDataset dataset = small(13);
    SyntheticDataset.Output output = dataset.write(temp.resolve("yaml"), temp.resolve("s.nq"));
    Dataset quads = RDFDataMgr.loadDataset(output.nquads().toString());
    YamlCaseStudyReader reader = new YamlCaseStudyReader();

    for (Path file : output.yamlFiles()) {
      SourceFile source =
          ((SourceFile.Read) SourceFile.read(file, SourceFile.DEFAULT_MAX_BYTES)).file();
      ReadOutcome outcome = reader.read(source);

      assertThat(outcome.problems()).as(file.toString()).isEmpty();
      assertThat(outcome.graphs()).hasSize(1);
      SourceGraph graph = outcome.graphs().get(0);
      assertThat(graph.content().isIsomorphicWith(quads.getNamedModel(graph.graphIri())))
          .as(graph.graphIri())
          .isTrue();
    }
  }

  @Test
  void someConceptsAreRare() {
    Map<String, Integer> themes = new HashMap<>();
    SyntheticDataset.generate(9, 3000, 1000).caseStudies().stream()
        .flatMap(content -> content.practices().stream())
        .flatMap(practice -> practice.themes().stream())
        .forEach(theme -> themes.merge(theme, 1, Integer::sum));

    int most = themes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    int least = themes.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    assertThat(themes.size()).isGreaterThan(5);
    assertThat(most).isGreaterThan(10 * least);
  }

  @Test
  void aboutOneTerritoryForTenPracticesAndSomeJointStatements() {
    SyntheticDataset dataset = SyntheticDataset.generate(2, 2000, 1000);

    long territories =
        dataset.caseStudies().stream()
            .flatMap(content -> content.territories().stream())
            .map(Territory::slug)
            .distinct()
            .count();
    long joint =
        dataset.caseStudies().stream()
            .flatMap(content -> content.statements().stream())
            .filter(statement -> statement.territories().size() > 1)
            .count();
    long paired =
        dataset.caseStudies().stream()
            .flatMap(content -> content.practices().stream())
            .map(Practice::pairedWith)
            .filter(list -> !list.isEmpty())
            .count();
    assertThat(territories).isBetween(120L, 260L);
    assertThat(joint).isPositive();
    assertThat(paired).isPositive();
  }

  @Test
  void choosesPracticesForATargetNumberOfTriples() {
    int practices = SyntheticDataset.practicesForTriples(4, 60_000, 1000);

    long triples = SyntheticDataset.generate(4, practices, 1000).tripleCount();
    assertThat(triples).isBetween(57_000L, 63_000L);
  }

  @Test
  void refusesToWriteIntoTheRepositoryDataDirectory() throws IOException {
    Files.writeString(temp.resolve("pom.xml"), "<project/>");
    Path data = temp.resolve("data");

    assertThrows(
        IllegalArgumentException.class,
        () -> small(1).write(data.resolve("synthetic"), temp.resolve("s.nq")));
    assertThat(data).doesNotExist();
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).extracting(path -> path.getFileName().toString()).containsOnly("pom.xml");
    }
  }

  @Test
  void rejectsSizesBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticDataset.generate(1, 0));
    assertThrows(IllegalArgumentException.class, () -> SyntheticDataset.generate(1, 10, 0));
  }
}
