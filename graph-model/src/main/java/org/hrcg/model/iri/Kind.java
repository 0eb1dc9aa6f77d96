package org.hrcg.model.iri;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of resource that have IRIs of the form {@code {base}id/{kind}/{slug}}. The set is part
 * of the public IRI contract.
 */
public enum Kind {
  TERRITORY("territory"),
  ACTOR("actor"),
  PRACTICE("practice"),
  EVENT("event"),
  DOCUMENT("document"),
  CAMPAIGN("campaign"),
  STATEMENT("statement"),
  CASE_STUDY("case-study");

  private final String path;

  Kind(String path) {
    this.path = path;
  }

  /** The IRI path segment of this kind, for example {@code case-study}. */
  public String path() {
    return path;
  }

  /** The kind whose path segment this is, if any. */
  public static Optional<Kind> fromPath(String path) {
    return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
  }
}
