package org.hrcg.service.api;

import jakarta.servlet.http.HttpServletRequest;

/** What the features of the JSON API share: where it lives, and how its writes authenticate. */
public final class JsonApi {

  /** The API's root path. */
  public static final String ROOT = "/api";

  /** Every path of the API, as a path pattern. */
  public static final String ALL = ROOT + "/**";

  /**
   * The name of the OpenAPI security scheme (HTTP Basic) that operations needing credentials name:
   * {@code @SecurityRequirement(name = JsonApi.BASIC_AUTH)}.
   */
  public static final String BASIC_AUTH = "basic";

  private JsonApi() {}

  /** Whether a request is for the API. */
  public static boolean covers(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(ROOT) || path.startsWith(ROOT + "/");
  }
}
