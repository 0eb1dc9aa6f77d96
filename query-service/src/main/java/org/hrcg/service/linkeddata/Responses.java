package org.hrcg.service.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Writes the linked-data responses that are not pages: RDF and RFC 9457 problem details. Each is
 * written whole, with its own {@code Content-Type}, so that no message converter second-guesses a
 * representation that was already negotiated.
 */
final class Responses {

  /** What every negotiated response varies with. */
  static final String VARY = "Accept, Accept-Language";

  private Responses() {}

  /** An RDF graph in the chosen syntax; a quad syntax gets it as the default graph. */
  static void rdf(HttpServletRequest request, HttpServletResponse response, Graph graph, Variant v)
      throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      RDFDataMgr.write(body, graph, tripleFormat(v));
    } catch (JenaException e) {
      unwritable(request, response, v, e);
      return;
    }
    send(request, response, v, body.toByteArray());
  }

  /** An RDF dataset: a triple syntax gets the union of its graphs. */
  static void rdf(
      HttpServletRequest request, HttpServletResponse response, DatasetGraph dataset, Variant v)
      throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      if (v.quads()) {
        RDFDataMgr.write(body, dataset, v.rdfFormat());
      } else {
        RDFDataMgr.write(body, dataset.getUnionGraph(), tripleFormat(v));
      }
    } catch (JenaException e) {
      unwritable(request, response, v, e);
      return;
    }
    send(request, response, v, body.toByteArray());
  }

  /**
   * RDF/XML cannot write every graph (a property IRI that ends in a digit has no XML name): the
   * client is told so and may ask for another syntax.
   */
  private static void unwritable(
      HttpServletRequest request, HttpServletResponse response, Variant v, JenaException e)
      throws IOException {
    problem(
        request,
        response,
        HttpStatus.NOT_ACCEPTABLE,
        "this description cannot be written as "
            + v.title()
            + " ("
            + e.getMessage()
            + "); ask for Turtle, JSON-LD or N-Triples");
  }

  /** Bytes already in the variant's syntax. */
  static void send(HttpServletRequest request, HttpServletResponse response, Variant v, byte[] body)
      throws IOException {
    response.setStatus(HttpStatus.OK.value());
    response.setHeader(HttpHeaders.VARY, VARY);
    response.setContentType(v.contentType());
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      OutputStream out = response.getOutputStream();
      out.write(body);
    }
  }

  /** The triple syntax for a variant: a quad syntax's triple subset (Turtle for TriG). */
  private static RDFFormat tripleFormat(Variant v) {
    return switch (v) {
      case TRIG -> RDFFormat.TURTLE_PRETTY;
      case NQUADS -> RDFFormat.NTRIPLES_UTF8;
      default -> v.rdfFormat();
    };
  }

  /** An RFC 9457 problem detail. */
  static void problem(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    String instance = request.getRequestURI();
    byte[] body =
        ("{\"type\":\"about:blank\",\"title\":"
                + json(status.getReasonPhrase())
                + ",\"status\":"
                + status.value()
                + ",\"detail\":"
                + json(detail)
                + ",\"instance\":"
                + json(instance)
                + "}")
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(status.value());
    response.setHeader(HttpHeaders.VARY, VARY);
    response.setContentType("application/problem+json");
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  /** A JSON string. */
  static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // Also < and >, so that a problem shown by a browser cannot become markup.
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
