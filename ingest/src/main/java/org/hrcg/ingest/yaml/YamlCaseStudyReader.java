package org.hrcg.ingest.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hrcg.ingest.CaseStudyReader;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.ReadOutcome;
import org.hrcg.ingest.SourceFile;
import org.hrcg.ingest.SourceGraph;
import org.hrcg.ingest.concepts.ConceptIndex;
import org.hrcg.ingest.concepts.Suggestions;
import org.hrcg.model.iri.IriMinter;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the YAML formats of {@code docs/case-study-format.md}: a case study ({@code
 * hrcg-case-study: 1}), mapped to the case study's graph, or a curation file ({@code hrcg-curation:
 * 1}), mapped to the curation graph. The top-level key decides which.
 *
 * <p>Every problem is reported with its line and column, naming the field and the value; the reader
 * goes on after each, so that one run shows them all. Where values are left out because they are
 * wrong, the graph is still returned, so that later checks can report more; a run writes nothing
 * while any error stands. The graph's {@link org.hrcg.ingest.Locations} give the line of each
 * resource's slug and of each field, for reporting SHACL results.
 */
public final class YamlCaseStudyReader implements CaseStudyReader {

  /** The file extensions of this format. */
  public static final Set<String> EXTENSIONS = Set.of("yaml", "yml");

  private static final List<String> FORMAT_KEYS =
      List.of(CaseStudyYaml.FORMAT_KEY, CurationYaml.FORMAT_KEY);

  private final IriMinter minter;
  private final ConceptIndex concepts;
  private final YamlLoader loader;

  /** A reader for the published IRI base and the bundled concept schemes. */
  public YamlCaseStudyReader() {
    this(IriMinter.defaults(), ConceptIndex.defaults());
  }

  /** A reader that mints IRIs with {@code minter} and checks concepts against {@code concepts}. */
  public YamlCaseStudyReader(IriMinter minter, ConceptIndex concepts) {
    this(minter, concepts, YamlLoader.Limits.DEFAULT);
  }

  YamlCaseStudyReader(IriMinter minter, ConceptIndex concepts, YamlLoader.Limits limits) {
    this.minter = Objects.requireNonNull(minter, "minter");
    this.concepts = Objects.requireNonNull(concepts, "concepts");
    this.loader = new YamlLoader(Objects.requireNonNull(limits, "limits"));
  }

  @Override
  public ReadOutcome read(SourceFile file) {
    Objects.requireNonNull(file, "file");
    Report report = new Report(file.path());
    List<SourceGraph> graphs = new ArrayList<>();
    loader.compose(file, report).flatMap(root -> map(root, report)).ifPresent(graphs::add);
    return new ReadOutcome(graphs, report.problems());
  }

  private Optional<SourceGraph> map(Node root, Report report) {
    if (!(root instanceof MappingNode mapping)) {
      report.error(
          root,
          "expected a mapping with 'hrcg-case-study: 1' or 'hrcg-curation: 1' at the top, found "
              + Values.describe(root));
      return Optional.empty();
    }
    List<NodeTuple> formatKeys =
        mapping.getValue().stream().filter(t -> FORMAT_KEYS.contains(name(t))).toList();
    if (formatKeys.size() > 1) {
      report.error(
          formatKeys.get(1).getKeyNode(),
          "a file is a case study or a curation file, not both: it has '"
              + name(formatKeys.get(0))
              + "' and '"
              + name(formatKeys.get(1))
              + "'");
      return Optional.empty();
    }
    if (formatKeys.isEmpty()) {
      report.error(
          mapping.getValue().isEmpty()
              ? Position.START
              : YamlLoader.position(mapping.getValue().get(0).getKeyNode()),
          "not an hrcg file: expected the top-level key 'hrcg-case-study: 1' (a case study) or"
              + " 'hrcg-curation: 1' (a curation file)"
              + mapping.getValue().stream()
                  .map(YamlCaseStudyReader::name)
                  .filter(Objects::nonNull)
                  .map(key -> Suggestions.didYouMean(key, FORMAT_KEYS))
                  .filter(hint -> !hint.isEmpty())
                  .findFirst()
                  .orElse(""));
      return Optional.empty();
    }
    if (CaseStudyYaml.FORMAT_KEY.equals(name(formatKeys.get(0)))) {
      return YamlMap.fields(root, "the case study file", CaseStudyYaml.TOP.names(), report)
          .flatMap(top -> new CaseStudyYaml(minter, concepts, report).map(top));
    }
    return YamlMap.fields(root, "the curation file", CurationYaml.TOP.names(), report)
        .flatMap(top -> new CurationYaml(minter, concepts, report).map(top));
  }

  private static String name(NodeTuple tuple) {
    return tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
  }
}
