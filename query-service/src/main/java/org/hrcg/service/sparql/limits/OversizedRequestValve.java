package org.hrcg.service.sparql.limits;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The answer to a request whose request line and headers are larger than the container reads
 * ({@code server.max-http-request-header-size}): for a SPARQL client, a query sent in a URL that is
 * too long. Tomcat refuses it before any filter runs, with {@code 400} and an HTML page that says
 * nothing; this valve answers {@code 414 URI Too Long} with a problem body that says what to do
 * instead. Every other error the container itself reports is left as it was.
 */
final class OversizedRequestValve extends ErrorReportValve {

  private final long maxHeaderBytes;
  private final long maxRequestBytes;
  private final SparqlMetrics metrics;

  OversizedRequestValve(long maxHeaderBytes, long maxRequestBytes, SparqlMetrics metrics) {
    this.maxHeaderBytes = maxHeaderBytes;
    this.maxRequestBytes = maxRequestBytes;
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    setShowReport(false);
    setShowServerInfo(false);
  }

  /** Puts this valve in place of the host's error report valve, for the context's host. */
  void install(Context context) {
    Container parent = context.getParent();
    if (!(parent instanceof Host host)) {
      return;
    }
    Pipeline pipeline = host.getPipeline();
    for (Valve valve : pipeline.getValves()) {
      if (valve instanceof ErrorReportValve) {
        pipeline.removeValve(valve);
      }
    }
    pipeline.addValve(this);
    if (host instanceof StandardHost standard) {
      // Otherwise the host adds its default valve again when it starts.
      standard.setErrorReportValveClass(OversizedRequestValve.class.getName());
    }
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    Throwable cause =
        throwable != null
            ? throwable
            : (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (response.getStatus() != 400
        || response.getContentWritten() > 0
        || !headersTooLarge(cause)) {
      super.report(request, response, throwable);
      return;
    }
    metrics.rejected(Reason.TOO_LARGE);
    try {
      Problem.of(
              414,
              "URI Too Long",
              "the request line and headers are larger than "
                  + Units.bytes(maxHeaderBytes)
                  + ", the most this server reads (server.max-http-request-header-size). Send a"
                  + " long query by POST, as application/sparql-query or as a form, up to "
                  + Units.bytes(maxRequestBytes)
                  + ".",
              Reason.TOO_LARGE)
          .write(response);
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response cannot be written: nothing more to say
    }
  }

  /** Tomcat's own refusal of a request head over its limit, the only 400 it reports so. */
  private static boolean headersTooLarge(Throwable cause) {
    return cause instanceof IllegalArgumentException
        && cause.getMessage() != null
        && cause.getMessage().toLowerCase(Locale.ROOT).contains("too large");
  }
}
