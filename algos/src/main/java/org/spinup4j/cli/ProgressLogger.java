package org.spinup4j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * An EpochLogger that ends each epoch's table with one progress line: epoch, steps, the latest
 * return, and an estimate of the time left. One line per epoch, so a log file stays readable.
 */
final class ProgressLogger extends EpochLogger {
  private final PrintStream out;
  private final int epochs;
  private int done;

  /** A logger for a new run ({@code resumeRows} -1) or a resumed one (its rows so far). */
  ProgressLogger(Path outputDir, PrintStream out, int epochs, int resumeRows) {
    super(outputDir, out, resumeRows);
    this.out = out;
    this.epochs = epochs;
    this.done = Math.max(0, resumeRows);
  }

  @Override
  protected void afterDump(Map<String, Object> row) {
    done++;
    out.println(line(row, done, epochs));
    out.flush();
  }

  /** "epoch 3/50 | 12000 steps | AverageEpRet 25.3 | 0.41 s/epoch | 19 s left". */
  static String line(Map<String, ?> row, int done, int epochs) {
    double time = number(row.get("Time"));
    String perf = row.containsKey("AverageTestEpRet") ? "AverageTestEpRet" : "AverageEpRet";
    double secondsPerEpoch = time / done;
    return String.format("epoch %d/%d | %s steps | %s %.4g | %.3g s/epoch | %s left", done, epochs,
        row.get("TotalEnvInteracts"), perf, number(row.get(perf)), secondsPerEpoch,
        duration(secondsPerEpoch * (epochs - done)));
  }

  private static double number(Object v) {
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format("%dm%02ds", s / 60, s % 60);
    }
    return String.format("%dh%02dm", s / 3600, (s % 3600) / 60);
  }
}
