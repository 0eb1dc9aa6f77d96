package org.hrcg.model.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.hrcg.ontology.HrcgResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every competency question checked against a small, complete fixture in an in-memory TDB2 store
 * whose default graph is the union of its named graphs, as the service presents it.
 */
class CompetencyQuestionsTest {

  private static final String FIXTURE = "fixtures/competency-fixture.trig";
  private static final String GRAPHS = "https://w3id.org/hrcg/graph/";
  private static final String SOURCE_GRAPH = GRAPHS + "geneva-dialogue-2025";
  private static final String ID = "https://w3id.org/hrcg/id/";
  private static final Set<String> KINDS =
      Set.of(
          "territory",
          "actor",
          "practice",
          "event",
          "document",
          "campaign",
          "statement",
          "case-study",
          "membership");

  private static DatasetGraph store;
  private static Dataset dataset;

  @BeforeAll
  static void loadFixtureWithVocabulary() {
    store = DatabaseMgr.createDatasetGraph();
    store.getContext().set(TDB2.symUnionDefaultGraph, true);
    dataset = DatasetFactory.wrap(store);
    Txn.executeWrite(
        dataset,
        () -> {
          RDFParser.fromString(fixture(), Lang.TRIG).parse(store);
          if (onClasspath(HrcgResources.ONTOLOGY)) {
            dataset.getNamedModel(GRAPHS + "ontology").add(HrcgResources.ontology());
          }
          for (String scheme : HrcgResources.SCHEMES) {
            String location = HrcgResources.schemeLocation(scheme);
            if (onClasspath(location)) {
              dataset.getNamedModel(GRAPHS + "schemes").add(HrcgResources.load(location));
            }
          }
        });
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  static Stream<Named<CompetencyQuestion>> questions() {
    return CompetencyQuestions.all().stream().map(q -> Named.of(q.name() + ": " + q.title(), q));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void fixtureGivesTheExpectedAnswer(CompetencyQuestion question) {
    CheckResult result = question.check(dataset);

    assertThat(result.passed()).as(result::report).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void expectationFailsOnDataThatLacksTheAnswer(CompetencyQuestion question) {
    Dataset lacking = DatasetFactory.createTxnMem();
    String practiceWithoutTerritoryOrSource =
        "<https://w3id.org/hrcg/id/practice/unsourced> a <"
            + HrcgResources.ONTOLOGY_NS
            + "Practice> .";
    Txn.executeWrite(
        lacking,
        () ->
            RDFParser.fromString(practiceWithoutTerritoryOrSource, Lang.TURTLE)
                .parse(lacking.getDefaultModel()));

    CheckResult result = question.check(lacking);

    assertThat(result.passed()).as(result::report).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void queryIsSelectOrAskAndNamesGraphsOnlyWhenAskingAboutSources(CompetencyQuestion question) {
    Query query = QueryFactory.create(question.query());

    assertThat(query.isSelectType() || query.isAskType()).as(question.name()).isTrue();
    assertThat(question.title()).isNotBlank();
    assertThat(question.description()).isNotBlank();
    if (namesGraphs(query)) {
      assertThat(question.description())
          .as("%s uses GRAPH; its description must say it is about graphs", question.name())
          .containsIgnoringCase("graph");
    }
  }

  @Test
  void indexListsExactlyTheQuestionsInTheFolder() throws IOException {
    Set<String> queries = new TreeSet<>();
    Set<String> expectations = new TreeSet<>();
    Set<String> others = new TreeSet<>();
    withFolder(
        folder -> {
          try (Stream<Path> files = Files.list(folder)) {
            files.forEach(
                file -> {
                  String name = file.getFileName().toString();
                  if (name.endsWith(".rq")) {
                    queries.add(name.substring(0, name.length() - 3));
                  } else if (name.endsWith(".json")) {
                    expectations.add(name.substring(0, name.length() - 5));
                  } else {
                    others.add(name);
                  }
                });
          }
        });
    Set<String> indexed = new TreeSet<>(CompetencyQuestions.names());

    assertThat(queries).as("queries in the folder").isEqualTo(indexed);
    assertThat(expectations).as("expectations in the folder").isEqualTo(indexed);
    assertThat(others).containsExactlyInAnyOrder("index.txt", "README.md");
  }

  @Test
  void indexIsNumberedFromOneWithoutGaps() {
    List<String> names = CompetencyQuestions.names();

    assertThat(names).hasSizeGreaterThanOrEqualTo(16);
    for (int i = 0; i < names.size(); i++) {
      assertThat(names.get(i)).startsWith(String.format("%02d-", i + 1));
    }
  }

  @Test
  void readmeListsEveryQuestionWithItsTitle() throws IOException {
    String readme;
    try (InputStream in = HrcgResources.open(CompetencyQuestions.FOLDER + "README.md")) {
      readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> listed =
        readme
            .lines()
            .filter(line -> line.matches("\\| [0-9]{2} \\| .*\\|"))
            .map(String::strip)
            .toList();
    List<String> expected =
        CompetencyQuestions.all().stream()
            .map(q -> "| " + q.name().substring(0, 2) + " | " + q.title() + " |")
            .toList();

    assertThat(listed).containsExactlyElementsOf(expected);
  }

  @Test
  void fixtureKeepsFactsInTheSourceGraphAndCuratedLinksInTheCurationGraph() {
    DatasetGraph fixture = parsedFixture();
    Set<String> graphs =
        iterate(fixture.listGraphNodes()).stream().map(Node::getURI).collect(Collectors.toSet());

    assertThat(graphs).containsExactlyInAnyOrder(SOURCE_GRAPH, GRAPHS + "curation");
    assertThat(fixture.getDefaultGraph().isEmpty()).isTrue();
    Node sameAs = NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs");
    Node addressesRight = NodeFactory.createURI(HrcgResources.ONTOLOGY_NS + "addressesRight");
    assertThat(fixture.find(node(SOURCE_GRAPH), Node.ANY, sameAs, Node.ANY).hasNext()).isFalse();
    assertThat(fixture.find(node(SOURCE_GRAPH), Node.ANY, addressesRight, Node.ANY).hasNext())
        .isFalse();
  }

  @Test
  void fixtureHasNoShapeViolations() {
    Model data = HrcgResources.schemes().add(HrcgResources.ontology());
    iterate(parsedFixture().find()).forEach(quad -> data.getGraph().add(quad.asTriple()));

    ValidationReport report =
        ShaclValidator.get().validate(HrcgResources.shapes().getGraph(), data.getGraph());

    assertThat(report.getEntries())
        .filteredOn(entry -> entry.severity() == Severity.Violation)
        .map(entry -> entry.focusNode() + " " + entry.message())
        .isEmpty();
  }

  @Test
  void fixtureMintsResourcesOnlyOfKnownKinds() {
    DatasetGraph fixture = parsedFixture();
    List<String> unknown = new ArrayList<>();
    iterate(fixture.find())
        .forEach(
            quad ->
                Stream.of(quad.getSubject(), quad.getObject())
                    .filter(Node::isURI)
                    .map(Node::getURI)
                    .filter(iri -> iri.startsWith(ID))
                    .filter(iri -> !knownIri(iri))
                    .forEach(unknown::add));

    assertThat(unknown).isEmpty();
  }

  @Test
  void fixtureUsesOnlyTermsOfTheOntology() {
    Model ontology = HrcgResources.ontology();
    DatasetGraph fixture = parsedFixture();
    Set<String> used = new TreeSet<>();
    for (Quad quad : iterate(fixture.find())) {
      addIfVocabulary(used, quad.getPredicate());
      if (quad.getPredicate().equals(RDF.type.asNode())) {
        addIfVocabulary(used, quad.getObject());
      }
    }

    assertThat(used).isNotEmpty();
    assertThat(used)
        .allSatisfy(
            term ->
                assertThat(ontology.getGraph().contains(node(term), Node.ANY, Node.ANY))
                    .as("%s is declared in the ontology", term)
                    .isTrue());
  }

  @Test
  void fixtureUsesOnlyConceptsOfTheSchemes() {
    Model schemes = HrcgResources.schemes();
    DatasetGraph fixture = parsedFixture();
    Set<String> concepts = new TreeSet<>();
    for (Quad quad : iterate(fixture.find())) {
      Node object = quad.getObject();
      if (object.isURI() && object.getURI().startsWith(ID) && !knownKind(object.getURI())) {
        concepts.add(object.getURI());
      }
    }

    assertThat(concepts).isNotEmpty();
    assertThat(concepts)
        .allSatisfy(
            concept ->
                assertThat(
                        schemes
                            .getGraph()
                            .contains(
                                Triple.create(
                                    node(concept), RDF.type.asNode(), SKOS.Concept.asNode())))
                    .as("%s is a concept of the schemes", concept)
                    .isTrue());
  }

  private static void addIfVocabulary(Set<String> used, Node term) {
    if (term.isURI() && term.getURI().startsWith(HrcgResources.ONTOLOGY_NS)) {
      used.add(term.getURI());
    }
  }

  private static boolean knownIri(String iri) {
    if (knownKind(iri)) {
      return iri.substring(ID.length()).matches("[a-z-]+/[a-z0-9]+(-[a-z0-9]+)*");
    }
    String scheme = iri.substring(ID.length()).split("/", 2)[0];
    return HrcgResources.SCHEMES.contains(scheme);
  }

  private static boolean knownKind(String iri) {
    return KINDS.contains(iri.substring(ID.length()).split("/", 2)[0]);
  }

  private static boolean namesGraphs(Query query) {
    boolean[] found = {false};
    ElementWalker.walk(
        query.getQueryPattern(),
        new ElementVisitorBase() {
          @Override
          public void visit(ElementNamedGraph element) {
            found[0] = true;
          }
        });
    return found[0];
  }

  private static DatasetGraph parsedFixture() {
    DatasetGraph fixture = DatasetGraphFactory.create();
    RDFParser.fromString(fixture(), Lang.TRIG).parse(fixture);
    return fixture;
  }

  private static String fixture() {
    try (InputStream in =
        CompetencyQuestionsTest.class.getClassLoader().getResourceAsStream(FIXTURE)) {
      assertThat(in).as(FIXTURE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean onClasspath(String location) {
    return CompetencyQuestionsTest.class.getClassLoader().getResource(location) != null;
  }

  private static Node node(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static <T> List<T> iterate(Iterator<T> iterator) {
    List<T> items = new ArrayList<>();
    iterator.forEachRemaining(items::add);
    return items;
  }

  /** Runs the action on the questions' folder, whether it is a directory or inside a jar. */
  private static void withFolder(FolderAction action) throws IOException {
    URL index =
        CompetencyQuestionsTest.class.getClassLoader().getResource(CompetencyQuestions.INDEX);
    assertThat(index).as(CompetencyQuestions.INDEX).isNotNull();
    URI uri;
    try {
      uri = index.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (!"jar".equals(uri.getScheme())) {
      action.run(Path.of(uri).getParent());
      return;
    }
    FileSystem jar;
    boolean opened = false;
    try {
      jar = FileSystems.newFileSystem(uri, Map.of());
      opened = true;
    } catch (FileSystemAlreadyExistsException e) {
      jar = FileSystems.getFileSystem(uri);
    }
    try {
      action.run(jar.provider().getPath(uri).getParent());
    } finally {
      if (opened) {
        jar.close();
      }
    }
  }

  @FunctionalInterface
  private interface FolderAction {
    void run(Path folder) throws IOException;
  }
}
