package org.hrcg.service.sparql.limits;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A refusal by a limit, answered as an RFC 9457 problem body, with the limit's {@code reason} as an
 * extension member so that a client can tell the limits apart without reading the text.
 *
 * @param status the HTTP status
 * @param title the status's reason phrase
 * @param detail what was refused and what the client can do instead
 * @param reason the limit
 * @param retryAfterSeconds the {@code Retry-After} to send, or 0 for none
 */
record Problem(int status, String title, String detail, Reason reason, long retryAfterSeconds) {

  Problem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(reason, "reason");
  }

  static Problem of(int status, String title, String detail, Reason reason) {
    return new Problem(status, title, detail, reason, 0);
  }

  /** Writes the problem; the response must not be committed. */
  void write(HttpServletResponse response) throws IOException {
    byte[] body =
        ("{\"type\":\"about:blank\",\"title\":\""
                + json(title)
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + json(detail)
                + "\",\"reason\":\""
                + reason.tag()
                + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    if (retryAfterSeconds > 0) {
      response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
    }
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/problem+json");
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
