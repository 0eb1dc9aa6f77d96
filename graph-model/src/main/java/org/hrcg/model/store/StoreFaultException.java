package org.hrcg.model.store;

import java.util.Objects;

/**
 * The store's directory refused a write or cannot be opened: the message is the fault's one line
 * for the operator ({@link StoreFault#message()}). A write that throws this wrote nothing.
 */
public class StoreFaultException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient StoreFault fault;

  /**
   * @param fault what is wrong, and where
   * @param cause the failure that showed it, or null
   */
  public StoreFaultException(StoreFault fault, Throwable cause) {
    super(Objects.requireNonNull(fault, "fault").message(), cause);
    this.fault = fault;
  }

  /** What is wrong, and where. */
  public StoreFault fault() {
    return fault;
  }
}
