package org.hrcg.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.model.vocab.HRC;
import org.hrcg.model.vocab.PROV;
import org.junit.jupiter.api.Test;

class CsvPracticesReaderTest {

  private static final String ID = "https://w3id.org/hrcg/id/";
  private static final String HEADER =
      "case-study,case-study-title,slug,label,territory,territory-label,themes";

  private final CsvPracticesReader reader = new CsvPracticesReader();

  // ---- a valid file

  @Test
  void readsOneGraphPerCaseStudy() {
    ReadOutcome outcome = reader.read(fixture("sample-practices.csv"));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.graphs())
        .extracting(SourceGraph::graphIri)
        .containsExactly(
            "https://w3id.org/hrcg/graph/sample-care-2025",
            "https://w3id.org/hrcg/graph/sample-procurement-2024");
  }

  @Test
  void mapsTheRowsOfACaseStudyThroughTheDomainRecords() {
    Model model = reader.read(fixture("sample-practices.csv")).graphs().get(0).content();

    Resource caseStudy = model.createResource(ID + "case-study/sample-care-2025");
    Resource network = model.createResource(ID + "practice/sample-city-care-network");
    Resource observatory = model.createResource(ID + "practice/sample-city-care-observatory");
    Resource city = model.createResource(ID + "territory/sample-city");
    Resource council = model.createResource(ID + "actor/sample-city-council");
    Resource union = model.createResource(ID + "actor/sample-carers-union");
    assertThat(model.contains(caseStudy, RDF.type, HRC.CaseStudy)).isTrue();
    assertThat(
            model.contains(
                caseStudy,
                DCTerms.title,
                model.createLiteral("Care networks of Sample City", "en")))
        .isTrue();
    assertThat(
            model.contains(
                caseStudy,
                DCTerms.issued,
                model.createTypedLiteral("2025-03-01", XSDDatatype.XSDdate)))
        .isTrue();
    assertThat(model.contains(caseStudy, DCTerms.publisher, council)).isTrue();
    assertThat(model.contains(network, RDF.type, HRC.Practice)).isTrue();
    assertThat(
            model.contains(
                network, RDFS.label, model.createLiteral("Sample City care network", "en")))
        .isTrue();
    assertThat(
            model.contains(
                network, RDFS.label, model.createLiteral("Red de cuidados de Sample City", "es")))
        .isTrue();
    assertThat(
            model.contains(
                network,
                DCTerms.description,
                model.createLiteral("A network of carers, neighbours and services", "en")))
        .isTrue();
    assertThat(model.contains(network, HRC.territory, city)).isTrue();
    assertThat(model.contains(network, HRC.theme, model.createResource(ID + "theme/care")))
        .isTrue();
    assertThat(
            model.contains(
                network, HRC.targetGroup, model.createResource(ID + "target-group/women")))
        .isTrue();
    assertThat(model.contains(network, PROV.wasDerivedFrom, caseStudy)).isTrue();
    assertThat(
            model.contains(
                observatory, HRC.theme, model.createResource(ID + "theme/gender-equality")))
        .isTrue();
    assertThat(
            model.contains(
                observatory,
                DCTerms.description,
                model.createLiteral("Two lines:\nthe second line of the description", "en")))
        .isTrue();
    assertThat(model.listObjectsOfProperty(observatory, HRC.implementedBy).toList())
        .containsExactlyInAnyOrder(council, union);
    assertThat(model.contains(city, RDF.type, HRC.City)).isTrue();
    assertThat(model.listObjectsOfProperty(city, RDFS.label).toList()).hasSize(1);
    assertThat(model.contains(council, RDF.type, HRC.LocalGovernment)).isTrue();
    assertThat(model.contains(union, RDF.type, HRC.Organization)).isTrue();
    assertThat(model.contains(union, RDFS.label, model.createLiteral("Sample Carers Union", "en")))
        .isTrue();
  }

  @Test
  void writesTextsInTheLanguageOfTheCaseStudy() {
    Model model = reader.read(fixture("sample-practices.csv")).graphs().get(1).content();

    Resource practice = model.createResource(ID + "practice/otra-villa-procurement");
    assertThat(
            model.contains(
                practice,
                RDFS.label,
                model.createLiteral("Compras con derechos en Otra Villa", "es")))
        .isTrue();
    assertThat(
            model.contains(
                practice,
                RDFS.label,
                model.createLiteral("Achats responsables à Otra Villa", "fr")))
        .isTrue();
    assertThat(
            model.contains(
                model.createResource(ID + "territory/otra-villa"), RDF.type, HRC.Territory))
        .isTrue();
    assertThat(
            model.contains(model.createResource(ID + "territory/otra-villa"), RDF.type, HRC.City))
        .isFalse();
    assertThat(model.listObjectsOfProperty(practice, HRC.instrument).toList()).hasSize(2);
  }

  @Test
  void locatesPracticesAtTheLineOfTheirRecordAfterAMultiLineCell() {
    ReadOutcome outcome = reader.read(fixture("sample-practices.csv"));
    SourceGraph care = outcome.graphs().get(0);
    SourceGraph procurement = outcome.graphs().get(1);

    assertThat(find(care, ID + "practice/sample-city-care-network", null)).isEqualTo(line(2));
    assertThat(find(care, ID + "practice/sample-city-care-observatory", null)).isEqualTo(line(3));
    assertThat(find(procurement, ID + "practice/otra-villa-procurement", null)).isEqualTo(line(5));
    // the themes cell of the row, on the second line of its multi-line record
    assertThat(find(care, ID + "practice/sample-city-care-observatory", HRC.theme.asNode()))
        .isEqualTo(new Position(4, 54));
    assertThat(find(care, ID + "territory/sample-city", RDFS.label.asNode()))
        .isEqualTo(new Position(2, 255));
    assertThat(find(care, ID + "case-study/sample-care-2025", DCTerms.title.asNode()))
        .isEqualTo(new Position(2, 18));
  }

  // ---- the header

  @Test
  void rejectsAnUnknownColumnNamingItWithASuggestion() {
    ReadOutcome outcome = read(HEADER + ",lable-es\nx,X,p,P,t,T,care,\n");

    assertThat(outcome.graphs()).isEmpty();
    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:1:73: error: header: unknown column 'lable-es' (did you mean 'label-es'?)");
  }

  @Test
  void rejectsAMissingRequiredColumnNamingIt() {
    ReadOutcome outcome =
        read("case-study,case-study-title,slug,label,territory,territory-label\nx,X,p,P,t,T\n");

    assertThat(messages(outcome))
        .containsExactly("test.csv:1: error: header: missing column 'themes'");
  }

  @Test
  void rejectsAColumnGivenTwice() {
    ReadOutcome outcome = read(HEADER + ",label\nx,X,p,P,t,T,care,Q\n");

    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:1:73: error: header: column 'label' appears twice (columns 4 and 8)");
  }

  @Test
  void rejectsImplementedByWithoutItsLabelAndTypeColumns() {
    ReadOutcome outcome = read(HEADER + ",implemented-by\nx,X,p,P,t,T,care,a\n");

    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:1: error: header: missing column 'implemented-by-label', which"
                + " 'implemented-by' needs",
            "test.csv:1: error: header: missing column 'implemented-by-type', which"
                + " 'implemented-by' needs");
  }

  @Test
  void rejectsAFileWithAHeaderAndNoRows() {
    ReadOutcome outcome = read(HEADER + "\n");

    assertThat(messages(outcome)).singleElement().asString().contains("no rows");
  }

  // ---- malformed CSV

  @Test
  void reportsAnUnbalancedQuoteAtTheLineWhereTheCellOpens() {
    ReadOutcome outcome =
        read(HEADER + "\nx,X,p,P,t,T,care\nx,X,q,\"Q,t,T,care\nx,X,r,R,t,T,care\n");

    assertThat(outcome.graphs()).isEmpty();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.position().line()).isEqualTo(3);
              assertThat(problem.message())
                  .startsWith("malformed CSV: a quoted cell is never closed (unbalanced '\"')");
            });
  }

  @Test
  void reportsTextAfterAClosingQuoteWithItsLineAndColumn() {
    ReadOutcome outcome = read(HEADER + "\nx,X,p,\"P\"oops,t,T,care\n");

    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.position().line()).isEqualTo(2);
              assertThat(problem.message())
                  .startsWith("malformed CSV: text follows the closing quote of a quoted cell");
            });
  }

  @Test
  void rejectsARowWithTheWrongNumberOfCells() {
    ReadOutcome outcome = read(HEADER + "\nx,X,p,P,t,T\nx,X,q,Q,t,T,care\n");

    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:2: error: row has 6 cells, the header has 7: every row has one cell a"
                + " column");
    assertThat(outcome.graphs()).hasSize(1);
  }

  // ---- the case study

  @Test
  void rejectsCaseStudyColumnsThatDisagreeNamingRowAndColumn() {
    ReadOutcome outcome =
        read(
            HEADER
                + "\nx,First title,p,P,t,T,care\nx,,q,Q,t,T,care\nx,Second title,r,R,t,T,care\n");

    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:4:3: error: case-study-title: 'Second title' differs from 'First title'"
                + " given for case study 'x' on line 2: the case-study columns must agree across"
                + " the rows of a case study");
  }

  @Test
  void takesTheCaseStudyValuesFromWhicheverRowGivesThem() {
    ReadOutcome outcome =
        read(
            "case-study,case-study-title,case-study-issued,slug,label,territory,territory-label,themes\n"
                + "x,,,p,P,t,T,care\n"
                + "x,Title,2024-02-29,q,Q,t,,care\n");

    assertThat(outcome.problems()).isEmpty();
    Model model = outcome.graphs().get(0).content();
    Resource caseStudy = model.createResource(ID + "case-study/x");
    assertThat(model.contains(caseStudy, DCTerms.title, model.createLiteral("Title", "en")))
        .isTrue();
    assertThat(
            model.contains(
                caseStudy,
                DCTerms.issued,
                model.createTypedLiteral("2024-02-29", XSDDatatype.XSDdate)))
        .isTrue();
  }

  @Test
  void rejectsACaseStudyWithoutATitle() {
    ReadOutcome outcome = read(HEADER + "\nx,,p,P,t,T,care\n");

    assertThat(outcome.graphs()).isEmpty();
    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:2:3: error: case-study-title: case study 'x' has no title: give it on at"
                + " least one of its rows");
  }

  @Test
  void rejectsMalformedCaseStudyValues() {
    ReadOutcome outcome =
        read(
            "case-study,case-study-title,case-study-issued,case-study-source,case-study-language,"
                + "slug,label,territory,territory-label,themes\n"
                + "x,X,2025-02-30,ftp://example.org/x,english!,p,P,t,T,care\n");

    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:2:5: error: case-study-issued: '2025-02-30' is not a date (YYYY-MM-DD)",
            "test.csv:2:16: error: case-study-source: 'ftp://example.org/x' is not an absolute"
                + " http or https URL",
            "test.csv:2:36: error: case-study-language: 'english!' is not a BCP 47 language tag"
                + " such as en");
  }

  @Test
  void rejectsACaseStudySlugThatNamesAReservedGraph() {
    ReadOutcome outcome = read(HEADER + "\ncuration,X,p,P,t,T,care\n");

    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:2:1: error: case-study: 'curation' names a reserved graph, not a case study");
  }

  @Test
  void rejectsAPublisherThatTheRowsDoNotDefine() {
    ReadOutcome outcome =
        read(
            "case-study,case-study-title,case-study-publisher,slug,label,territory,territory-label,"
                + "themes,implemented-by,implemented-by-label,implemented-by-type\n"
                + "x,X,sample-counci,p,P,t,T,care,sample-council,Council,local-government\n");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith(
            "test.csv:2:5: error: case-study-publisher: actor 'sample-counci' is not defined")
        .endsWith("(did you mean 'sample-council'?)");
  }

  // ---- practices

  @Test
  void rejectsAnUnknownThemeWithADidYouMean() {
    ReadOutcome outcome = read(HEADER + "\nx,X,p,P,t,T,care;procurment\n");

    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:2:13: error: themes: unknown theme 'procurment' (did you mean"
                + " 'procurement'?)");
    Model model = outcome.graphs().get(0).content();
    assertThat(
            model
                .listObjectsOfProperty(model.createResource(ID + "practice/p"), HRC.theme)
                .toList())
        .hasSize(1);
  }

  @Test
  void checksEveryConceptColumnAgainstItsScheme() {
    ReadOutcome outcome =
        read(
            HEADER
                + ",rights,target-groups,instruments\n"
                + "x,X,p,P,t,T,care,works,woman,observatory\n");

    assertThat(outcome.problems())
        .extracting(Problem::message)
        .containsExactly(
            "rights: unknown right 'works' (did you mean 'work'?)",
            "target-groups: unknown target group 'woman' (did you mean 'women'?)");
  }

  @Test
  void rejectsAPracticeSlugThatIsNotASlug() {
    ReadOutcome outcome = read(HEADER + "\nx,X,Sample Practice,P,t,T,care\n");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("test.csv:2:5: error: slug: 'Sample Practice' is not a slug");
  }

  @Test
  void rejectsTheSamePracticeTwiceInACaseStudy() {
    ReadOutcome outcome = read(HEADER + "\nx,X,p,P,t,T,care\nx,X,p,P again,t,T,care\n");

    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:3:5: error: slug: practice 'p' is already on line 2 of case study 'x'");
  }

  @Test
  void acceptsTheSamePracticeInTwoCaseStudies() {
    ReadOutcome outcome = read(HEADER + "\nx,X,p,P,t,T,care\ny,Y,p,P,t,T,care\n");

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.graphs()).hasSize(2);
  }

  @Test
  void rejectsAnEmptyLabel() {
    ReadOutcome outcome = read(HEADER + "\nx,X,p,,t,T,care\nx,X,q,Q,t,T,care\n");

    assertThat(messages(outcome))
        .containsExactly("test.csv:2:7: error: label: empty: practice 'p' needs a label");
    Model model = outcome.graphs().get(0).content();
    assertThat(model.containsResource(model.createResource(ID + "practice/p"))).isFalse();
  }

  @Test
  void rejectsALabelColumnInTheCaseStudyLanguage() {
    ReadOutcome outcome =
        read(
            "case-study,case-study-title,case-study-language,slug,label,label-es,territory,"
                + "territory-label,themes\n"
                + "x,X,es,p,P,Pe,t,T,care\n");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("test.csv:2:12: error: label-es: the case study's language is es");
  }

  // ---- territories and actors

  @Test
  void rejectsConflictingLabelsForOneTerritory() {
    ReadOutcome outcome = read(HEADER + "\nx,X,p,P,t,Town,care\nx,X,q,Q,t,City,care\n");

    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:3:11: error: territory-label: 'City' differs from 'Town' given for"
                + " territory 't' on line 2");
  }

  @Test
  void rejectsATerritoryWithoutALabelOnAnyRow() {
    ReadOutcome outcome = read(HEADER + "\nx,X,p,P,t,,care\n");

    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:2:9: error: territory-label: territory 't' has no label: give"
                + " territory-label on at least one of its rows");
  }

  @Test
  void rejectsAnUnknownTerritoryType() {
    ReadOutcome outcome = read(HEADER + ",territory-type\nx,X,p,P,t,T,care,cty\n");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith(
            "test.csv:2:18: error: territory-type: unknown type 'cty' (did you mean 'city'?)");
  }

  @Test
  void rejectsConflictingTypesForOneActor() {
    String header = HEADER + ",implemented-by,implemented-by-label,implemented-by-type\n";
    ReadOutcome outcome =
        read(
            header
                + "x,X,p,P,t,T,care,a,A,organization\n"
                + "x,X,q,Q,t,T,care,a,,local-government\n");

    assertThat(messages(outcome))
        .containsExactly(
            "test.csv:3:21: error: implemented-by-type: 'local-government' differs from"
                + " 'organization' given for actor 'a' on line 2");
  }

  @Test
  void rejectsAnActorWithoutAType() {
    String header = HEADER + ",implemented-by,implemented-by-label,implemented-by-type\n";
    ReadOutcome outcome = read(header + "x,X,p,P,t,T,care,a,A,\n");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("test.csv:2:18: error: implemented-by-type: actor 'a' has no type");
  }

  @Test
  void rejectsParallelCellsWithTheWrongNumberOfValues() {
    String header = HEADER + ",implemented-by,implemented-by-label,implemented-by-type\n";
    ReadOutcome outcome = read(header + "x,X,p,P,t,T,care,a;b,A,organization;person\n");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith(
            "test.csv:2:22: error: implemented-by-label: 1 values for 2 actors in"
                + " 'implemented-by'");
  }

  // ---- lines

  @Test
  void countsLinesInFilesWithWindowsLineEndings() {
    ReadOutcome outcome = read(HEADER + "\r\nx,X,p,P,t,T,care\r\n\r\nx,X,q,Q,t,T,procurment\r\n");

    assertThat(messages(outcome))
        .singleElement()
        .asString()
        .startsWith("test.csv:4:13: error: themes: unknown theme 'procurment'");
  }

  @Test
  void splitsMultiValuedCellsOnSemicolonsAndTrims() {
    assertThat(CsvPracticesReader.split(" care ;; procurement ;"))
        .containsExactly("care", "procurement");
    assertThat(CsvPracticesReader.splitParallel(";B ")).containsExactly("", "B");
    assertThat(CsvPracticesReader.splitParallel(" ")).isEmpty();
  }

  // ---- helpers

  private ReadOutcome read(String text) {
    return reader.read(new SourceFile(Path.of("test.csv"), text));
  }

  private static List<String> messages(ReadOutcome outcome) {
    return outcome.problems().stream().map(Problem::toString).toList();
  }

  private static Position line(int line) {
    return new Position(line, 1);
  }

  private static Position find(SourceGraph graph, String subject, Node predicate) {
    return graph.locations().find(NodeFactory.createURI(subject), predicate).orElseThrow();
  }

  private static SourceFile fixture(String name) {
    try {
      Path path = Path.of(CsvPracticesReaderTest.class.getResource("/csv/" + name).toURI());
      SourceFile.Result result = SourceFile.read(path, SourceFile.DEFAULT_MAX_BYTES);
      assertThat(result).isInstanceOf(SourceFile.Read.class);
      return ((SourceFile.Read) result).file();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
