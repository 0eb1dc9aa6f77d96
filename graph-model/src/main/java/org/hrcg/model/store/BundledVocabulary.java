package org.hrcg.model.store;

import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.hrcg.ontology.HrcgResources;

/**
 * The ontology and concept schemes that hrcg bundles, as every store keeps them in {@code
 * graph/ontology} and {@code graph/schemes}: loaded when missing, put back when the stored copy is
 * not isomorphic with the bundled one (a new version of hrcg).
 */
final class BundledVocabulary {

  /** The agent named in the load records of the vocabulary graphs. */
  static final String AGENT = "hrcg";

  /**
   * One bundled graph.
   *
   * @param graph the store's graph it goes to
   * @param content its triples
   * @param file where it comes from, as the load record names it
   */
  record Entry(Node graph, Graph content, String file) {

    LoadRecord record() {
      return LoadRecord.now(AGENT, file);
    }
  }

  private final List<Entry> entries;

  BundledVocabulary(StoreLayout layout) {
    this.entries =
        List.of(
            new Entry(
                layout.ontology(),
                HrcgResources.ontology().getGraph(),
                "classpath:" + HrcgResources.ONTOLOGY),
            new Entry(
                layout.schemes(), HrcgResources.schemes().getGraph(), "classpath:hrcg/schemes/"));
  }

  /** The bundled graphs whose stored copy, as {@code stored} gives it, differs or is missing. */
  List<Entry> outdated(Function<Node, Graph> stored) {
    return entries.stream()
        .filter(entry -> !stored.apply(entry.graph()).isIsomorphicWith(entry.content()))
        .toList();
  }
}
