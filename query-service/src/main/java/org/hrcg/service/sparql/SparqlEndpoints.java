package org.hrcg.service.sparql;

import java.util.Map;
import java.util.Optional;

/**
 * The public paths of the SPARQL protocols and the Fuseki endpoints they reach.
 *
 * <p>Fuseki serves one dataset, mounted at {@link #DATASET}, with one endpoint per public path and
 * nothing else: no query or update on the dataset's own URL, no {@code /patch}, {@code /get},
 * {@code /upload} or {@code /shacl}. The mount is internal: requests reach Fuseki only through the
 * public paths, which {@link PublicPathFilter} maps onto it.
 */
public final class SparqlEndpoints {

  /** SPARQL 1.1 Query, by {@code GET} and {@code POST}. */
  public static final String QUERY = "/sparql";

  /** SPARQL 1.1 Update, by {@code POST}. */
  public static final String UPDATE = "/update";

  /** SPARQL 1.1 Graph Store Protocol: reads for anyone, writes for the admin. */
  public static final String DATA = "/data";

  /** Where Fuseki mounts the dataset; never reached directly. */
  public static final String DATASET = "/hrcg";

  private static final Map<String, String> ENDPOINT_NAMES =
      Map.of(QUERY, "sparql", UPDATE, "update", DATA, "data");

  private SparqlEndpoints() {}

  /** The public paths, for filter registrations. */
  public static String[] paths() {
    return new String[] {QUERY, UPDATE, DATA};
  }

  /** The name of the Fuseki endpoint a public path reaches, if it is one. */
  static Optional<String> endpointName(String path) {
    return Optional.ofNullable(ENDPOINT_NAMES.get(path));
  }
}
