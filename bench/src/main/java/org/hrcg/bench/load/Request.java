package org.hrcg.bench.load;

import java.util.Objects;

/**
 * One request to send: a {@code GET} of a path with an {@code Accept} header.
 *
 * @param kind the kind it counts for
 * @param path the path and query string, encoded
 * @param accept the {@code Accept} header
 * @param shown what the per-request CSV shows: the path, or for a SPARQL query the endpoint and the
 *     query's name, {@code /sparql?query=<11-mayor-of-grigny>}, rather than the whole encoded text
 */
record Request(RequestKind kind, String path, String accept, String shown) {

  Request {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(accept, "accept");
    Objects.requireNonNull(shown, "shown");
  }

  /** A request whose CSV line shows its path. */
  static Request of(RequestKind kind, String path, String accept) {
    return new Request(kind, path, accept, path);
  }
}
