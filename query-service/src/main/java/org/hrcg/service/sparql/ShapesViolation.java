package org.hrcg.service.sparql;

import java.util.Objects;
import org.apache.jena.shacl.ValidationReport;

/** A write broke the shapes; thrown inside its transaction so that the store undoes it. */
final class ShapesViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  ShapesViolation(ValidationReport report) {
    super("the data written does not conform to the shapes", null, false, false);
    this.report = Objects.requireNonNull(report, "report");
  }

  ValidationReport report() {
    return report;
  }
}
