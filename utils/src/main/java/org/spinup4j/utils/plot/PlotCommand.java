package org.spinup4j.utils.plot;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.spinup4j.utils.logx.IoReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plot LOGDIR...}: Spinning Up's plot command. Writes one figure per {@code --value} as
 * {@code <value>.png} (or .svg) and prints where; {@code --show} also opens them in windows when
 * a display exists. Mistakes (nothing found, an unknown column, a broken file) print one line and
 * exit with code 2.
 */
@Command(
    name = "plot",
    mixinStandardHelpOptions = true,
    description = "Plot learning curves from the progress.txt files under the log directories.")
public class PlotCommand implements Callable<Integer> {
  private static final String LINE = "=".repeat(50);

  @Spec CommandSpec spec;

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

  @Option(names = "--show", description = "Also open the figures in windows if there is a display.")
  boolean show;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      List<XYChart> charts = plot(out);
      out.flush();
      if (show) {
        showAndWait(charts, out);
      }
      return 0;
    } catch (IllegalArgumentException e) {
      out.flush();
      spec.commandLine().getErr().println("plot: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 2;
    }
  }

  private List<XYChart> plot(PrintWriter out) {
    Estimator estimator = Estimator.parse(est);
    if (!format.equalsIgnoreCase("png") && !format.equalsIgnoreCase("svg")) {
      throw new IllegalArgumentException("Unknown --format '" + format + "'; use png or svg");
    }
    if (smooth < 1) {
      throw new IllegalArgumentException("--smooth must be at least 1, got " + smooth);
    }
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
          Plot.curves(runs, xaxis, value, count, smooth, estimator)));
    }
    Path target = savedir != null ? savedir : commonParent(runs);
    makeFolder(target);
    out.println("Plotting from...\n" + LINE + "\n");
    dirs.forEach(out::println);
    out.println("\n" + LINE);
    notes.forEach(out::println);
    for (int i = 0; i < values.size(); i++) {
      out.println("Wrote " + Plot.save(charts.get(i), target, values.get(i), format));
    }
    return charts;
  }

  /** Makes the figures' folder before anything is printed: if it cannot be, that is the one line. */
  private static void makeFolder(Path dir) {
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

  private static void showAndWait(List<XYChart> charts, PrintWriter out) {
    if (GraphicsEnvironment.isHeadless()) {
      out.println("No display: the figures are only written to files (--show ignored).");
      return;
    }
    CountDownLatch closed = new CountDownLatch(charts.size());
    SwingUtilities.invokeLater(
        () -> {
          for (XYChart chart : charts) {
            JFrame frame = new JFrame(chart.getYAxisTitle());
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.addWindowListener(
                new java.awt.event.WindowAdapter() {
                  @Override
                  public void windowClosed(java.awt.event.WindowEvent e) {
                    closed.countDown();
                  }
                });
            frame.add(new XChartPanel<>(chart));
            frame.pack();
            frame.setVisible(true);
          }
        });
    try {
      closed.await(); // keep the program alive while a window is open
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
