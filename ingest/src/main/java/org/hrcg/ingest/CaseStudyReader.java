package org.hrcg.ingest;

/**
 * Reads one input format. Implementations never throw for bad input: every problem becomes a {@link
 * Problem} with its file and line.
 */
public interface CaseStudyReader {

  /** Reads the file's text (already checked for size, encoding and binary content). */
  ReadOutcome read(SourceFile file);
}
