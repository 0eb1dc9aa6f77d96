/**
 * Benchmarks of the ingest: {@link org.hrcg.bench.SyntheticDataset}, a deterministic generator of
 * plainly synthetic case studies, and {@link org.hrcg.bench.Generate}, its command line. The
 * timings themselves are taken by {@code bench/run-ingest.sh}, never by the build.
 */
package org.hrcg.bench;
