package org.hrcg.model.store;

/**
 * A remote store could not be reached, refused a request or answered it with an error. The message
 * names the store by its URL and says what happened; it never holds credentials.
 */
public class RemoteStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param message what happened, naming the store
   * @param status the HTTP status the store answered with, or -1 if it did not answer
   * @param cause the underlying failure
   */
  public RemoteStoreException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status the store answered with, or -1 if it did not answer. */
  public int status() {
    return status;
  }

  /** Whether the store never answered: refused the connection, unknown host, timed out. */
  public boolean unreachable() {
    return status < 0;
  }
}
