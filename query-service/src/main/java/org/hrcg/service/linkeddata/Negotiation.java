package org.hrcg.service.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Chooses the representation of a linked-data response: the {@code format} parameter if the request
 * has one, otherwise the {@code Accept} header (RFC 9110, section 12.5.1), ties going to the
 * server's order of preference.
 */
final class Negotiation {

  /**
   * The outcome: a variant, or the status and detail of a refusal.
   *
   * @param variant the chosen variant, or null when refused
   * @param status 400 for an unknown {@code format}, 406 when nothing offered is acceptable
   * @param detail why it was refused
   */
  record Outcome(Variant variant, HttpStatus status, String detail) {
    boolean refused() {
      return variant == null;
    }
  }

  private Negotiation() {}

  /**
   * Chooses among the variants offered, in the server's order of preference: the first is sent to
   * clients that accept anything ({@code *}/{@code *}, or no {@code Accept} at all).
   */
  static Outcome negotiate(HttpServletRequest request, List<Variant> offered) {
    Objects.requireNonNull(offered, "offered");
    String format = request.getParameter("format");
    if (format != null) {
      return Variant.fromParameter(format)
          .filter(offered::contains)
          .map(v -> new Outcome(v, null, null))
          .orElseGet(
              () ->
                  new Outcome(
                      null,
                      HttpStatus.BAD_REQUEST,
                      "format '"
                          + format
                          + "' is not served here; use one of: "
                          + offered.stream()
                              .map(Variant::parameter)
                              .collect(Collectors.joining(", "))));
    }
    Variant chosen = choose(request.getHeader(HttpHeaders.ACCEPT), offered);
    if (chosen == null) {
      return new Outcome(
          null,
          HttpStatus.NOT_ACCEPTABLE,
          "none of the media types in Accept is served here; available: "
              + offered.stream().map(Variant::mediaType).collect(Collectors.joining(", ")));
    }
    return new Outcome(chosen, null, null);
  }

  /**
   * The variant an {@code Accept} header prefers, or null if it accepts none. A missing or
   * malformed header accepts anything.
   */
  static Variant choose(String accept, List<Variant> offered) {
    if (offered.isEmpty()) {
      return null;
    }
    if (accept == null || accept.isBlank()) {
      return offered.get(0);
    }
    List<MediaType> ranges;
    try {
      ranges = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      return offered.get(0);
    }
    Variant best = null;
    double bestQuality = 0;
    for (Variant variant : offered) {
      double quality = quality(ranges, variant);
      if (quality > bestQuality) {
        best = variant;
        bestQuality = quality;
      }
    }
    return best;
  }

  /** The quality the client gives a variant: that of the most specific range matching it. */
  static double quality(List<MediaType> ranges, Variant variant) {
    double result = 0;
    for (MediaType type : variant.accepted()) {
      int specificity = -1;
      double quality = 0;
      for (MediaType range : ranges) {
        int s = specificity(range, type);
        if (s > specificity) {
          specificity = s;
          quality = range.getQualityValue();
        } else if (s == specificity && s >= 0) {
          quality = Math.max(quality, range.getQualityValue());
        }
      }
      if (specificity >= 0) {
        result = Math.max(result, quality);
      }
    }
    return result;
  }

  /** 2 for the type itself, 1 for {@code type/*}, 0 for {@code *}/{@code *}, -1 for no match. */
  private static int specificity(MediaType range, MediaType type) {
    if (range.isWildcardType()) {
      return 0;
    }
    if (!range.getType().equalsIgnoreCase(type.getType())) {
      return -1;
    }
    if (range.isWildcardSubtype()) {
      return 1;
    }
    return range.getSubtype().equalsIgnoreCase(type.getSubtype()) ? 2 : -1;
  }
}
