/**
 * Java constants for the hrcg vocabulary: {@link org.hrcg.model.vocab.HRC} for the ontology, one
 * class per concept scheme (its concepts named by slug), and the few terms of other vocabularies
 * that Jena has no constants for. Depends on nothing else in {@code org.hrcg.model}.
 */
package org.hrcg.model.vocab;
