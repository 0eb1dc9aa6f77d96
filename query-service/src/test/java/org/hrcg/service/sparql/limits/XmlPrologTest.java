package org.hrcg.service.sparql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlPrologTest {

  private static final String BODY =
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";

  private static byte[] xml(String prolog) {
    return (prolog + BODY).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void findsAnExternalEntity() {
    assertThat(
            XmlProlog.externalReference(
                xml("<!DOCTYPE rdf:RDF [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>")))
        .hasValue("SYSTEM \"file:///etc/passwd\"");
  }

  @Test
  void findsAnExternalParameterEntityAndAnExternalDtd() {
    assertThat(
            XmlProlog.externalReference(
                xml("<!DOCTYPE rdf:RDF [ <!ENTITY % p PUBLIC \"-//x\" \"http://h/p\"> ]>")))
        .hasValue("SYSTEM \"http://h/p\"");
    assertThat(XmlProlog.externalReference(xml("<!DOCTYPE rdf:RDF SYSTEM \"http://h/d.dtd\">")))
        .hasValue("SYSTEM \"http://h/d.dtd\"");
  }

  @Test
  void allowsInternalEntitiesAndNoDoctype() {
    assertThat(
            XmlProlog.externalReference(
                xml(
                    "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [ <!ENTITY xsd"
                        + " \"http://www.w3.org/2001/XMLSchema#\"> ]>")))
        .isEmpty();
    assertThat(XmlProlog.externalReference(xml(""))).isEmpty();
  }

  @Test
  void leavesADocumentItCannotReadToTheParser() {
    assertThat(XmlProlog.externalReference("not xml".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
