package org.hrcg.service.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A protocol request refused before it reaches Fuseki, answered as an RFC 9457 problem body that
 * says why, as the service's other refusals are.
 */
final class ProtocolProblem {

  static final String MEDIA_TYPE = "application/problem+json";

  private ProtocolProblem() {}

  static void send(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    send(response, status, title, detail, null);
  }

  /**
   * Sends the problem with a {@code reason}, the member that names the cause for a client to tell
   * refusals apart, as the limits' problems do.
   */
  static void send(
      HttpServletResponse response, int status, String title, String detail, String reason)
      throws IOException {
    JsonObject problem = new JsonObject();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    if (reason != null) {
      problem.put("reason", reason);
    }
    byte[] body = problem.toString().getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }
}
