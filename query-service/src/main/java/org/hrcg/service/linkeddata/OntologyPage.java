package org.hrcg.service.linkeddata;

import java.util.List;
import org.hrcg.service.linkeddata.PageParts.Alternate;
import org.hrcg.service.linkeddata.PageParts.Link;

/**
 * The documentation of the ontology: every class, property and concept scheme.
 *
 * @param iri the ontology's IRI
 * @param title its name
 * @param description what it is for
 * @param version its version
 * @param versionIri the IRI of this version
 * @param modified when it last changed
 * @param license its licence
 * @param creators who made it
 * @param prefix the preferred prefix
 * @param namespace the namespace of its terms
 * @param classes its classes
 * @param objectProperties its properties whose values are resources
 * @param datatypeProperties its properties whose values are literals
 * @param schemes the concept schemes whose concepts its properties take as values
 * @param diagram the diagram of classes and properties, as Mermaid text
 * @param alternates the ontology in RDF
 */
public record OntologyPage(
    String iri,
    String title,
    String description,
    String version,
    String versionIri,
    String modified,
    Link license,
    List<String> creators,
    String prefix,
    String namespace,
    List<Term> classes,
    List<Term> objectProperties,
    List<Term> datatypeProperties,
    List<Scheme> schemes,
    String diagram,
    List<Alternate> alternates) {

  /**
   * A class or property.
   *
   * @param anchor its local name, the fragment of its IRI
   * @param iri its IRI
   * @param shortForm {@code hrc:Name}
   * @param label its name in the visitor's language
   * @param labelLang the language of the name
   * @param definition its one-sentence definition
   * @param notes its scope notes
   * @param examples its examples
   * @param superTerms the classes or properties it specialises
   * @param subTerms the terms of the ontology that specialise it
   * @param domain the classes whose resources have it (any one of them), for a property
   * @param range the classes or datatypes of its values (any one of them), for a property
   * @param inverse its inverse properties
   * @param characteristics such as "symmetric"
   * @param domainOf the properties of the ontology that a resource of this class has, for a class
   * @param rangeOf the properties of the ontology whose values are of this class, for a class
   * @param deprecated whether it is no longer to be used
   */
  public record Term(
      String anchor,
      String iri,
      String shortForm,
      String label,
      String labelLang,
      String definition,
      List<String> notes,
      List<String> examples,
      List<Link> superTerms,
      List<Link> subTerms,
      List<Link> domain,
      List<Link> range,
      List<Link> inverse,
      List<String> characteristics,
      List<Link> domainOf,
      List<Link> rangeOf,
      boolean deprecated) {}

  /**
   * A concept scheme.
   *
   * @param anchor {@code scheme-{slug}}
   * @param page the scheme's own page
   * @param description what its concepts are
   * @param concepts its concepts
   */
  public record Scheme(String anchor, Link page, String description, List<Concept> concepts) {}

  /**
   * A concept of a scheme.
   *
   * @param anchor {@code {scheme}-{slug}}
   * @param page the concept's own page
   * @param definition its definition
   * @param broader the concepts it is narrower than
   * @param matches the concepts elsewhere it matches exactly or closely
   */
  public record Concept(
      String anchor, Link page, String definition, List<Link> broader, List<Link> matches) {}
}
