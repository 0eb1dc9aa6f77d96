package org.hrcg.service.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestBodyTypeFilterTest {

  @ParameterizedTest(name = "{0} {1} as {2} with body \"{3}\": {4}")
  @CsvSource({
    "POST, /sparql, , query=ASK%20%7B%7D, 415",
    "POST, /update, , update=CLEAR%20ALL, 415",
    "POST, /sparql, , , 200",
    "POST, /sparql, 'application/sparql-query; charset=UTF-16', ASK {}, 415",
    "POST, /update, 'application/sparql-update; charset=latin1', CLEAR ALL, 415",
    "POST, /update, 'application/sparql-update; charset=utf-8', CLEAR ALL, 200",
    "POST, /sparql, application/sparql-query, ASK {}, 200",
    "POST, /sparql, application/x-www-form-urlencoded, query=ASK%20%7B%7D, 200",
    "GET, /sparql, , , 200",
  })
  void refusesBodiesTheProtocolDoesNotDefine(
      String method, String path, String contentType, String body, int status) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setServletPath(path);
    if (contentType != null) {
      request.addHeader("Content-Type", contentType);
    }
    if (body != null) {
      request.setContent(body.getBytes(StandardCharsets.UTF_8));
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    new RequestBodyTypeFilter().doFilter(request, response, chain);
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(chain.getRequest() != null).as("passed on").isEqualTo(status == 200);
    if (status == 415) {
      assertThat(response.getContentType()).isEqualTo(ProtocolProblem.MEDIA_TYPE);
    }
  }
}
