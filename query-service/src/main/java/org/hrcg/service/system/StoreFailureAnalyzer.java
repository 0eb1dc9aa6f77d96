package org.hrcg.service.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says why the service could not start on its store, and what to do, in Spring Boot's "application
 * failed to start" report: a few lines instead of a stack trace (which stays at {@code DEBUG}).
 */
class StoreFailureAnalyzer extends AbstractFailureAnalyzer<StoreUnavailableException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StoreUnavailableException cause) {
    String action =
        switch (cause.fault().kind()) {
          case READ_ONLY ->
              "Give the user the service runs as write access to the store's directory (or to the"
                  + " folder it is to be created in), or set hrcg.store to a directory it may"
                  + " write. A store it may read but not write is served read-only.";
          case FULL ->
              "Make room on the disk of the store's directory (or raise the file-size limit of the"
                  + " service's process), then start the service again.";
          case UNAVAILABLE ->
              "Check that hrcg.store names a TDB2 store that the user the service runs as may"
                  + " read, and that no other process has it open.";
        };
    return new FailureAnalysis(
        cause.getMessage()
            + "\n\nThe service stops with exit status "
            + StoreUnavailableException.EXIT_CODE
            + " and does not retry.",
        action,
        cause);
  }
}
