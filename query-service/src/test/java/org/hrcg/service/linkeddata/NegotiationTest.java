package org.hrcg.service.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

class NegotiationTest {

  private static final List<Variant> OFFERED = ResourceController.VARIANTS;

  private static final String FIREFOX =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final String JENA =
      "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,"
          + "application/rdf+xml;q=0.7,*/*;q=0.3";

  @Test
  void givesBrowsersThePage() {
    assertThat(Negotiation.choose(FIREFOX, OFFERED)).isEqualTo(Variant.HTML);
  }

  @Test
  void givesTurtleToClientsThatAcceptAnythingOrSayNothing() {
    assertThat(Negotiation.choose("*/*", OFFERED)).isEqualTo(Variant.TURTLE);
    assertThat(Negotiation.choose(null, OFFERED)).isEqualTo(Variant.TURTLE);
    assertThat(Negotiation.choose("", OFFERED)).isEqualTo(Variant.TURTLE);
  }

  @Test
  void followsQualityValues() {
    assertThat(Negotiation.choose(JENA, OFFERED)).isEqualTo(Variant.TURTLE);
    assertThat(Negotiation.choose("text/turtle;q=0.5, application/ld+json", OFFERED))
        .isEqualTo(Variant.JSONLD);
    assertThat(Negotiation.choose("application/rdf+xml, text/html;q=0.9", OFFERED))
        .isEqualTo(Variant.RDFXML);
  }

  @Test
  void letsTheMostSpecificRangeDecide() {
    // text/turtle is refused outright although text/* is welcome.
    assertThat(Negotiation.choose("text/*, text/turtle;q=0", OFFERED)).isEqualTo(Variant.HTML);
  }

  @Test
  void servesJsonLdToClientsThatAskForJson() {
    assertThat(Negotiation.choose("application/json", OFFERED)).isEqualTo(Variant.JSONLD);
  }

  @Test
  void acceptsNothingWhenNoVariantFits() {
    assertThat(Negotiation.choose("image/png", OFFERED)).isNull();
    assertThat(Negotiation.choose("text/html", OntologyController.SHAPES_VARIANTS)).isNull();
  }

  @Test
  void letsTheFormatParameterWin() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/id/x/y");
    request.addHeader("Accept", FIREFOX);
    request.setParameter("format", "nt");
    assertThat(Negotiation.negotiate(request, OFFERED).variant()).isEqualTo(Variant.NTRIPLES);
  }

  @Test
  void refusesAnUnknownFormatWithBadRequest() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/id/x/y");
    request.setParameter("format", "csv");
    Negotiation.Outcome outcome = Negotiation.negotiate(request, OFFERED);
    assertThat(outcome.refused()).isTrue();
    assertThat(outcome.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outcome.detail()).contains("csv", "ttl", "jsonld");
  }

  @Test
  void refusesUnacceptableRequestsWithNotAcceptable() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/id/x/y");
    request.addHeader("Accept", "image/png");
    Negotiation.Outcome outcome = Negotiation.negotiate(request, OFFERED);
    assertThat(outcome.status()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
    assertThat(outcome.detail()).contains("text/turtle");
  }
}
