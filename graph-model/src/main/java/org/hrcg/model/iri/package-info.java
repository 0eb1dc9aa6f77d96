/**
 * Slugs and IRIs: {@link org.hrcg.model.iri.Slugs} turns names into slugs, {@link
 * org.hrcg.model.iri.IriMinter} mints and parses resource, concept and graph IRIs under a
 * configurable base.
 */
package org.hrcg.model.iri;
