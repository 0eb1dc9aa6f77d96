package org.hrcg.service.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The answers to requests that security refuses, as RFC 9457 problem details that say why: 401 with
 * a Basic challenge without (valid) credentials, 403 beyond the user's rights. Written directly,
 * not through the container's error page, so that they are the same behind every filter.
 */
final class SecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final String READ_ONLY =
      "this service is read-only: no admin password is configured (HRCG_ADMIN_PASSWORD),"
          + " so nothing can be written";

  private final String challenge;
  private final boolean readOnly;

  SecurityResponses(String realm, boolean readOnly) {
    this.challenge = "Basic realm=\"" + realm + "\"";
    this.readOnly = readOnly;
  }

  @Override
  public void commence(
      HttpServletRequest request,
      HttpServletResponse response,
      AuthenticationException authException)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
    String detail;
    if (authException instanceof BadCredentialsException) {
      detail = "the user name or password is wrong";
    } else if (readOnly) {
      detail = READ_ONLY;
    } else {
      detail =
          "this request needs credentials (HTTP Basic): the admin's, or a contributor's for"
              + " their own case studies";
    }
    write(response, HttpStatus.UNAUTHORIZED, detail);
  }

  @Override
  public void handle(
      HttpServletRequest request,
      HttpServletResponse response,
      AccessDeniedException accessDeniedException)
      throws IOException {
    String user = request.getRemoteUser();
    String detail =
        readOnly
            ? READ_ONLY
            : "'"
                + user
                + "' may not make this request: contributors may only submit and withdraw"
                + " their own case studies";
    write(response, HttpStatus.FORBIDDEN, detail);
  }

  private static void write(HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    byte[] body =
        ("{\"type\":\"about:blank\",\"title\":\""
                + status.getReasonPhrase()
                + "\",\"status\":"
                + status.value()
                + ",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
