package org.hrcg.service.peers.search;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/practices}: one page of practices, the paging, for each filter the
 * values present in the whole result set with how many results have each, and, when words were
 * searched, the text index that ranked them.
 */
public record PracticesAnswer(
    List<Practice> practices,
    Paging paging,
    Map<String, List<Facet>> facets,
    TextIndexState textIndex) {

  /** A practice as the API shows it; {@code score} is the text score when {@code q} was given. */
  public record Practice(
      String iri,
      String slug,
      String label,
      String description,
      Ref territory,
      List<Ref> actors,
      List<Ref> themes,
      List<Ref> rights,
      List<Ref> targetGroups,
      List<Ref> instruments,
      List<Source> sources,
      Double score) {}

  /** A resource the practice links to: IRI, slug (the IRI's last segment) and label. */
  public record Ref(String iri, String slug, String label) {}

  /** A case study the practice is drawn from, and the graph that says so. */
  public record Source(String iri, String title, String graph) {}

  /** Which page this is, of what size, of how many results. */
  public record Paging(int page, int size, long total) {}

  /**
   * The text index that answered {@code q}: {@code storage} is {@code disk} (beside an embedded
   * store, reused after a restart) or {@code memory} (the service runs on a remote store: the index
   * is built from the store at every start and again after every write, the first search after a
   * write waiting for it); {@code revision} is the store revision it was built at.
   */
  public record TextIndexState(String storage, long revision) {}

  /** A value of a filter in the results: its slug, its label, and how many results have it. */
  public record Facet(String slug, String label, long count) {}
}
