package org.spinup4j.utils.plot;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  /** The runs to draw and how: the options plot and watch share. */
  @Mixin FigureOptions figure;

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
    FigureOptions.Figures f = figure.figures();
    List<Path> dirs = f.dirs();
    List<String> notes = f.notes();
    List<XYChart> charts = f.charts();
    Path target = figure.target(f.runs());
    FigureOptions.makeFolder(target);
    out.println("Plotting from...\n" + LINE + "\n");
    dirs.forEach(out::println);
    out.println("\n" + LINE);
    notes.forEach(out::println);
    for (int i = 0; i < figure.values.size(); i++) {
      out.println("Wrote "
          + Plot.save(charts.get(i), target, figure.values.get(i), figure.format));
    }
    return charts;
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
