package org.spinup4j.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.spinup4j.utils.grid.Launcher;
import org.spinup4j.utils.logx.ConfigJson;

/**
 * Launches each experiment of a grid in a fresh JVM, as Spinning Up uses a fresh subprocess: no
 * state leaks from one experiment to the next, and several can run at once (DJL allows one
 * gradient recorder per JVM). The child runs the hidden {@code _experiment} command.
 *
 * <p>When experiments run in parallel their output goes to {@code stdout.txt} in each run
 * directory, and this process prints one progress line per finished epoch instead.
 *
 * <p>A signal to this process (Ctrl-C reaches the children too; a {@code kill} of this process
 * alone does not) is passed on to the running children as SIGTERM: each stops after its save in
 * progress, and this process waits for them, then says how to resume the runs and the grid.
 */
public final class ExperimentProcess implements Launcher {
  private static final Gson GSON =
      new GsonBuilder().setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create();

  private final String algo;
  private final boolean parallel;
  private final PrintStream out;
  private final boolean resumable;
  /** The experiments that stopped because training diverged. */
  private final List<String> diverged = Collections.synchronizedList(new ArrayList<>());
  /** The children now running, by run directory. */
  private final Map<Path, Process> running = new ConcurrentHashMap<>();
  /** Set by a signal: no child starts after it. Guarded by {@code running}. */
  private boolean stopping;
  private final Thread onSignal = new Thread(this::stopChildren, "grid-stop-on-signal");

  /**
   * @param resumable whether the grid's command can be rerun with --resume (not with
   *     --datestamp, whose every start names new directories)
   */
  ExperimentProcess(String algo, boolean parallel, boolean resumable, PrintStream out) {
    this.algo = algo;
    this.parallel = parallel;
    this.resumable = resumable;
    this.out = out;
  }

  /** Runs the grid, stopping its children cleanly if this process is told to stop. */
  void runGrid(java.util.function.Consumer<Launcher> grid) {
    Runtime.getRuntime().addShutdownHook(onSignal);
    try {
      grid.accept(this);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException stopping) {
        // a signal arrived: the hook is stopping the children
      }
    }
  }

  /**
   * SIGTERM to each running child, which then stops as a run stops on a signal (after any save
   * in progress, printing how to resume into its output); waits for them, then says how to
   * resume each run and the whole grid.
   */
  private void stopChildren() {
    synchronized (running) {
      stopping = true;
      running.values().forEach(Process::destroy);
    }
    List<String> resumes = new ArrayList<>();
    running.forEach((dir, child) -> {
      try {
        child.waitFor(120, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      resumes.add("  " + Resume.command(algo, dir, Map.of()));
    });
    synchronized (out) {
      if (parallel && !resumes.isEmpty()) {
        out.println("Stopped the runs in progress; resume each with:");
        resumes.forEach(out::println);
      }
      if (resumable) {
        out.println("To resume the whole grid (the runs not yet started then start), run the "
            + "command that started it again with --resume added.");
      }
      out.flush();
    }
  }

  /** The experiments of the grid that diverged, in the order they stopped. */
  List<String> diverged() {
    return List.copyOf(diverged);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void launch(String expName, Map<String, Object> kwargs) throws Exception {
    Path outputDir = Path.of(String.valueOf(
        ((Map<String, Object>) kwargs.get("logger_kwargs")).get("output_dir")));
    Path spec = Files.createTempFile("spinup4j-experiment-", ".json");
    try {
      Files.writeString(spec, ConfigJson.pretty(kwargs));
      ProcessBuilder pb = new ProcessBuilder(command(spec));
      if (parallel) {
        Files.createDirectories(outputDir);
        File log = outputDir.resolve("stdout.txt").toFile();
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
      } else {
        pb.inheritIO();
      }
      Process child;
      synchronized (running) {
        if (stopping) {
          awaitHalt();
        }
        child = pb.start();
        running.put(outputDir, child);
      }
      int code;
      try {
        code = parallel ? watch(child, expName, outputDir, kwargs) : child.waitFor();
      } finally {
        running.remove(outputDir);
      }
      if (code == Main.DIVERGED) {
        // One diverging variant of a sweep is a result, not a reason to drop the others.
        diverged.add(expName);
        synchronized (out) {
          out.println("experiment " + expName + " diverged" + (parallel ? " (see "
              + outputDir.resolve("stdout.txt") + ")" : "") + "; the grid goes on");
        }
        return;
      }
      if (code != 0 && stoppedBySignal()) {
        awaitHalt();
      }
      if (code != 0) {
        throw new IllegalStateException("experiment " + expName + " failed (exit code " + code
            + ")" + (parallel ? "; its output is in " + outputDir.resolve("stdout.txt") : ""));
      }
    } finally {
      Files.deleteIfExists(spec);
    }
  }

  /**
   * This process is stopping on a signal, and its shutdown hook is seeing the children out: the
   * grid must neither start another run nor report the stopped one as failed, so the calling
   * thread waits for the JVM to halt when the hook is done.
   */
  private static void awaitHalt() throws InterruptedException {
    Thread.sleep(Long.MAX_VALUE);
  }

  private boolean stoppedBySignal() {
    synchronized (running) {
      return stopping;
    }
  }

  private List<String> command(Path spec) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.add(ExperimentCommand.NAME);
    cmd.add(algo);
    cmd.add(spec.toString());
    return cmd;
  }

  /** This JVM's options (heap, collector, system properties), so children run as it does. */
  public static List<String> jvmOptions() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent"))
        .toList();
  }

  /** Waits for the child, printing a progress line whenever its progress.txt gains a row. */
  private int watch(Process child, String expName, Path outputDir, Map<String, Object> kwargs)
      throws InterruptedException {
    Path progress = outputDir.resolve("progress.txt");
    Object epochs = kwargs.getOrDefault("epochs", "?");
    // The header, and the rows of a resumed run, are not news.
    int seen = Math.max(1, readLines(progress).size());
    boolean running = true;
    while (running) {
      running = !child.waitFor(2, TimeUnit.SECONDS);
      List<String> lines = readLines(progress);
      seen = Math.min(seen, Math.max(1, lines.size())); // a resume cut a killed epoch's row
      for (int row = seen; row < lines.size(); row++) {
        synchronized (out) {
          out.println("[" + outputDir.getFileName() + "] "
              + ProgressLogger.line(parse(lines.get(0), lines.get(row)), row, epochsOf(epochs)));
        }
      }
      seen = Math.max(seen, lines.size());
    }
    return child.exitValue();
  }

  private static int epochsOf(Object epochs) {
    return epochs instanceof Number n ? n.intValue() : 0;
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static Map<String, Object> parse(String header, String row) {
    String[] keys = header.split("\t");
    String[] values = row.split("\t", -1);
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keys.length && i < values.length; i++) {
      try {
        map.put(keys[i], Double.parseDouble(values[i]));
      } catch (NumberFormatException e) {
        map.put(keys[i], values[i]);
      }
    }
    Object steps = map.get("TotalEnvInteracts");
    if (steps instanceof Double d) {
      map.put("TotalEnvInteracts", d.longValue());
    }
    return map;
  }

  /** Reads an experiment spec written by {@link #launch}. */
  static Map<String, Object> readSpec(Path spec) throws IOException {
    return GSON.fromJson(Files.readString(spec), new TypeToken<Map<String, Object>>() {}.getType());
  }
}
