package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseCharsetFilterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "text/turtle, text/turtle;charset=utf-8",
    "application/n-triples, application/n-triples;charset=utf-8",
    "application/ld+json, application/ld+json;charset=utf-8",
    "application/rdf+xml, application/rdf+xml;charset=utf-8",
    "'text/turtle; charset=utf-8', 'text/turtle; charset=utf-8'",
    "application/rdf+thrift, application/rdf+thrift",
    "application/sparql-results+json, application/sparql-results+json",
    "application/json, application/json",
  })
  void addsUtf8OnlyToRdfTextWithoutACharset(String contentType, String sent) {
    assertThat(ResponseCharsetFilter.withCharset(contentType)).isEqualTo(sent);
  }
}
