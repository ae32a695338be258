package org.spinup4j.utils.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.spinup4j.utils.logx.IoReason;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of {@code plot} and {@code watch}: which runs (log directories, --select,
 * --exclude), how they are grouped and labelled, and how the figures are drawn and where they go.
 */
public final class FigureOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "LOGDIR",
      description =
          "Log directories, searched recursively for progress.txt. A path without a trailing"
              + " separator is a prefix: it matches every directory beside it that starts with it.")
  List<String> logdirs;

  @Option(
      names = {"--legend", "-l"},
      arity = "1..*",
      description = "One legend label per log directory (default: exp_name from config.json).")
  List<String> legend;

  @Option(
      names = {"--xaxis", "-x"},
      defaultValue = "TotalEnvInteracts",
      description = "Column for the x axis (default: ${DEFAULT-VALUE}).")
  String xaxis;

  @Option(
      names = {"--value", "-y"},
      arity = "1..*",
      defaultValue = Plot.PERFORMANCE,
      description =
          "Columns to plot, one figure each (default: ${DEFAULT-VALUE}: AverageTestEpRet if"
              + " logged, else AverageEpRet).")
  List<String> values;

  @Option(names = "--count", description = "One curve per run instead of one per experiment.")
  boolean count;

  @Option(
      names = {"--smooth", "-s"},
      defaultValue = "1",
      description = "Moving-average window, in epochs (default: ${DEFAULT-VALUE}: no smoothing).")
  int smooth;

  @Option(
      names = "--select",
      arity = "1..*",
      description = "Keep only log dirs whose path contains all of these.")
  List<String> select;

  @Option(
      names = "--exclude",
      arity = "1..*",
      description = "Drop log dirs whose path contains any of these.")
  List<String> exclude;

  @Option(
      names = "--est",
      defaultValue = "mean",
      description = "Curve over runs: mean, median, max or min (default: ${DEFAULT-VALUE}).")
  String est;

  @Option(
      names = "--savedir",
      description = "Where to write the figures (default: the common parent of the runs).")
  Path savedir;

  @Option(
      names = "--format",
      defaultValue = "png",
      description = "png or svg (default: ${DEFAULT-VALUE}).")
  String format;

  /** The options a figure is drawn with that can be wrong: one line if one is. */
  void checkOptions() {
    Estimator.parse(est);
    if (!format.equalsIgnoreCase("png") && !format.equalsIgnoreCase("svg")) {
      throw new IllegalArgumentException("Unknown --format '" + format + "'; use png or svg");
    }
    if (smooth < 1) {
      throw new IllegalArgumentException("--smooth must be at least 1, got " + smooth);
    }
  }

  /** The runs the options select, and one figure per --value: what plot and watch draw. */
  record Figures(List<Path> dirs, List<Run> runs, List<XYChart> charts, List<String> notes) {}

  Figures figures() {
    checkOptions();
    List<Path> dirs = LogDirs.expand(logdirs, select, exclude);
    if (dirs.isEmpty()) {
      throw new IllegalArgumentException("--select/--exclude left no log directory to plot");
    }
    // Read every run and build every curve before printing anything, so that a mistake (a
    // column no run has, a truncated file) is the one line the user sees.
    List<String> notes = new ArrayList<>();
    List<Run> runs = LogDirs.findRuns(dirs, legend, notes::add);
    List<XYChart> charts = new ArrayList<>();
    for (String value : values) {
      charts.add(Plot.chart(xaxis, value,
          Plot.curves(runs, xaxis, value, count, smooth, Estimator.parse(est))));
    }
    return new Figures(dirs, runs, charts, notes);
  }

  /** Where the figures go: --savedir, or the common parent of the runs. */
  Path target(List<Run> runs) {
    return savedir != null ? savedir : commonParent(runs);
  }

  /** Makes the figures' folder before anything is printed: if it cannot be, that is the one line. */
  static void makeFolder(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot create the folder for the figures " + dir + ": " + IoReason.of(e));
    }
    if (!Files.isWritable(dir)) {
      throw new IllegalArgumentException("cannot write the figures in " + dir + ": not writable");
    }
  }

  /** The deepest directory holding every run; for a single run, its own directory. */
  static Path commonParent(List<Run> runs) {
    Path common = null;
    for (Run run : runs) {
      Path dir = run.progress().file().toAbsolutePath().normalize().getParent();
      while (common != null && !dir.startsWith(common)) {
        common = common.getParent();
      }
      common = common == null ? dir : common;
    }
    return common;
  }

}
