package org.hrcg.service.peers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hrcg.service.api.ApiProblem;
import org.hrcg.service.linkeddata.IriSpace;
import org.springframework.http.HttpStatus;

/** Where the pages link to, and what they make of a refused request. */
public final class PageLinks {

  private final IriSpace space;

  public PageLinks(IriSpace space) {
    this.space = Objects.requireNonNull(space, "space");
  }

  /**
   * The page of a resource: on this host when the IRI is one of ours, else the IRI itself when it
   * is {@code http(s)}, else none (null: the page shows the name without a link).
   */
  public String resource(String iri) {
    return space.localPath(iri).orElse(IriSpace.isWeb(iri) ? iri : null);
  }

  /** Whether a link leaves this site. */
  public boolean external(String iri) {
    return space.localPath(iri).isEmpty();
  }

  /** The last path segment of an IRI: a slug for ours. */
  public String slug(String iri) {
    return PeerIndex.slug(iri);
  }

  /** The page of a territory, with its peers. */
  public String territory(String slug) {
    return "/territories/" + slug;
  }

  /** A page number or a limit from a page's query string; a 400 problem naming it otherwise. */
  public static int number(String raw, String parameter) {
    if (raw == null || raw.isBlank()) {
      return 1;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter(parameter, "parameter '" + parameter + "' must be a number");
    }
  }

  /** What a page shows of a refused request: the status, its reason and the message. */
  public static Map<String, Object> problem(ApiProblem problem) {
    Map<String, Object> shown = new LinkedHashMap<>();
    int status = problem.getStatusCode().value();
    HttpStatus known = HttpStatus.resolve(status);
    shown.put("status", status);
    shown.put("reason", known == null ? "" : known.getReasonPhrase());
    shown.put("detail", problem.getBody().getDetail());
    shown.put("notFound", status == 404);
    return shown;
  }
}
