/**
 * The ingest pipeline: {@link org.hrcg.ingest.pipeline.Ingest} expands the inputs, reads each file
 * with the {@link org.hrcg.ingest.pipeline.Readers reader of its format}, validates every graph
 * with the SHACL shapes ({@link org.hrcg.ingest.pipeline.ShapeValidation}) and writes all of them
 * in one store call ({@link org.hrcg.model.store.GraphStore#load}), or nothing; {@link
 * org.hrcg.ingest.pipeline.Report} says what it found and did.
 */
package org.hrcg.ingest.pipeline;
