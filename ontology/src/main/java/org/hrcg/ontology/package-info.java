/** The hrcg vocabulary as data: ontology, concept schemes and shapes on the classpath. */
package org.hrcg.ontology;
