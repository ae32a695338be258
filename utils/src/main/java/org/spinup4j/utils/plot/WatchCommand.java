package org.spinup4j.utils.plot;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code watch LOGDIR...}: {@code plot}, redrawn as the runs write epochs. With a display it
 * keeps one window per {@code --value} and redraws it in place; without one it rewrites the
 * figure files, each in one atomic step (a viewer never sees half a PNG), whenever a run has
 * written a new epoch. Runs that have not started yet are waited for, and a last row still being
 * written is left for the next look.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Plot learning curves as the runs train: the selection, legend and figure options of plot,"
          + " redrawn whenever a progress.txt gains an epoch. With a display, one window per"
          + " --value; without one (or with --no_window), the figure files rewritten in place"
          + " (--savedir, default: the common parent of the runs). Stops when the windows are"
          + " closed, at Ctrl-C, or with --until_done when every run has written all its epochs.",
      ""
    },
    footer = {
      "",
      "Example: ./run.sh watch data/ppo_cartpole --interval 2",
    })
public final class WatchCommand implements java.util.concurrent.Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** The runs to draw and how: the options plot and watch share. */
  @picocli.CommandLine.Mixin FigureOptions figure;

  @Option(
      names = "--interval",
      defaultValue = "5",
      paramLabel = "SECONDS",
      description = "How often to look for new epochs (default: ${DEFAULT-VALUE}).")
  double interval;

  @Option(
      names = "--until_done",
      description = "Stop when every run has written the epochs its config.json asks for.")
  boolean untilDone;

  @Option(names = "--no_window", description = "Write the figure files even with a display.")
  boolean noWindow;

  private final List<JFrame> frames = new ArrayList<>();
  private final AtomicInteger openWindows = new AtomicInteger();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (!(interval > 0)) {
        throw new IllegalArgumentException("--interval must be above 0 seconds, got " + interval);
      }
      figure.checkOptions();
      watch(out);
      return 0;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      out.flush();
      err.println("watch: " + e.getMessage());
      err.flush();
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  private void watch(PrintWriter out) throws InterruptedException {
    boolean windows = !noWindow && !GraphicsEnvironment.isHeadless();
    String lastLook = null;
    String waitingFor = null;
    while (true) {
      FigureOptions.Figures f;
      try {
        f = figure.figures();
      } catch (IllegalArgumentException notYet) {
        // Nothing to draw yet (no directory, no row): say so once, and look again.
        if (!notYet.getMessage().equals(waitingFor)) {
          waitingFor = notYet.getMessage();
          out.println("Waiting for runs: " + waitingFor);
          out.flush();
        }
        Thread.sleep((long) (interval * 1000));
        continue;
      }
      waitingFor = null;
      String look = epochs(f.runs());
      if (!look.equals(lastLook)) {
        lastLook = look;
        if (windows) {
          show(f.charts());
        } else {
          Path target = figure.target(f.runs());
          FigureOptions.makeFolder(target);
          List<String> written = new ArrayList<>();
          for (int i = 0; i < f.charts().size(); i++) {
            written.add(saveAtomically(f.charts().get(i), target, figure.values.get(i)).toString());
          }
          out.println("Epochs " + look + ": wrote " + String.join(", ", written));
          out.flush();
        }
      }
      if (untilDone && allDone(f.runs())) {
        out.println("Every run has written all its epochs.");
        out.flush();
        closeWindows();
        return;
      }
      if (windows && openWindows.get() == 0 && !frames.isEmpty()) {
        return; // the user closed every window
      }
      Thread.sleep((long) (interval * 1000));
    }
  }

  /** Each run's epochs so far, e.g. "ppo-0 12, ppo-1 11": what changes when one gains a row. */
  private static String epochs(List<Run> runs) {
    List<String> parts = new ArrayList<>();
    for (Run run : runs) {
      parts.add(run.runLabel() + " " + run.progress().rows().size());
    }
    return String.join(", ", parts);
  }

  /** Whether every run has as many rows as the epochs in its config.json (false without one). */
  static boolean allDone(List<Run> runs) {
    for (Run run : runs) {
      Path config = run.progress().file().resolveSibling("config.json");
      Integer epochs = configEpochs(config);
      if (epochs == null || run.progress().rows().size() < epochs) {
        return false;
      }
    }
    return true;
  }

  private static Integer configEpochs(Path config) {
    try {
      var json = com.google.gson.JsonParser.parseString(
          Files.readString(config, StandardCharsets.UTF_8)).getAsJsonObject();
      return json.has("epochs") ? json.get("epochs").getAsInt() : null;
    } catch (IOException | RuntimeException e) {
      return null; // not written yet, or being written: not done
    }
  }

  /** Writes beside the target under a temporary name, then renames over the old figure. */
  private Path saveAtomically(XYChart chart, Path dir, String value) {
    Path tmp = dir.resolve(".watch-" + ProcessHandle.current().pid());
    Path written = Plot.save(chart, tmp, value, figure.format);
    Path file = dir.resolve(written.getFileName());
    try {
      try {
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    return file;
  }

  /** Opens one window per figure the first time, then swaps in the new charts. */
  private void show(List<XYChart> charts) {
    SwingUtilities.invokeLater(() -> {
      for (int i = 0; i < charts.size(); i++) {
        if (i >= frames.size()) {
          JFrame frame = new JFrame("watch: " + charts.get(i).getYAxisTitle());
          frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
          frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
              openWindows.decrementAndGet();
            }
          });
          frames.add(frame);
          openWindows.incrementAndGet();
          frame.add(new XChartPanel<>(charts.get(i)));
          frame.pack();
          frame.setVisible(true);
        } else {
          JFrame frame = frames.get(i);
          frame.getContentPane().removeAll();
          frame.add(new XChartPanel<>(charts.get(i)));
          frame.revalidate();
          frame.repaint();
        }
      }
    });
  }

  private void closeWindows() {
    SwingUtilities.invokeLater(() -> frames.forEach(JFrame::dispose));
  }
}
