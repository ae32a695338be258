package org.spinup4j.utils.logx;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where a run writes its files: Spinning Up's {@code setup_logger_kwargs}. */
public final class RunDirs {
  /** Used when no data directory is given: {@code data/} under the working directory. */
  public static final Path DEFAULT_DATA_DIR = Path.of("data");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

  private RunDirs() {}

  /**
   * Spinning Up's setup_logger_kwargs: dataDir/expName/expName_s&lt;seed&gt;, or with datestamp
   * dataDir/YYYY-MM-DD_expName/YYYY-MM-DD_HH-MM-SS-expName_s&lt;seed&gt;, in local time.
   *
   * @param dataDir the parent of all experiments; null means {@link #DEFAULT_DATA_DIR}
   * @throws IllegalArgumentException if {@code expName} is not a plain folder name
   */
  public static Path outputDir(String expName, long seed, Path dataDir, boolean datestamp) {
    return outputDir(expName, seed, dataDir, datestamp, Clock.systemDefaultZone());
  }

  /** As {@link #outputDir(String, long, Path, boolean)}, reading the time from {@code clock}. */
  public static Path outputDir(
      String expName, long seed, Path dataDir, boolean datestamp, Clock clock) {
    if (expName.isEmpty() || expName.contains("/") || expName.contains("\\")
        || expName.equals(".") || expName.equals("..")) {
      // The name is one folder under the data directory; a path would put runs outside it.
      throw new IllegalArgumentException("exp_name must be a plain name without '/', got '"
          + expName + "'; data_dir chooses where runs go");
    }
    Path base = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
    String run = expName + "_s" + seed;
    if (!datestamp) {
      return base.resolve(expName).resolve(run);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    // Both stamps come from one reading of the clock, so a run started just before midnight
    // does not land in the next day's folder.
    return base.resolve(DAY.format(now) + "_" + expName).resolve(SECOND.format(now) + "-" + run);
  }
}
