package org.hrcg.service.linkeddata;

import org.hrcg.model.store.GraphStore;
import org.hrcg.service.HrcgProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Linked data: dereferenceable resource IRIs ({@code /id/...}), source graphs ({@code /graph/...}),
 * the ontology ({@code /ontology}), the dataset's VoID and DCAT description ({@code
 * /.well-known/void}) and its dump ({@code /dump}). Every request here is a {@code GET} or {@code
 * HEAD}, which the security defaults leave public, so no access rules are declared.
 */
@Configuration(proxyBeanMethods = false)
public class LinkedDataConfiguration {

  /** The most links to a resource that its description lists. */
  static final int LINK_LIMIT = 1000;

  /** The most resources that a graph's page lists. */
  static final int SUBJECT_LIMIT = 2000;

  @Bean
  IriSpace iriSpace(HrcgProperties properties) {
    return new IriSpace(properties.baseIri());
  }

  @Bean
  Labels labels(GraphStore store) {
    return new Labels(store);
  }

  @Bean
  Descriptions descriptions(GraphStore store) {
    return new Descriptions(store, LINK_LIMIT);
  }

  @Bean
  ResourcePages resourcePages(IriSpace space, Labels labels) {
    return new ResourcePages(space, labels);
  }

  @Bean
  GraphPages graphPages(
      GraphStore store,
      IriSpace space,
      Labels labels,
      Descriptions descriptions,
      ResourcePages resourcePages) {
    return new GraphPages(store, space, labels, descriptions, resourcePages, SUBJECT_LIMIT);
  }

  @Bean
  OntologyPages ontologyPages(IriSpace space) {
    return new OntologyPages(space);
  }

  @Bean
  DatasetStatistics.Cache datasetStatistics(GraphStore store) {
    return new DatasetStatistics.Cache(store);
  }

  @Bean
  DatasetDescription datasetDescription(IriSpace space) {
    return new DatasetDescription(space);
  }
}
