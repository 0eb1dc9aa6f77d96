package org.hrcg.service.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class QueryEditorOnEndpointTest {

  static final String CHROME =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
          + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
  static final String FIREFOX =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  private final QueryEditorOnEndpoint filter = new QueryEditorOnEndpoint("/");

  @ParameterizedTest
  @ValueSource(strings = {CHROME, FIREFOX, "text/html", "application/xhtml+xml"})
  void browsersNavigatingToTheEndpointWantHtml(String accept) {
    assertThat(QueryEditorOnEndpoint.wantsHtml(accept)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "*/*",
        "text/turtle",
        "text/*",
        "application/sparql-results+json,*/*;q=0.9",
        "text/turtle, text/html;q=0.5",
        "application/rdf+xml;q=0.9, text/html;q=0",
        "text/html;q=0",
        "not a media type;;;"
      })
  void rdfClientsAndWildcardsDoNotWantHtml(String accept) {
    assertThat(QueryEditorOnEndpoint.wantsHtml(accept)).isFalse();
  }

  @Test
  void forwardsABrowserWithoutAQueryToTheEditor() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
    request.addHeader("Accept", CHROME);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(response.getForwardedUrl()).isEqualTo("/");
    assertThat(response.getHeaders("Vary")).contains("Accept");
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void passesAQueryFromABrowserToTheProtocol() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
    request.addHeader("Accept", CHROME);
    request.setParameter("query", "ASK {}");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(response.getForwardedUrl()).isNull();
    assertThat(chain.getRequest()).isSameAs(request);
  }

  @Test
  void passesAPostToTheProtocol() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sparql");
    request.addHeader("Accept", CHROME);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(response.getForwardedUrl()).isNull();
    assertThat(chain.getRequest()).isSameAs(request);
  }

  @Test
  void passesAServiceDescriptionRequestToTheProtocol() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sparql");
    request.addHeader("Accept", "text/turtle");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(response.getForwardedUrl()).isNull();
    assertThat(chain.getRequest()).isSameAs(request);
  }
}
