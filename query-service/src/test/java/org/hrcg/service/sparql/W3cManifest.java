package org.hrcg.service.sparql;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;

/**
 * A W3C SPARQL 1.1 test manifest, read as the RDF it is: its entries, in the manifest's order, each
 * with the HTTP exchanges it performs and the responses it expects.
 */
record W3cManifest(String label, List<W3cManifest.Entry> entries) {

  static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
  static final String HT = "http://www.w3.org/2011/http#";
  static final String HTS = "http://www.w3.org/2011/http-statusCodes#";
  static final String CNT = "http://www.w3.org/2011/content#";
  static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";

  /** One test: its IRI, {@code mf:name}, data to load first, and its requests in order. */
  record Entry(
      String iri,
      String name,
      Set<String> requires,
      List<GraphData> graphData,
      List<Exchange> exchanges) {

    /** The local name of the entry's IRI, for example {@code query_post_form}. */
    String localName() {
      return iri.substring(iri.lastIndexOf('#') + 1);
    }
  }

  /** A file whose triples are loaded into a named graph before the test runs. */
  record GraphData(Path file, String graphName) {}

  /** An HTTP header as the manifest gives it. */
  record Header(String name, String value) {}

  /** A request body: its characters and the encoding they are sent in. */
  record Body(String chars, Charset encoding) {

    byte[] bytes() {
      return chars.getBytes(encoding);
    }
  }

  /** One request of a test and what its response must be. */
  record Exchange(
      String method,
      String absolutePath,
      List<Header> headers,
      Optional<Body> body,
      ExpectedResponse expected) {

    /** The value of a request header, by case-insensitive name. */
    Optional<String> header(String name) {
      return headers.stream()
          .filter(h -> h.name().equalsIgnoreCase(name))
          .map(Header::value)
          .findFirst();
    }
  }

  /**
   * What a response must be: a status of one of the named codes or classes, and where given a
   * result format ({@code boolean}, {@code tabular}, {@code RDF}), an ASK answer, a {@code
   * Location} to remember as a template variable, response headers, and an RDF body the response's
   * must be isomorphic with.
   */
  record ExpectedResponse(
      Set<String> statuses,
      Optional<String> format,
      Optional<Boolean> booleanResult,
      Optional<String> locationVariable,
      List<Header> headers,
      Optional<Body> body) {

    /** The value of an expected response header, by case-insensitive name. */
    Optional<String> header(String name) {
      return headers.stream()
          .filter(h -> h.name().equalsIgnoreCase(name))
          .map(Header::value)
          .findFirst();
    }

    /** Whether a status code is one of those the manifest allows. */
    boolean allows(int status) {
      return statuses.stream().anyMatch(s -> StatusCodes.matches(s, status));
    }
  }

  /** The {@code hts:} terms the manifests use: single codes and classes of codes. */
  static final class StatusCodes {

    private static final Map<String, Integer> CODES =
        Map.ofEntries(
            Map.entry("OK", 200),
            Map.entry("Created", 201),
            Map.entry("Accepted", 202),
            Map.entry("NoContent", 204),
            Map.entry("SeeOther", 303),
            Map.entry("BadRequest", 400),
            Map.entry("Unauthorized", 401),
            Map.entry("Forbidden", 403),
            Map.entry("NotFound", 404),
            Map.entry("MethodNotAllowed", 405),
            Map.entry("NotAcceptable", 406),
            Map.entry("UnsupportedMediaType", 415));

    private StatusCodes() {}

    /** Whether a term is one this runner can check. */
    static boolean known(String term) {
      return CODES.containsKey(term) || term.matches("StatusCode[1-5]xx");
    }

    static boolean matches(String term, int status) {
      if (term.matches("StatusCode[1-5]xx")) {
        return status / 100 == term.charAt("StatusCode".length()) - '0';
      }
      Integer code = CODES.get(term);
      if (code == null) {
        throw new IllegalArgumentException("the runner does not know the status hts:" + term);
      }
      return code == status;
    }
  }

  /** Reads a manifest file; relative IRIs in it (data files) resolve against the file. */
  static W3cManifest read(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no manifest at " + file);
    }
    Model model = RDFParser.source(file).lang(Lang.TURTLE).toModel();
    Resource manifest = model.createResource(file.toUri().toString());
    String label =
        Optional.ofNullable(manifest.getProperty(RDFS.label))
            .map(Statement::getString)
            .orElse(file.getFileName().toString());
    Statement entries = manifest.getProperty(model.createProperty(MF + "entries"));
    if (entries == null) {
      throw new IllegalStateException(file + " has no mf:entries");
    }
    List<Entry> read = new ArrayList<>();
    for (RDFNode node : entries.getObject().as(RDFList.class).asJavaList()) {
      read.add(entry(node.asResource()));
    }
    return new W3cManifest(label, List.copyOf(read));
  }

  private static Entry entry(Resource entry) {
    Model model = entry.getModel();
    String name = entry.getRequiredProperty(model.createProperty(MF + "name")).getString();
    Set<String> requires = new TreeSet<>();
    entry
        .listProperties(model.createProperty(MF + "requires"))
        .forEachRemaining(s -> requires.add(s.getResource().getLocalName()));
    List<GraphData> graphData = new ArrayList<>();
    entry
        .listProperties(model.createProperty(UT + "graphData"))
        .forEachRemaining(
            s -> {
              Resource data = s.getResource();
              String fileIri =
                  data.getRequiredProperty(model.createProperty(UT + "graph"))
                      .getResource()
                      .getURI();
              String graphName = data.getRequiredProperty(RDFS.label).getString();
              graphData.add(new GraphData(Path.of(URI.create(fileIri)), graphName));
            });
    List<Exchange> exchanges = new ArrayList<>();
    Statement action = entry.getProperty(model.createProperty(MF + "action"));
    if (action != null) {
      Statement requests = action.getResource().getProperty(model.createProperty(HT + "requests"));
      for (RDFNode request : requests.getObject().as(RDFList.class).asJavaList()) {
        exchanges.add(exchange(request.asResource()));
      }
    }
    return new Entry(
        entry.getURI(), name, Set.copyOf(requires), List.copyOf(graphData), List.copyOf(exchanges));
  }

  private static Exchange exchange(Resource request) {
    Model model = request.getModel();
    String method = request.getRequiredProperty(property(model, HT, "methodName")).getString();
    String path = request.getRequiredProperty(property(model, HT, "absolutePath")).getString();
    Resource response = request.getRequiredProperty(property(model, HT, "resp")).getResource();
    return new Exchange(method, path, headers(request), body(request), expected(response));
  }

  private static ExpectedResponse expected(Resource response) {
    Model model = response.getModel();
    Set<String> statuses = new TreeSet<>();
    response
        .listProperties(property(model, MF, "expectedStatus"))
        .forEachRemaining(s -> statuses.add(s.getResource().getLocalName()));
    for (String status : statuses) {
      if (!StatusCodes.known(status)) {
        throw new IllegalStateException("the runner does not know the status hts:" + status);
      }
    }
    return new ExpectedResponse(
        Set.copyOf(statuses),
        literal(response, property(model, MF, "expectedFormat")).map(Literal::getString),
        literal(response, property(model, MF, "expectedBoolean")).map(Literal::getBoolean),
        literal(response, property(model, MF, "expectedLocation")).map(Literal::getString),
        headers(response),
        body(response));
  }

  private static Optional<Literal> literal(Resource subject, Property property) {
    return Optional.ofNullable(subject.getProperty(property)).map(Statement::getLiteral);
  }

  private static List<Header> headers(Resource message) {
    Model model = message.getModel();
    Statement headers = message.getProperty(property(model, HT, "headers"));
    if (headers == null) {
      return List.of();
    }
    List<Header> read = new ArrayList<>();
    for (RDFNode header : headers.getObject().as(RDFList.class).asJavaList()) {
      Resource h = header.asResource();
      read.add(
          new Header(
              h.getRequiredProperty(property(model, HT, "fieldName")).getString(),
              h.getRequiredProperty(property(model, HT, "fieldValue")).getString()));
    }
    return List.copyOf(read);
  }

  private static Optional<Body> body(Resource message) {
    Model model = message.getModel();
    Statement body = message.getProperty(property(model, HT, "body"));
    if (body == null) {
      return Optional.empty();
    }
    Resource content = body.getResource();
    String chars = content.getRequiredProperty(property(model, CNT, "chars")).getString();
    Charset encoding =
        Optional.ofNullable(content.getProperty(property(model, CNT, "characterEncoding")))
            .map(s -> Charset.forName(s.getString()))
            .orElse(StandardCharsets.UTF_8);
    return Optional.of(new Body(chars, encoding));
  }

  private static Property property(Model model, String namespace, String localName) {
    return model.createProperty(namespace + localName);
  }
}
