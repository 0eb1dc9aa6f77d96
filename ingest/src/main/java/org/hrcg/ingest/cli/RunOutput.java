package org.hrcg.ingest.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.hrcg.ingest.Problem;
import org.hrcg.ingest.pipeline.Progress;
import org.hrcg.ingest.pipeline.Report;
import org.hrcg.model.store.IncompleteLoadException;

/**
 * How {@code ingest} and {@code validate} talk: progress while reading (a bar redrawn in place on a
 * terminal, a line a file otherwise), then the notes and problems, then one summary line. Progress,
 * notes and problems go to standard error; the summary of a run that passed goes to standard
 * output, of one that failed to standard error.
 */
final class RunOutput implements Progress {

  private static final int BAR_WIDTH = 24;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private int drawn;

  RunOutput(PrintWriter out, PrintWriter err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void fileDone(FileDone step) {
    if (!terminal) {
      err.println("read " + step.file() + " (" + count(step.fileTriples(), "triple") + ")");
      err.flush();
      return;
    }
    int filled =
        step.filesTotal() == 0 ? BAR_WIDTH : BAR_WIDTH * step.filesDone() / step.filesTotal();
    redraw(
        "["
            + "#".repeat(filled)
            + "-".repeat(BAR_WIDTH - filled)
            + "] "
            + step.filesDone()
            + "/"
            + step.filesTotal()
            + " files, "
            + count(step.triples(), "triple")
            + ", "
            + number(Math.round(step.triplesPerSecond()))
            + " triples/s");
  }

  @Override
  public void writing(int graphs, long triples) {
    if (terminal) {
      redraw("writing " + count(graphs, "graph") + " (" + count(triples, "triple") + ")...");
    }
  }

  @Override
  public void stepStarting(int step, int steps, List<String> graphs) {
    if (terminal && steps > 1) {
      redraw(
          "writing step " + step + " of " + steps + " (" + count(graphs.size(), "graph") + ")...");
    }
  }

  @Override
  public void stepWritten(int step, int steps, List<String> graphs) {
    if (!terminal && steps > 1) {
      err.println(
          "wrote step " + step + " of " + steps + " (" + count(graphs.size(), "graph") + ")");
      err.flush();
    }
  }

  /** After the error line of a load that stopped midway: which graphs the store holds. */
  void incomplete(IncompleteLoadException e) {
    e.written().forEach(graph -> err.println("written: <" + graph + ">"));
    e.inFlight()
        .forEach(
            graph ->
                err.println(
                    "unknown: <"
                        + graph
                        + "> (in the step the store failed in: written only if it committed it)"));
    e.notWritten().forEach(graph -> err.println("not written: <" + graph + ">"));
    err.println(
        "run the same ingest again to complete the load: graphs already written are not sent"
            + " again");
    err.flush();
  }

  /** Clears the progress bar, then prints the notes and problems. */
  void problems(Report report) {
    clear();
    report.notes().forEach(note -> err.println("note: " + note));
    for (Problem problem : report.problems()) {
      err.println(problem);
    }
    err.flush();
  }

  /** The summary of {@code ingest}. */
  void loaded(Report report) {
    if (report.written()) {
      out.println(
          "loaded "
              + count(
                  report.added().size() + report.replaced().size() + report.resumed().size(),
                  "graph")
              + " ("
              + report.added().size()
              + " added, "
              + report.replaced().size()
              + " replaced"
              + (report.resumed().isEmpty()
                  ? ""
                  : ", " + report.resumed().size() + " written by an earlier run of this load")
              + "), "
              + count(report.triples(), "triple")
              + ", "
              + count(report.warnings(), "warning")
              + ", in "
              + seconds(report.elapsed())
              + (report.requests() > 1 ? " (" + report.requests() + " requests)" : ""));
    } else if (report.passed()) {
      out.println(
          "nothing to load: no case study in the input, "
              + count(report.warnings(), "warning")
              + ", in "
              + seconds(report.elapsed()));
    } else {
      err.println("nothing loaded: " + failures(report) + ", in " + seconds(report.elapsed()));
    }
  }

  /** The summary of {@code validate}. */
  void validated(Report report) {
    if (report.passed()) {
      out.println(
          "valid: "
              + count(report.files().size(), "file")
              + ", "
              + count(report.graphs().size(), "graph")
              + ", "
              + count(report.triples(), "triple")
              + ", "
              + count(report.warnings(), "warning")
              + ", in "
              + seconds(report.elapsed()));
    } else {
      err.println("invalid: " + failures(report) + ", in " + seconds(report.elapsed()));
    }
  }

  private static String failures(Report report) {
    String text =
        count(report.errors(), "error")
            + ", "
            + count(report.warnings(), "warning")
            + " in "
            + count(report.files().size(), "file");
    return report.strict() && report.errors() == 0 ? text + " (warnings fail with --strict)" : text;
  }

  private void redraw(String line) {
    err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
    err.flush();
    drawn = line.length();
  }

  /** Removes the progress bar, if one is drawn. */
  void clear() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
      drawn = 0;
    }
  }

  static String count(long n, String noun) {
    return number(n) + " " + noun + (n == 1 ? "" : "s");
  }

  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String seconds(Duration elapsed) {
    return String.format(Locale.ROOT, "%.1f s", elapsed.toNanos() / 1e9);
  }
}
