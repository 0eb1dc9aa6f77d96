/**
 * The command line: {@link org.hrcg.ingest.cli.HrcgCommand} ({@code hrcg ingest | validate | export
 * | query | withdraw}) and {@link org.hrcg.ingest.cli.Main}, the packaged jar's entry point that
 * the {@code ./hrcg} launcher runs.
 */
package org.hrcg.ingest.cli;
