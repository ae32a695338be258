package org.spinup4j.utils.logx;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Logger} that also gathers values during an epoch and logs their statistics at its end,
 * as Spinning Up's {@code EpochLogger}:
 *
 * <pre>{@code
 * logger.store("EpRet", epRet);                  // many times per epoch
 * logger.logTabular("EpRet", true, false);       // AverageEpRet, StdEpRet, MaxEpRet, MinEpRet
 * logger.logTabular("LossPi", false, true);      // LossPi: the average alone
 * logger.dumpTabular();
 * }</pre>
 */
public class EpochLogger extends Logger {
  private final Map<String, Values> epoch = new HashMap<>();

  /** An epoch logger writing to {@code outputDir} and printing to {@code System.out}. */
  public EpochLogger(Path outputDir) {
    super(outputDir);
  }

  /** See {@link Logger#Logger(Path, PrintStream)}. */
  public EpochLogger(Path outputDir, PrintStream console) {
    super(outputDir, console);
  }

  /** See {@link Logger#Logger(Path, PrintStream, int)}. */
  public EpochLogger(Path outputDir, PrintStream console, int resumeRows) {
    super(outputDir, console, resumeRows);
  }

  /**
   * One environment step of training was taken. Nothing here; a logger that shows progress
   * inside an epoch (the command line's, on a terminal) counts them.
   */
  public void stepTaken() {}

  /** Adds {@code values} to what this epoch has stored under {@code key}. */
  public void store(String key, double... values) {
    epoch.computeIfAbsent(key, k -> new Values()).addAll(values);
  }

  /**
   * Logs the statistics of the values stored under {@code key} since it was last logged, then
   * forgets them. Writes {@code Average<key>} and {@code Std<key>} (population standard deviation),
   * or with {@code averageOnly} the average alone under {@code <key>}; with {@code withMinAndMax}
   * it adds {@code Max<key>} and {@code Min<key>}, in that order.
   *
   * <p>A key with nothing stored logs NaN averages (and infinite extremes), where the reference
   * would crash on a key it never saw: a short test run in which, say, no update happened yet
   * still produces its table.
   */
  public void logTabular(String key, boolean withMinAndMax, boolean averageOnly) {
    Stats s = stats(key);
    refuseDivergedLoss(key, s);
    logTabular(averageOnly ? key : "Average" + key, s.mean());
    if (!averageOnly) {
      logTabular("Std" + key, s.std());
    }
    if (withMinAndMax) {
      logTabular("Max" + key, s.max());
      logTabular("Min" + key, s.min());
    }
    // Empty the key's array rather than drop it: a new one per epoch would be garbage that lived
    // a whole epoch, long enough for the collector to move it to the old generation, whose pages a
    // long off-policy run then touched one after another (docs/benchmarks.md, "Memory").
    Values v = epoch.get(key);
    if (v != null) {
      v.size = 0;
    }
  }

  /**
   * A loss (a {@code Loss...} key, or {@code KL}) whose stored values are NaN or infinite means
   * the run has diverged: every later row would be noise. The run stops here, naming the epoch
   * and the quantity; the epoch's row is never written, so progress.txt keeps its complete rows.
   * A loss with nothing stored (no update yet) is not a divergence: it logs NaN, as above.
   */
  private void refuseDivergedLoss(String key, Stats s) {
    boolean loss = key.startsWith("Loss") || key.equals("KL");
    if (loss && s.count() > 0 && !Double.isFinite(s.mean())) {
      throw DivergedException.at(rowsWritten(), key + " is " + PyFormat.str(s.mean()),
          outputDir());
    }
  }

  /** The statistics of what is stored under {@code key} so far this epoch; stores nothing. */
  public Stats stats(String key) {
    Values v = epoch.get(key);
    return v == null ? Stats.of(new double[0], 0) : Stats.of(v.data, v.size);
  }

  /**
   * A growable array of doubles: store() is called every environment step, and an off-policy
   * update stores its whole minibatch of Q values (400,000 numbers an epoch).
   */
  private static final class Values {
    double[] data = new double[16];
    int size;

    void addAll(double[] values) {
      if (size + values.length > data.length) {
        data = Arrays.copyOf(data, Math.max(2 * data.length, size + values.length));
      }
      System.arraycopy(values, 0, data, size, values.length);
      size += values.length;
    }
  }
}
