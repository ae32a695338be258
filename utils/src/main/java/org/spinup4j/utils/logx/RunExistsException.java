package org.spinup4j.utils.logx;

import java.nio.file.Path;

/**
 * Thrown when a logger is pointed at a directory that already holds a run. Spinning Up only
 * warned and appended to the old files; we refuse, so that results are never mixed or lost.
 */
public class RunExistsException extends IllegalStateException {
  private final Path outputDir;

  public RunExistsException(Path outputDir) {
    super(
        "Output directory "
            + outputDir
            + " already holds a run (progress.txt); choose a different --exp_name or add"
            + " --datestamp");
    this.outputDir = outputDir;
  }

  /** The directory that already holds a run. */
  public Path outputDir() {
    return outputDir;
  }
}
