package org.spinup4j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * An EpochLogger that ends each epoch's table with one progress line: epoch, steps, the latest
 * return, and an estimate of the time left. One line per epoch, so a log file stays readable.
 * On a terminal ({@link StatusLine}) it also keeps a status line inside long epochs: steps done,
 * steps per second, and the time left in the epoch; never in a file.
 */
final class ProgressLogger extends EpochLogger {
  /** The status line is redrawn at most this often. */
  private static final long REDRAW_NANOS = 500_000_000L;

  private final PrintStream out;
  private final int epochs;
  private int done;
  /** Inside an epoch, on a terminal: the status line, the epoch's length and its progress. */
  private final StatusLine status;
  private final int stepsPerEpoch;
  private int stepsInEpoch;
  private long epochStart = System.nanoTime();
  private long lastDrawn = System.nanoTime();

  /** A logger for a new run ({@code resumeRows} -1) or a resumed one (its rows so far). */
  ProgressLogger(Path outputDir, PrintStream out, int epochs, int resumeRows) {
    this(outputDir, out, epochs, resumeRows, null, 0);
  }

  /**
   * As above, with a status line inside epochs of {@code stepsPerEpoch} steps on {@code status}
   * (null for none), to which {@code out} must also write.
   */
  ProgressLogger(Path outputDir, PrintStream out, int epochs, int resumeRows, StatusLine status,
      int stepsPerEpoch) {
    super(outputDir, out, resumeRows);
    this.out = out;
    this.epochs = epochs;
    this.done = Math.max(0, resumeRows);
    this.status = status;
    this.stepsPerEpoch = stepsPerEpoch;
  }

  @Override
  public void stepTaken() {
    if (status == null) {
      return;
    }
    stepsInEpoch++;
    long now = System.nanoTime();
    if (now - lastDrawn >= REDRAW_NANOS && stepsInEpoch < stepsPerEpoch) {
      lastDrawn = now;
      status.show(statusText(done + 1, epochs, stepsInEpoch, stepsPerEpoch,
          (now - epochStart) / 1e9));
    }
  }

  /** "epoch 4/50: 2400/4000 steps | 812 steps/s | 2 s left in this epoch". */
  static String statusText(int epoch, int epochs, int steps, int stepsPerEpoch, double seconds) {
    double rate = steps / Math.max(seconds, 1e-9);
    return String.format("epoch %d/%d: %d/%d steps | %.0f steps/s | %s left in this epoch", epoch,
        epochs, steps, stepsPerEpoch, rate, duration((stepsPerEpoch - steps) / rate));
  }

  @Override
  protected void afterDump(Map<String, Object> row) {
    done++;
    out.println(line(row, done, epochs));
    out.flush();
    stepsInEpoch = 0;
    epochStart = System.nanoTime();
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
