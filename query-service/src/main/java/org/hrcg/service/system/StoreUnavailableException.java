package org.hrcg.service.system;

import org.hrcg.model.store.StoreFault;
import org.springframework.boot.ExitCodeGenerator;

/**
 * The service cannot start on its store: the directory cannot be read or created, holds no store,
 * is in use, or has no room to be set up. The service stops once, with {@link #EXIT_CODE} and the
 * message ({@link StoreFailureAnalyzer}), rather than retrying.
 */
class StoreUnavailableException extends RuntimeException implements ExitCodeGenerator {

  /**
   * The exit status: {@code EX_CONFIG} of sysexits.h, so that a supervisor can be told not to
   * restart the service (systemd: {@code RestartPreventExitStatus=78}) until an operator acts.
   */
  static final int EXIT_CODE = 78;

  private static final long serialVersionUID = 1L;

  private final transient StoreFault fault;

  StoreUnavailableException(StoreFault fault, String message, Throwable cause) {
    super(message, cause);
    this.fault = fault;
  }

  /** What is wrong with the store's directory. */
  StoreFault fault() {
    return fault;
  }

  @Override
  public int getExitCode() {
    return EXIT_CODE;
  }
}
