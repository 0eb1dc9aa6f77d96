package org.hrcg.ingest.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP listener on the loopback address that counts every connection it accepts, whatever the
 * connection then sends, and answers each HTTP request with one fixed SPARQL JSON result: a witness
 * that the command line or the service did, or did not, reach out. In ingest's test-jar, for the
 * service's tests too.
 */
public final class LoopbackListener implements AutoCloseable {

  /** What every request gets: one row binding {@code ?remote} to {@code "from the listener"}. */
  public static final String ANSWER =
      "{ \"head\": { \"vars\": [ \"remote\" ] }, \"results\": { \"bindings\": [ { \"remote\": {"
          + " \"type\": \"literal\", \"value\": \"from the listener\" } } ] } }";

  private final ServerSocket socket;
  private final AtomicInteger accepted = new AtomicInteger();
  private final List<String> requestLines = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public LoopbackListener() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "loopback-listener");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@code http://127.0.0.1:PORT} followed by a path. */
  public String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  /** The port it listens on. */
  public int port() {
    return socket.getLocalPort();
  }

  /** The connections accepted so far. */
  public int connections() {
    return accepted.get();
  }

  /** The request lines received so far ({@code GET /path HTTP/1.1}). */
  public List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        accepted.incrementAndGet();
        Thread answer = new Thread(() -> answer(connection), "loopback-answer");
        answer.setDaemon(true);
        answer.start();
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        // keep accepting
      }
    }
  }

  private void answer(Socket connection) {
    try (connection) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
      String requestLine = in.readLine();
      if (requestLine == null) {
        return;
      }
      requestLines.add(requestLine);
      long length = 0;
      for (String header = in.readLine(); header != null && !header.isEmpty(); ) {
        if (header.toLowerCase().startsWith("content-length:")) {
          length = Long.parseLong(header.substring(header.indexOf(':') + 1).trim());
        }
        header = in.readLine();
      }
      in.skip(length);
      byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
      OutputStream out = connection.getOutputStream();
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
    } catch (IOException e) {
      // the other side went away: nothing to answer
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
