package org.hrcg.service.linkeddata;

import java.util.List;
import org.hrcg.service.linkeddata.PageParts.Alternate;
import org.hrcg.service.linkeddata.PageParts.Link;
import org.hrcg.service.linkeddata.PageParts.Property;

/**
 * The page of one named graph: where its content comes from and what it describes.
 *
 * @param iri the graph's IRI
 * @param slug the last segment of its IRI
 * @param title the case study's title, or what a reserved graph holds
 * @param titleLang the language of the title, or null
 * @param caseStudy the case study whose statements the graph holds, or null for a reserved graph
 * @param caseStudyProperties what the store says about the case study
 * @param load how the graph's content was loaded, or null if the store has no record
 * @param triples how many triples it holds
 * @param subjects the resources it describes, with their classes in this graph
 * @param subjectsCut whether it describes more resources than {@code subjects} lists
 * @param alternates the graph in RDF
 */
public record GraphPage(
    String iri,
    String slug,
    String title,
    String titleLang,
    Link caseStudy,
    List<Property> caseStudyProperties,
    Load load,
    long triples,
    List<Subject> subjects,
    boolean subjectsCut,
    List<Alternate> alternates) {

  /**
   * A load record.
   *
   * @param time when, as an ISO 8601 instant
   * @param agent who loaded it
   * @param file the file or upload it came from, or null
   * @param revision the store revision the load produced
   */
  public record Load(String time, String agent, String file, long revision) {}

  /**
   * A resource the graph describes.
   *
   * @param resource its page
   * @param types its classes, as the graph states them
   * @param statements how many statements the graph makes about it
   */
  public record Subject(Link resource, List<Link> types, long statements) {}
}
