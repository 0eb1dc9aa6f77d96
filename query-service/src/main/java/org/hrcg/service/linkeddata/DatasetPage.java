package org.hrcg.service.linkeddata;

import java.util.List;
import org.hrcg.service.linkeddata.PageParts.Alternate;
import org.hrcg.service.linkeddata.PageParts.Link;

/**
 * The dataset description as a page.
 *
 * @param iri the dataset's IRI
 * @param title its name
 * @param description what it holds
 * @param license its licence
 * @param triples the triples of the union of its graphs
 * @param quads the triples of all its graphs added up
 * @param modified when it last changed, or null
 * @param endpoint the SPARQL endpoint's URL
 * @param dump the dump's URL
 * @param uriSpace the namespace of its resources
 * @param graphs its named graphs
 * @param classes its classes, with how many resources each has
 * @param vocabularies the namespaces of the terms it uses
 * @param alternates the description in RDF
 */
public record DatasetPage(
    String iri,
    String title,
    String description,
    Link license,
    long triples,
    long quads,
    String modified,
    String endpoint,
    String dump,
    String uriSpace,
    List<Row> graphs,
    List<Row> classes,
    List<Link> vocabularies,
    List<Alternate> alternates) {

  /**
   * A graph or class with its number (of triples, of resources).
   *
   * @param item the graph or class
   * @param count its number
   * @param when when it was loaded, for a graph, or null
   */
  public record Row(Link item, long count, String when) {}
}
