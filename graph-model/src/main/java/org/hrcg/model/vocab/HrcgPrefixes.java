package org.hrcg.model.vocab;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes that hrcg uses in everything it writes, as the project's conventions name them. */
public final class HrcgPrefixes {

  private static final Map<String, String> PREFIXES = build();

  private HrcgPrefixes() {}

  private static Map<String, String> build() {
    Map<String, String> prefixes = new LinkedHashMap<>();
    prefixes.put(HRC.PREFIX, HRC.NS);
    prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    prefixes.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    prefixes.put("owl", "http://www.w3.org/2002/07/owl#");
    prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    prefixes.put(PROV.PREFIX, PROV.NS);
    prefixes.put("org", "http://www.w3.org/ns/org#");
    prefixes.put("skos", "http://www.w3.org/2004/02/skos/core#");
    prefixes.put("dcterms", "http://purl.org/dc/terms/");
    prefixes.put(SCHEMA.PREFIX, SCHEMA.NS);
    prefixes.put("geo", "http://www.opengis.net/ont/geosparql#");
    prefixes.put(WGS84.PREFIX, WGS84.NS);
    prefixes.put("foaf", "http://xmlns.com/foaf/0.1/");
    prefixes.put("dcat", "http://www.w3.org/ns/dcat#");
    prefixes.put("void", "http://rdfs.org/ns/void#");
    prefixes.put("sd", "http://www.w3.org/ns/sparql-service-description#");
    prefixes.put("vann", "http://purl.org/vocab/vann/");
    return Map.copyOf(prefixes);
  }

  /** Prefix to namespace, for every prefix hrcg writes. */
  public static Map<String, String> asMap() {
    return PREFIXES;
  }

  /** A new, locked prefix mapping with every prefix hrcg writes. */
  public static PrefixMapping mapping() {
    return PrefixMapping.Factory.create().setNsPrefixes(PREFIXES).lock();
  }
}
