package org.hrcg.service.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The page for browsers that asked for something the store does not have. */
final class NotFound {

  private NotFound() {}

  static ModelAndView page(
      HttpServletRequest request, HttpServletResponse response, String title, String iri) {
    response.setHeader(HttpHeaders.VARY, Responses.VARY);
    return new ModelAndView(
        "linkeddata/not-found", Map.of("title", title, "iri", iri), HttpStatus.NOT_FOUND);
  }
}
