package org.spinup4j.utils.logx;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Training diverged: a loss or a network's weights became NaN or infinite. The message is one line
 * naming the epoch, the quantity, and what the run directory kept.
 */
public final class DivergedException extends IllegalStateException {
  private final String what;
  private final boolean located;

  private DivergedException(String message, String what, boolean located) {
    super(message);
    this.what = what;
    this.located = located;
  }

  /** {@code what} went wrong where the epoch is not known (while acting, say). */
  public DivergedException(String what) {
    this(what + ", so training diverged", what, false);
  }

  /**
   * {@code what} went wrong in the epoch after the {@code rowsWritten} complete rows of the run in
   * {@code runDir}.
   */
  public static DivergedException at(int rowsWritten, String what, Path runDir) {
    Path models = runDir.resolve("pyt_save");
    String kept = Files.exists(models.resolve("model.json"))
        ? models + " holds the last model saved with finite weights"
        : "no model was saved before it";
    return new DivergedException(what + " in epoch " + (rowsWritten + 1) + " of the run, so"
        + " training diverged (a smaller learning rate may help); progress.txt keeps the "
        + rowsWritten + " complete rows before it and " + kept, what, true);
  }

  /** This divergence, placed after the {@code rowsWritten} rows of the run in {@code runDir}. */
  public DivergedException at(int rowsWritten, Path runDir) {
    return located ? this : at(rowsWritten, what, runDir);
  }
}
