package org.hrcg.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.hrcg.model.store.IncompleteLoadException;
import org.hrcg.model.store.RemoteStoreException;
import org.junit.jupiter.api.Test;

/** What {@code ingest} prints of a load in steps: its steps, and where a failed one stopped. */
class RunOutputTest {

  private static final String G = "https://w3id.org/hrcg/graph/";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private RunOutput output(boolean terminal) {
    return new RunOutput(new PrintWriter(out, true), new PrintWriter(err, true), terminal);
  }

  @Test
  void aLoadInStepsPrintsALinePerStepWrittenAndNothingForOneStep() {
    RunOutput output = output(false);
    output.stepWritten(1, 1, List.of(G + "a"));
    output.stepWritten(1, 3, List.of(G + "a", G + "b"));

    assertThat(err.toString()).isEqualTo("wrote step 1 of 3 (2 graphs)" + System.lineSeparator());
  }

  @Test
  void anIncompleteLoadListsEveryGraphByWhereItIs() {
    IncompleteLoadException e =
        new IncompleteLoadException(
            2,
            3,
            List.of(G + "a"),
            List.of(G + "b"),
            List.of(G + "c"),
            new RemoteStoreException("the store at http://s/ds did not answer (reset)", -1, null));

    output(false).incomplete(e);

    assertThat(e)
        .hasMessage(
            "the store failed in step 2 of 3 (the store at http://s/ds did not answer (reset)): 1"
                + " of 3 graphs written, 1 in a step whose outcome is unknown, 1 not written; run"
                + " the same load again to complete it");
    assertThat(err.toString().lines())
        .containsExactly(
            "written: <" + G + "a>",
            "unknown: <"
                + G
                + "b> (in the step the store failed in: written only if it committed it)",
            "not written: <" + G + "c>",
            "run the same ingest again to complete the load: graphs already written are not sent"
                + " again");
  }
}
