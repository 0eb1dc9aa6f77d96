package org.hrcg.service.peers;

/** A literal's text with its language tag, in lower case (empty for none). */
public interface TaggedText {

  /** The lexical form. */
  String text();

  /** The language tag in lower case, or empty. */
  String language();
}
