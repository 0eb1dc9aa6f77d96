package org.hrcg.service.linkeddata;

import java.util.List;
import org.hrcg.service.linkeddata.PageParts.Alternate;
import org.hrcg.service.linkeddata.PageParts.Incoming;
import org.hrcg.service.linkeddata.PageParts.Link;
import org.hrcg.service.linkeddata.PageParts.Part;
import org.hrcg.service.linkeddata.PageParts.Property;
import org.hrcg.service.linkeddata.PageParts.Source;

/**
 * The page of one resource.
 *
 * @param iri the resource's IRI
 * @param label its name in the visitor's language where the data has it, else its IRI
 * @param labelLang the language of the name, or null
 * @param description its description or definition, or null
 * @param descriptionLang the language of the description, or null
 * @param types its classes
 * @param properties every property it has, with its values
 * @param parts the nodes that belong to it (blank nodes, hash IRIs), each with its properties
 * @param sources the graphs that say something about it
 * @param links the statements that point to it
 * @param linksCut whether there are more such statements than {@code links} lists
 * @param alternates the same description in RDF
 */
public record ResourcePage(
    String iri,
    String label,
    String labelLang,
    String description,
    String descriptionLang,
    List<Link> types,
    List<Property> properties,
    List<Part> parts,
    List<Source> sources,
    List<Incoming> links,
    boolean linksCut,
    List<Alternate> alternates) {}
