package org.hrcg.service.sparql.limits;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.SchemeRouter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.hrcg.ingest.rdf.JsonLdContexts;

/**
 * JSON-LD read anywhere in this process fetches nothing: the bundled contexts ({@link
 * JsonLdContexts}) are served from the classpath and every other remote {@code @context} or {@code
 * @import}, by {@code http}, {@code https} or {@code file}, is refused.
 *
 * <p>Jena's JSON-LD reader, when its caller gives it no options, loads documents through the JSON-LD
 * library's default loader, and Fuseki's Graph Store Protocol parses uploads that way: a client's
 * JSON-LD would make the server fetch a URL of the client's choosing. The default loader is one
 * shared router by URL scheme; this guard takes over its routes, once, for the whole process.
 * Readers that bring their own loader (the ingest pipeline's) are not affected.
 */
final class JsonLdFetchGuard implements DocumentLoader {

  private static final JsonLdFetchGuard GUARD = new JsonLdFetchGuard();

  private JsonLdFetchGuard() {}

  /** Routes the default loader's schemes to the guard. */
  static synchronized void install() {
    if (!(SchemeRouter.defaultInstance() instanceof SchemeRouter router)) {
      throw new IllegalStateException(
          "the JSON-LD library's default loader is not a scheme router: remote contexts could not"
              + " be refused");
    }
    router.set("http", GUARD).set("https", GUARD).set("file", GUARD);
  }

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    String key = url.toString();
    if (!JsonLdContexts.isBundled(key)) {
      throw new JsonLdError(
          JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
          "JSON-LD context <"
              + key
              + "> is refused: this service fetches no remote context; it serves only "
              + JsonLdContexts.bundled().keySet()
              + " from bundled copies. Put the context inline.");
    }
    try (InputStream in = JsonLdContexts.open(key)) {
      JsonDocument document = JsonDocument.of(MediaType.JSON_LD, in);
      document.setDocumentUrl(url);
      return document;
    } catch (IOException e) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e);
    }
  }
}
