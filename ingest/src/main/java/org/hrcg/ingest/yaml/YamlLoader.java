package org.hrcg.ingest.yaml;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hrcg.ingest.Position;
import org.hrcg.ingest.SourceFile;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Composes a YAML file into one tree of nodes that keep their marks (line and column), with limits
 * that make hostile input fail fast: few aliases to collections (an alias bomb is rejected before
 * it is expanded), a bounded nesting depth (the composer recurses, so deep nesting would overflow
 * the stack) and a bounded length. Nothing is constructed: no tag can make objects, and values stay
 * the text they were written as.
 */
final class YamlLoader {

  private final Limits limits;

  YamlLoader(Limits limits) {
    this.limits = limits;
  }

  /**
   * How much a YAML file may ask for.
   *
   * @param maxAliases aliases to collections in one file
   * @param maxDepth nesting depth of collections
   * @param maxCodePoints length of the file in code points
   */
  record Limits(int maxAliases, int maxDepth, int maxCodePoints) {

    /** Ample for hand-written case studies, small for attacks. */
    static final Limits DEFAULT = new Limits(50, 40, 8 * 1024 * 1024);
  }

  /** The root node of the file's single document, or empty with the reason reported. */
  Optional<Node> compose(SourceFile file, Report report) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file.path().toString())
            .setMaxAliasesForCollections(limits.maxAliases())
            .setAllowRecursiveKeys(false)
            .setAllowNonScalarKeys(true)
            .setCodePointLimit(limits.maxCodePoints())
            .setParseComments(false)
            .setUseMarks(true)
            .build();
    DepthLimitedParser parser =
        new DepthLimitedParser(
            new ParserImpl(settings, new StreamReader(settings, file.text())), limits.maxDepth());
    try {
      Optional<Node> root = new Composer(settings, parser).getSingleNode();
      if (root.isEmpty()) {
        report.error(Position.START, "the file holds no YAML document, only comments or blanks");
      }
      root.ifPresent(node -> checkValues(node, report));
      return root;
    } catch (TooDeep e) {
      report.error(
          e.mark.map(YamlLoader::position).orElse(Position.START),
          "YAML nesting is deeper than " + limits.maxDepth() + " levels; a case study needs few");
    } catch (MarkedYamlEngineException e) {
      report.error(syntaxPosition(e), syntaxMessage(e));
    } catch (ReaderException e) {
      report.error(
          offsetPosition(file.text(), e.getPosition()),
          String.format(
              "character U+%04X is not allowed in YAML (a control character)", e.getCodePoint()));
    } catch (YamlEngineException e) {
      String message = oneLine(e.getMessage());
      if (message.startsWith("Number of aliases")) {
        report.error(
            parser.lastAlias.map(YamlLoader::position).orElse(Position.START),
            "too many aliases to collections (more than "
                + limits.maxAliases()
                + "): the file is rejected as an alias bomb");
      } else if (message.contains("exceeds the limit")) {
        report.error(
            Position.START,
            "the file is longer than "
                + limits.maxCodePoints()
                + " characters, the limit for a YAML case study");
      } else {
        report.error(Position.START, "YAML error: " + message);
      }
    }
    return Optional.empty();
  }

  /** The tags a case study may carry: YAML's core schema, resolved or written out. */
  private static final Set<Tag> CORE =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

  /**
   * Reports what the syntax allows but a case study must not carry: a tag outside the core schema
   * ({@code !!binary}, {@code !!python/object}, {@code !custom}), and text holding a control
   * character written as an escape ({@code "\u001b"}), which would reach labels and terminals. Each
   * node is looked at once, however many aliases name it.
   */
  private static void checkValues(Node root, Report report) {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> pending = new ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (!CORE.contains(node.getTag())) {
        report.error(
            position(node),
            "the tag " + node.getTag() + " is not accepted: write plain values, without tags");
      }
      if (node instanceof ScalarNode scalar) {
        String value = scalar.getValue();
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
            report.error(
                position(node),
                String.format("the text holds the control character U+%04X; remove it", (int) c));
            break;
          }
        }
      } else if (node instanceof SequenceNode sequence) {
        pending.addAll(sequence.getValue());
      } else if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          pending.add(tuple.getKeyNode());
          pending.add(tuple.getValueNode());
        }
      }
    }
  }

  /** The position of a mark: SnakeYAML counts from 0, editors from 1. */
  static Position position(Mark mark) {
    return new Position(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** The position where a node starts. */
  static Position position(Node node) {
    return node.getStartMark().map(YamlLoader::position).orElse(Position.START);
  }

  private static Position syntaxPosition(MarkedYamlEngineException e) {
    return e.getProblemMark()
        .or(e::getContextMark)
        .map(YamlLoader::position)
        .orElse(Position.START);
  }

  private static String syntaxMessage(MarkedYamlEngineException e) {
    String problem = oneLine(e.getProblem());
    if (problem.contains("\\t(TAB)")) {
      return "YAML syntax error: a tab character cannot indent YAML; indent with spaces";
    }
    if (problem.contains("found another document")) {
      return "the file holds more than one YAML document ('---'); a case-study file holds one";
    }
    StringBuilder message = new StringBuilder("YAML syntax error: ").append(problem);
    String context = e.getContext() == null ? "" : oneLine(e.getContext());
    if (!context.isEmpty()) {
      message.append(" (").append(context);
      e.getContextMark()
          .filter(mark -> e.getProblemMark().map(p -> p.getLine() != mark.getLine()).orElse(true))
          .ifPresent(mark -> message.append(" that starts at line ").append(mark.getLine() + 1));
      message.append(')');
    }
    return message.toString();
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  private static Position offsetPosition(String text, int codePointOffset) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < codePointOffset && index < text.length(); i++) {
      int c = text.codePointAt(index);
      index += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }

  /** Thrown when collections nest deeper than allowed, before the composer recurses into them. */
  private static final class TooDeep extends RuntimeException {
    private final Optional<Mark> mark;

    TooDeep(Optional<Mark> mark) {
      super(null, null, false, false);
      this.mark = mark;
    }
  }

  /** A parser that counts the nesting of collections as the composer pulls events. */
  private static final class DepthLimitedParser implements Parser {
    private final Parser delegate;
    private final int maxDepth;
    private int depth;
    private Optional<Mark> lastAlias = Optional.empty();

    DepthLimitedParser(Parser delegate, int maxDepth) {
      this.delegate = delegate;
      this.maxDepth = maxDepth;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return delegate.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
      return delegate.peekEvent();
    }

    @Override
    public boolean hasNext() {
      return delegate.hasNext();
    }

    @Override
    public Event next() {
      Event event = delegate.next();
      switch (event.getEventId()) {
        case MappingStart, SequenceStart -> {
          depth++;
          if (depth > maxDepth) {
            throw new TooDeep(event.getStartMark());
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        case Alias -> lastAlias = event.getStartMark();
        default -> {
          // scalars and document events do not change the depth
        }
      }
      return event;
    }
  }
}
