package org.hrcg.service.casestudies;

import jakarta.servlet.MultipartConfigElement;
import java.util.ArrayList;
import java.util.List;
import org.hrcg.ingest.pipeline.Readers;
import org.hrcg.ingest.pipeline.ShapeValidation;
import org.hrcg.model.iri.IriMinter;
import org.hrcg.model.store.GraphStore;
import org.hrcg.service.AccessRule;
import org.hrcg.service.AccessRules;
import org.hrcg.service.HrcgProperties;
import org.hrcg.service.StoreFaults;
import org.hrcg.service.system.Contributors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The case-study API's parts: who may call it, the pipeline it runs, and the size of the uploads it
 * takes ({@code hrcg.limits.max-upload-size}, as for Graph Store Protocol writes).
 */
@Configuration(proxyBeanMethods = false)
class CaseStudyConfiguration {

  /** What a multipart body may hold beyond its file: boundaries and part headers. */
  static final long MULTIPART_ENVELOPE = 64 * 1024;

  /** Parts up to this size stay in memory; larger ones are spooled to a temporary file. */
  static final int IN_MEMORY_PART = 1024 * 1024;

  @Bean
  CaseStudies caseStudies(
      GraphStore store, HrcgProperties properties, Contributors contributors, StoreFaults faults) {
    return new CaseStudies(
        store,
        new IriMinter(properties.baseIri()),
        contributors,
        Readers.standard(),
        ShapeValidation.standard(),
        faults,
        properties.limits().maxUploadSize().toBytes());
  }

  /**
   * The container's limits on multipart bodies, which Spring Boot would otherwise set to 1 MB a
   * file: the upload limit, so that a form is refused as a raw body is.
   */
  @Bean
  MultipartConfigElement multipartConfig(HrcgProperties properties) {
    long limit = properties.limits().maxUploadSize().toBytes();
    return new MultipartConfigElement(
        "", limit, limit + MULTIPART_ENVELOPE, (int) Math.min(limit, IN_MEMORY_PART));
  }

  /**
   * Contributors and the admin may submit and withdraw; {@link CaseStudies} checks whose case study
   * it is. Other methods on these paths take the same credentials, so that a client who has them
   * hears 405 with the methods allowed rather than a refusal.
   */
  @Bean
  AccessRules caseStudyAccess() {
    List<AccessRule> rules = new ArrayList<>();
    for (HttpMethod method :
        List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
      rules.add(new AccessRule(method, CaseStudyController.PATH, AccessRule.Access.CONTRIBUTOR));
      rules.add(
          new AccessRule(method, CaseStudyController.PATH + "/*", AccessRule.Access.CONTRIBUTOR));
    }
    return () -> List.copyOf(rules);
  }
}
