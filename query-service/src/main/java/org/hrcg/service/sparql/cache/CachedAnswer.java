package org.hrcg.service.sparql.cache;

import java.util.List;
import java.util.Objects;

/**
 * An answer to a query as it was sent, to be sent again while the store stays at its revision.
 *
 * @param revision the store's revision that the answer is of
 * @param key what identifies the query, its dataset and its format ({@link AnswerKey#digest})
 * @param contentType the answer's {@code Content-Type}
 * @param headers the other headers that describe the answer (the mark of a cut result), in order
 * @param body the answer's bytes
 */
record CachedAnswer(
    long revision, String key, String contentType, List<Header> headers, byte[] body) {

  /** A response header. */
  record Header(String name, String value) {}

  CachedAnswer {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(contentType, "contentType");
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }
}
