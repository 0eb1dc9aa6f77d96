package org.hrcg.ingest.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of a Fuseki process that kills the process in the middle of a
 * request: once {@link #arm(long) armed}, when a connection has carried that many bytes from the
 * client to the server (on any connection, counted from the arming), the server is killed (SIGKILL)
 * before the rest is forwarded. So a test can place a kill inside one request, not before or after
 * it, whatever the machine's speed.
 */
final class KillingProxy implements AutoCloseable {

  private final FusekiProcess fuseki;
  private final int target;
  private final ServerSocket listener;
  private final AtomicLong threshold = new AtomicLong(-1);
  private final AtomicLong sinceArmed = new AtomicLong();
  private final AtomicBoolean killed = new AtomicBoolean();
  private final Thread acceptor;

  KillingProxy(FusekiProcess fuseki) {
    this.fuseki = fuseki;
    this.target = URI.create(fuseki.url()).getPort();
    try {
      this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.acceptor = new Thread(this::accept, "killing-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The dataset's URL through the proxy. */
  String url() {
    return fuseki.url().replace(":" + target + "/", ":" + listener.getLocalPort() + "/");
  }

  /** Kills the server when a connection has sent this many bytes from now on. */
  void arm(long bytes) {
    sinceArmed.set(0);
    threshold.set(bytes);
  }

  /** Whether the proxy killed the server. */
  boolean killed() {
    return killed.get();
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
        start(() -> pump(client, server, true));
        start(() -> pump(server, client, false));
      } catch (IOException e) {
        // Closed, or the server is down: the client's connection fails, as it would directly.
      }
    }
  }

  private void pump(Socket from, Socket to, boolean upstream) {
    byte[] buffer = new byte[8192];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        long limit = threshold.get();
        if (upstream && limit >= 0 && sinceArmed.addAndGet(n) >= limit) {
          threshold.set(-1);
          // Said before it is done: the client may see the broken connection first.
          killed.set(true);
          fuseki.kill();
          break;
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // One side closed: close the other below.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void start(Runnable pump) {
    Thread thread = new Thread(pump, "killing-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }
}
