package org.hrcg.ingest.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON-LD contexts that the RDF reader serves from the classpath. A JSON-LD file may name these
 * contexts by their published URL; any other remote {@code @context} (or {@code @import}) is
 * refused, never fetched, so that reading a file cannot reach the network or the file system.
 *
 * <p>Bundled now: {@value #HRCG_CONTEXT}, which declares the prefixes hrcg uses ({@code hrc:},
 * {@code rdfs:}, {@code prov:}, {@code dcterms:} and the others of {@code HrcgPrefixes}) and
 * nothing else.
 */
public final class JsonLdContexts {

  /** The URL of hrcg's own context. */
  public static final String HRCG_CONTEXT = "https://w3id.org/hrcg/context.jsonld";

  private static final Map<String, String> BUNDLED =
      Map.of(HRCG_CONTEXT, "hrcg/contexts/context.jsonld");

  private JsonLdContexts() {}

  /** Context URL to the classpath location of its bundled copy. */
  public static Map<String, String> bundled() {
    return BUNDLED;
  }

  /** Whether a context URL is served from a bundled copy. */
  public static boolean isBundled(String url) {
    return BUNDLED.containsKey(Objects.requireNonNull(url, "url"));
  }

  /** The bundled copy of a context, as a stream the caller closes. */
  public static InputStream open(String url) {
    String location = BUNDLED.get(Objects.requireNonNull(url, "url"));
    if (location == null) {
      throw new IllegalArgumentException("no bundled JSON-LD context for " + url);
    }
    InputStream in = JsonLdContexts.class.getClassLoader().getResourceAsStream(location);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("bundled JSON-LD context missing from the classpath: " + location));
    }
    return in;
  }

  /**
   * A document loader that serves the bundled contexts and refuses every other URL, recording it so
   * that the reader can name it in its error.
   */
  static final class Loader implements DocumentLoader {
    private final List<String> refused = new ArrayList<>();

    @Override
    public Document loadDocument(
        URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options) throws JsonLdError {
      String key = url.toString();
      if (!isBundled(key)) {
        refused.add(key);
        throw new JsonLdError(
            JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "remote context refused: " + key);
      }
      try (InputStream in = open(key)) {
        JsonDocument document = JsonDocument.of(MediaType.JSON_LD, in);
        document.setDocumentUrl(url);
        return document;
      } catch (IOException e) {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e);
      }
    }

    /** The URLs refused so far, in the order they were asked for. */
    List<String> refused() {
      return List.copyOf(refused);
    }
  }
}
