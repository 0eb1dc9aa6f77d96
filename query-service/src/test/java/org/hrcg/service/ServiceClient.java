package org.hrcg.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Plain HTTP requests to the running service, as any client sends them: nothing is added but what a
 * test asks for.
 */
public final class ServiceClient {

  /** A user's credentials for HTTP Basic, or none. */
  public record Credentials(String user, String password) {

    public static final Credentials NONE = new Credentials(null, null);

    String header() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  public ServiceClient(int port) {
    this.base = "http://localhost:" + port;
  }

  /** The service's URL for a path. */
  public String url(String path) {
    return base + path;
  }

  /** A request built on this service's URL; headers are name, value pairs. */
  public HttpResponse<String> send(
      String method,
      String pathAndQuery,
      Credentials credentials,
      String contentType,
      String body,
      String... headers) {
    Objects.requireNonNull(credentials, "credentials");
    BodyPublisher publisher =
        body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .timeout(Duration.ofSeconds(30))
            .method(method, publisher);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (credentials.user() != null) {
      request.header("Authorization", credentials.header());
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code GET} with an {@code Accept} header. */
  public HttpResponse<String> get(String pathAndQuery, String accept) {
    return send("GET", pathAndQuery, Credentials.NONE, null, null, "Accept", accept);
  }

  /** A SPARQL Update sent as {@code application/sparql-update}. */
  public HttpResponse<String> update(Credentials credentials, String update) {
    return send("POST", "/update", credentials, "application/sparql-update", update);
  }

  /** {@code a=1&b=2}, each value URL-encoded. */
  public static String form(String... namesAndValues) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      pairs.add(
          namesAndValues[i]
              + "="
              + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return String.join("&", pairs);
  }
}
