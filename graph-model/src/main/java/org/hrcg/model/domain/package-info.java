/**
 * The domain of a case study as Java records, and {@link org.hrcg.model.domain.CaseStudyMapper},
 * which maps them to RDF.
 *
 * <p>The records check form, not content: a null where a value is required, a slug, a language tag
 * or a Wikidata id of the wrong shape, or a term used outside its domain (roles on a person only)
 * fails in the constructor, naming the component. What the SHACL shapes require (a label, a theme,
 * a territory on a practice) is left to validation, which reports all problems at once. References
 * between resources are slugs; concept references are slugs of the concept schemes.
 */
package org.hrcg.model.domain;
