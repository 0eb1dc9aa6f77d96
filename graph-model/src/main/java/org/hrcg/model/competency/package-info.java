/**
 * Competency questions: the SPARQL queries a researcher or a city network asks of the graph, each
 * with the answer that any complete data must give, loaded from the classpath and checked against a
 * dataset.
 */
package org.hrcg.model.competency;
