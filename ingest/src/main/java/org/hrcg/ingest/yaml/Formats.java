package org.hrcg.ingest.yaml;

import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/** Checks shared by the case-study and curation formats. */
final class Formats {

  /** The one format version this reader reads. */
  static final String VERSION = "1";

  private static final Pattern WIKIDATA_ITEM = Pattern.compile("Q[1-9][0-9]*");

  private Formats() {}

  /** Checks that the format key, such as {@code hrcg-case-study}, names version 1. */
  static void version(YamlMap root, String key, Report r) {
    root.get(key)
        .ifPresentOrElse(
            node ->
                Values.scalar(node, key, "the format version " + VERSION, r)
                    .filter(version -> !VERSION.equals(version))
                    .ifPresent(
                        version ->
                            r.error(
                                node,
                                key
                                    + ": format version '"
                                    + Values.shown(version)
                                    + "' is not supported; this reader reads version "
                                    + VERSION)),
            () ->
                r.error(
                    root.atOrStart(key),
                    key + ": the format version is missing; write '" + key + ": 1'"));
  }

  /** A Wikidata item id such as {@code Q1492}, or empty with the reason reported. */
  static Optional<String> wikidata(Node node, Report r) {
    return Values.scalar(node, "wikidata", "a Wikidata item id such as Q1492", r)
        .filter(
            id -> {
              if (WIKIDATA_ITEM.matcher(id).matches()) {
                return true;
              }
              r.error(
                  node,
                  "wikidata: '"
                      + Values.shown(id)
                      + "' is not a Wikidata item id (Q and a number without leading zeros,"
                      + " such as Q1492)");
              return false;
            });
  }
}
