package org.hrcg.ingest.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.concepts.ConceptIndex;
import org.hrcg.ingest.csv.CsvPracticesReader;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code docs/case-study-format.md} and the JSON Schemas beside it true to the reader: the
 * examples read without problems and satisfy the schemas, and the documented fields, the schemas'
 * properties and the reader's fields are the same names. Maven runs tests in the module's folder,
 * so the docs are one level up.
 */
class CaseStudyFormatDocTest {

  private static final Path DOCS = Path.of("..", "docs");
  private static final Pattern YAML_BLOCK = Pattern.compile("(?ms)^```yaml\\n(.*?)^```");
  private static final Pattern CODE = Pattern.compile("`([a-z][a-z-]*)`");

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final YamlCaseStudyReader reader = new YamlCaseStudyReader();

  @Test
  void everyCompleteExampleInTheDocReadsWithoutProblems() throws IOException {
    List<String> examples = completeExamples();
    assertThat(examples).as("complete examples in the doc").hasSize(2);
    for (String example : examples) {
      ReadOutcome outcome = reader.read(new SourceFile(Path.of("case-study-format.md"), example));
      assertThat(outcome.problems()).as("problems of the example:%n%s", example).isEmpty();
      assertThat(outcome.graphs()).hasSize(1);
    }
  }

  @Test
  void theCaseStudyExampleIsTheSourcesBarcelonaUtrechtAndGrigny() throws IOException {
    String example = completeExamples().get(0);
    ReadOutcome outcome = reader.read(new SourceFile(Path.of("example.yaml"), example));
    assertThat(outcome.graphs().get(0).graphIri())
        .isEqualTo("https://w3id.org/hrcg/graph/geneva-dialogue-2025");
    assertThat(
            outcome
                .graphs()
                .get(0)
                .content()
                .listSubjects()
                .mapWith(subject -> String.valueOf(subject.getURI()))
                .toList())
        .contains(
            "https://w3id.org/hrcg/id/practice/barcelona-human-rights-procurement",
            "https://w3id.org/hrcg/id/practice/utrecht-human-rights-procurement",
            "https://w3id.org/hrcg/id/membership/philippe-rio-mayor");
  }

  @Test
  void theSchemasAreValidJsonSchemas() throws IOException {
    Schema metaSchema =
        SCHEMAS.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String name : List.of("case-study.schema.json", "curation.schema.json")) {
      JsonNode schema = JSON.readTree(Files.readString(DOCS.resolve(name)));
      assertThat(schema.path("$schema").asString())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(metaSchema.validate(schema)).as("meta-schema errors of %s", name).isEmpty();
    }
  }

  @Test
  void theExamplesAndFixturesSatisfyTheSchemas() throws IOException {
    List<String> examples = completeExamples();
    assertThat(errors("case-study.schema.json", examples.get(0))).isEmpty();
    assertThat(errors("curation.schema.json", examples.get(1))).isEmpty();
    assertThat(errors("case-study.schema.json", fixture("geneva-excerpt.yaml"))).isEmpty();
    assertThat(errors("curation.schema.json", fixture("curation.yaml"))).isEmpty();
  }

  @Test
  void theSchemasRejectWhatTheReaderRejects() throws IOException {
    String example = completeExamples().get(0);
    assertThat(
            errors(
                "case-study.schema.json",
                example.replace(
                    "    themes: [procurement,", "    colour: blue\n    themes: [proc,")))
        .hasSizeGreaterThanOrEqualTo(2)
        .anySatisfy(error -> assertThat(error).contains("colour"))
        .anySatisfy(error -> assertThat(error).contains("proc"));
    assertThat(
            errors(
                "case-study.schema.json",
                example.replace("issued: 2025-07-24", "issued: 24/07/2025")))
        .singleElement()
        .satisfies(error -> assertThat(error).contains("issued"));
    assertThat(
            errors(
                "case-study.schema.json",
                example.replace("hrcg-case-study: 1", "hrcg-case-study: 2")))
        .isNotEmpty();
    assertThat(
            errors(
                "curation.schema.json",
                completeExamples().get(1).replace("wikidata: Q1492", "wikidata: Q01492")))
        .singleElement()
        .satisfies(error -> assertThat(error).contains("wikidata"));
  }

  @Test
  void theSchemasHaveTheReadersFields() throws IOException {
    JsonNode caseStudy = schema("case-study.schema.json");
    assertThat(properties(caseStudy)).isEqualTo(names(CaseStudyYaml.TOP));
    Map<String, FieldTable> kinds = new LinkedHashMap<>();
    kinds.put("caseStudy", CaseStudyYaml.CASE_STUDY);
    kinds.put("territory", CaseStudyYaml.TERRITORY);
    kinds.put("actor", CaseStudyYaml.ACTOR);
    kinds.put("role", CaseStudyYaml.ROLE);
    kinds.put("practice", CaseStudyYaml.PRACTICE);
    kinds.put("event", CaseStudyYaml.EVENT);
    kinds.put("statement", CaseStudyYaml.STATEMENT);
    kinds.put("document", CaseStudyYaml.DOCUMENT);
    kinds.put("campaign", CaseStudyYaml.CAMPAIGN);
    kinds.forEach(
        (name, table) ->
            assertThat(properties(caseStudy.path("$defs").path(name)))
                .as("schema properties of %s", name)
                .isEqualTo(names(table)));
    JsonNode curation = schema("curation.schema.json");
    assertThat(properties(curation)).isEqualTo(names(CurationYaml.TOP));
    assertThat(properties(curation.path("$defs").path("curation")))
        .isEqualTo(names(CurationYaml.CURATION));
    assertThat(properties(curation.path("$defs").path("territory")))
        .isEqualTo(names(CurationYaml.TERRITORY));
    assertThat(properties(curation.path("$defs").path("practice")))
        .isEqualTo(names(CurationYaml.PRACTICE));
  }

  @Test
  void theSchemasListEveryConceptOfTheirSchemes() throws IOException {
    JsonNode defs = schema("case-study.schema.json").path("$defs");
    ConceptIndex concepts = ConceptIndex.defaults();
    for (String scheme :
        List.of(
            "theme",
            "right",
            "target-group",
            "instrument",
            "role",
            "pillar",
            "advantage",
            "challenge")) {
      Set<String> listed = new TreeSet<>();
      defs.path("concept-" + scheme).path("enum").forEach(value -> listed.add(value.asString()));
      assertThat(listed)
          .as("concepts of %s in the schema", scheme)
          .isEqualTo(concepts.slugs(scheme));
    }
    Set<String> rights = new TreeSet<>();
    schema("curation.schema.json")
        .path("$defs")
        .path("concept-right")
        .path("enum")
        .forEach(value -> rights.add(value.asString()));
    assertThat(rights).isEqualTo(concepts.slugs("right"));
  }

  @Test
  void theDocumentedFieldsAreTheReadersFields() throws IOException {
    Map<String, List<List<String>>> tables = fieldTables();
    assertThat(tables.get("case-study").get(0))
        .isEqualTo(List.copyOf(CaseStudyYaml.CASE_STUDY.names()));
    assertThat(tables.get("territories").get(0))
        .isEqualTo(List.copyOf(CaseStudyYaml.TERRITORY.names()));
    assertThat(tables.get("actors").get(0)).isEqualTo(List.copyOf(CaseStudyYaml.ACTOR.names()));
    assertThat(tables.get("actors").get(1)).isEqualTo(List.copyOf(CaseStudyYaml.ROLE.names()));
    assertThat(tables.get("practices").get(0))
        .isEqualTo(List.copyOf(CaseStudyYaml.PRACTICE.names()));
    assertThat(tables.get("events").get(0)).isEqualTo(List.copyOf(CaseStudyYaml.EVENT.names()));
    assertThat(tables.get("statements").get(0))
        .isEqualTo(List.copyOf(CaseStudyYaml.STATEMENT.names()));
    assertThat(tables.get("documents").get(0))
        .isEqualTo(List.copyOf(CaseStudyYaml.DOCUMENT.names()));
    assertThat(tables.get("campaigns").get(0))
        .isEqualTo(List.copyOf(CaseStudyYaml.CAMPAIGN.names()));
  }

  @Test
  void theDocumentedCsvColumnsAreTheReadersColumns() throws IOException {
    String doc = doc();
    String section = doc.substring(doc.indexOf("## CSV"), doc.indexOf("## RDF"));
    List<String> columns = new ArrayList<>();
    List<String> required = new ArrayList<>();
    for (String row : section.lines().filter(line -> line.startsWith("| `")).toList()) {
      String[] cells = row.split("\\|");
      String column = cells[1].strip().replace("`", "");
      columns.add(column);
      if (cells[2].strip().equals("yes")) {
        required.add(column);
      }
    }
    assertThat(columns).isEqualTo(CsvPracticesReader.COLUMNS);
    assertThat(required).isEqualTo(CsvPracticesReader.REQUIRED_COLUMNS);
  }

  // Helpers

  /** The yaml blocks of the doc that are whole files (the ones that give a format version). */
  private static List<String> completeExamples() throws IOException {
    List<String> examples = new ArrayList<>();
    Matcher matcher = YAML_BLOCK.matcher(doc());
    while (matcher.find()) {
      String block = matcher.group(1);
      if (block.contains("\nhrcg-case-study: 1") || block.contains("\nhrcg-curation: 1")) {
        examples.add(block);
      }
    }
    return examples;
  }

  /** For each "#### kind" heading, the field names of each table under it, in order. */
  private static Map<String, List<List<String>>> fieldTables() throws IOException {
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    List<List<String>> current = null;
    List<String> table = null;
    for (String line : doc().lines().toList()) {
      if (line.startsWith("#### ")) {
        current = new ArrayList<>();
        tables.put(line.substring(5).strip(), current);
        table = null;
      } else if (line.startsWith("## ") || line.startsWith("### ")) {
        current = null;
      } else if (current != null && line.startsWith("| `")) {
        if (table == null) {
          table = new ArrayList<>();
          current.add(table);
        }
        Matcher names = CODE.matcher(line.split("\\|")[1]);
        while (names.find()) {
          table.add(names.group(1));
        }
      } else if (current != null && !line.startsWith("|")) {
        table = null;
      }
    }
    return tables;
  }

  private static List<String> errors(String schemaName, String yaml) throws IOException {
    Schema schema = SCHEMAS.getSchema(Files.readString(DOCS.resolve(schemaName)), InputFormat.JSON);
    // The editors' YAML language server reads YAML 1.2, as the reader does: so does this test.
    Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return schema.validate(JSON.valueToTree(data)).stream().map(Error::toString).toList();
  }

  private static JsonNode schema(String name) throws IOException {
    return JSON.readTree(Files.readString(DOCS.resolve(name)));
  }

  private static List<String> properties(JsonNode schema) {
    List<String> names = new ArrayList<>();
    schema.path("properties").propertyNames().forEach(names::add);
    return names;
  }

  private static List<String> names(FieldTable table) {
    return List.copyOf(table.names());
  }

  private static String doc() throws IOException {
    return Files.readString(DOCS.resolve("case-study-format.md"), StandardCharsets.UTF_8);
  }

  private static String fixture(String name) {
    return YamlCaseStudyReaderTest.resource(name).text();
  }
}
