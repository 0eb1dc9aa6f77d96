package org.hrcg.ingest.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlDoctypeCheckTest {

  private static final String BODY =
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";

  @Test
  void findsAnExternalEntity() {
    assertThat(
            XmlDoctypeCheck.externalReference(
                "<!DOCTYPE rdf:RDF [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>" + BODY))
        .hasValueSatisfying(
            finding ->
                assertThat(finding.message())
                    .contains("external entity 'x'")
                    .contains("file:///etc/passwd"));
  }

  @Test
  void findsAnExternalParameterEntityAndAnExternalDtd() {
    assertThat(
            XmlDoctypeCheck.externalReference(
                "<!DOCTYPE rdf:RDF [ <!ENTITY % p PUBLIC \"-//x\" \"http://h/p\"> ]>" + BODY))
        .hasValueSatisfying(finding -> assertThat(finding.message()).contains("http://h/p"));
    assertThat(
            XmlDoctypeCheck.externalReference(
                "<!DOCTYPE rdf:RDF SYSTEM \"http://h/d.dtd\">" + BODY))
        .hasValueSatisfying(
            finding ->
                assertThat(finding.message()).contains("external DTD").contains("http://h/d.dtd"));
  }

  @Test
  void allowsInternalEntitiesAndNoDoctype() {
    assertThat(
            XmlDoctypeCheck.check(
                "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [ <!ENTITY xsd"
                    + " \"http://www.w3.org/2001/XMLSchema#\"> ]>"
                    + BODY))
        .isEmpty();
    assertThat(XmlDoctypeCheck.check(BODY)).isEmpty();
  }

  @Test
  void reportsADocumentItCannotReadButNotAsAnExternalReference() {
    assertThat(XmlDoctypeCheck.check("not xml"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.externalReference()).isFalse());
    assertThat(XmlDoctypeCheck.externalReference("not xml")).isEmpty();
  }
}
