package org.hrcg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The vocabulary files on the classpath: the ontology, the concept schemes and the SHACL shapes.
 * Each loader parses a fresh model, so callers may change what they get.
 */
public final class HrcgResources {

  /** Namespace of the ontology's terms. */
  public static final String ONTOLOGY_NS = "https://w3id.org/hrcg/ontology#";

  /** IRI of the ontology itself. */
  public static final String ONTOLOGY_IRI = "https://w3id.org/hrcg/ontology";

  /** Namespace of the SHACL shapes (not part of the public vocabulary). */
  public static final String SHAPES_NS = "https://w3id.org/hrcg/shapes#";

  /** Default base of resource, concept and graph IRIs. */
  public static final String DEFAULT_BASE = "https://w3id.org/hrcg/";

  /** Classpath location of the ontology. */
  public static final String ONTOLOGY = "hrcg/ontology/hrc.ttl";

  /** Classpath location of the SHACL shapes. */
  public static final String SHAPES = "hrcg/shapes/hrc-shapes.ttl";

  /** Classpath location of the location mapping that resolves {@code owl:imports} offline. */
  public static final String LOCATION_MAPPING = "hrcg/location-mapping.ttl";

  /** Slugs of the concept schemes; each is {@code hrcg/schemes/{slug}.ttl} on the classpath. */
  public static final List<String> SCHEMES =
      List.of(
          "theme",
          "right",
          "provision",
          "target-group",
          "instrument",
          "role",
          "pillar",
          "advantage",
          "challenge");

  private HrcgResources() {}

  /** Classpath location of one concept scheme's file. */
  public static String schemeLocation(String scheme) {
    Objects.requireNonNull(scheme, "scheme");
    if (!SCHEMES.contains(scheme)) {
      throw new IllegalArgumentException("unknown concept scheme '" + scheme + "'");
    }
    return "hrcg/schemes/" + scheme + ".ttl";
  }

  /** The ontology as a new model. */
  public static Model ontology() {
    return load(ONTOLOGY);
  }

  /** All concept schemes together, as a new model. */
  public static Model schemes() {
    Model model = ModelFactory.createDefaultModel();
    for (String scheme : SCHEMES) {
      model.add(load(schemeLocation(scheme)));
    }
    return model;
  }

  /** The SHACL shapes as a new model. */
  public static Model shapes() {
    return load(SHAPES);
  }

  /** Parses one Turtle file from the classpath into a new model. */
  public static Model load(String location) {
    Objects.requireNonNull(location, "location");
    try (InputStream in = open(location)) {
      Model model = ModelFactory.createDefaultModel();
      RDFParser.source(in).lang(Lang.TURTLE).base(DEFAULT_BASE).parse(model);
      return model;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + location, e);
    }
  }

  /** Opens a classpath resource of this module, failing with its name when it is missing. */
  public static InputStream open(String location) {
    InputStream in = HrcgResources.class.getClassLoader().getResourceAsStream(location);
    if (in == null) {
      throw new IllegalStateException("classpath resource not found: " + location);
    }
    return in;
  }
}
