package org.spinup4j.utils.grid;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.spinup4j.utils.logx.ConfigJson;
import org.spinup4j.utils.logx.PyFormat;
import org.spinup4j.utils.logx.RunDirs;
import org.spinup4j.utils.logx.RunExistsException;

/**
 * Runs the variants of one {@link ExperimentGrid}: Spinning Up's {@code ExperimentGrid.run} and
 * {@code call_experiment}, with the same announcements before and after each run.
 */
final class GridRunner {
  private static final String LINE = "=".repeat(80);

  private final ExperimentGrid grid;
  private final Launcher launcher;
  private final Path dataDir;
  private final boolean datestamp;
  private final boolean resume;
  private final PrintStream out;

  GridRunner(ExperimentGrid grid, Launcher launcher, Path dataDir, boolean datestamp,
      boolean resume, PrintStream out) {
    this.grid = grid;
    this.launcher = launcher;
    this.dataDir = dataDir;
    this.datestamp = datestamp;
    this.resume = resume;
    this.out = out;
  }

  /** Launches every variant, up to {@code numCpu} at a time. */
  void runAll(int numCpu) {
    List<Map<String, Object>> variants = grid.variants();
    TreeSet<String> names = new TreeSet<>(variants.stream().map(grid::variantName).toList());
    out.print("\nPreparing to run the following experiments...\n\n" + String.join("\n", names)
        + "\n\n" + LINE + "\n");
    List<Runnable> jobs = new ArrayList<>();
    for (Map<String, Object> variant : variants) {
      jobs.add(() -> launchOne(variant));
    }
    if (numCpu == 1) {
      jobs.forEach(Runnable::run);
    } else {
      runInParallel(jobs, numCpu);
    }
  }

  /**
   * Fails before anything runs, rather than after hours, if a run would be overwritten (never
   * with a datestamp: each run then gets a new directory) or its directory cannot be made.
   */
  void checkRunDirectories() {
    for (Map<String, Object> variant : grid.variants()) {
      Path dir = RunDirs.outputDir(grid.variantName(variant), seedOf(variant), dataDir, false);
      if (!datestamp && !resume && Files.exists(dir.resolve("progress.txt"))) {
        throw new RunExistsException(dir);
      }
      requireCreatable(dir);
    }
  }

  /** The nearest folder of {@code dir} that exists must be a folder this process can write in. */
  private static void requireCreatable(Path dir) {
    Path existing = dir.toAbsolutePath().normalize();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    String problem = existing == null ? null
        : !Files.isDirectory(existing) ? existing + " is not a directory"
        : !Files.isWritable(existing) ? existing + " is not writable" : null;
    if (problem != null) {
      throw new IllegalArgumentException(
          "cannot create the run directory " + dir + ": " + problem + " (see --data_dir)");
    }
  }

  private static long seedOf(Map<String, Object> variant) {
    Object seed = variant.getOrDefault("seed", 0);
    if (!(seed instanceof Integer || seed instanceof Long)) {
      throw new IllegalArgumentException(
          "seed must be an integer, got '" + PyFormat.str(seed) + "'");
    }
    return ((Number) seed).longValue();
  }

  /** The run of one variant: its name, its directory and the keyword arguments it is given. */
  Launch launchOf(Map<String, Object> variant) {
    String expName = grid.variantName(variant);
    long seed = seedOf(variant);
    Map<String, Object> kwargs = new LinkedHashMap<>(variant);
    kwargs.put("seed", variant.getOrDefault("seed", 0));
    Path outputDir = RunDirs.outputDir(expName, seed, dataDir, datestamp);
    Map<String, Object> loggerKwargs = new LinkedHashMap<>();
    loggerKwargs.put("output_dir", outputDir.toString());
    loggerKwargs.put("exp_name", expName);
    kwargs.put("logger_kwargs", loggerKwargs);
    if (resume) {
      kwargs.put("resume", true);
    }
    return new Launch(expName, outputDir, kwargs);
  }

  private void launchOne(Map<String, Object> variant) {
    Launch run = launchOf(variant);
    String expName = run.expName();
    synchronized (out) {
      Map<String, Object> shown = new LinkedHashMap<>(run.kwargs());
      shown.remove("logger_kwargs");
      shown.remove("resume");
      out.print("Running experiment:\n\n" + expName + "\n\nwith kwargs:\n\n"
          + ConfigJson.pretty(shown) + "\n\n\n\n");
    }
    try {
      launcher.launch(expName, run.kwargs());
    } catch (RuntimeException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Experiment " + expName + " was interrupted", e);
    } catch (Exception e) {
      throw new IllegalStateException("Experiment " + expName + " failed: " + e.getMessage(), e);
    }
    printEnd(run.outputDir());
  }

  private void printEnd(Path outputDir) {
    String command = grid.commandName();
    synchronized (out) {
      out.print("\n".repeat(5) + LINE + "\nEnd of experiment.\n\n\n"
          + "Plot results from this run with:\n\n" + command + " plot " + outputDir + "\n\n\n"
          + "Watch the trained agent with:\n\n" + command + " test_policy " + outputDir
          + "\n\n\n" + LINE + "\n".repeat(5));
      out.flush();
    }
  }

  /**
   * Runs the jobs on {@code threads} threads. On the first failure the jobs not yet started are
   * cancelled, the running ones are awaited, and the failure is rethrown.
   */
  private static void runInParallel(List<Runnable> jobs, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
    CompletionService<Void> done = new ExecutorCompletionService<>(pool);
    List<Future<Void>> futures = new ArrayList<>();
    jobs.forEach(job -> futures.add(done.submit(job, null)));
    try {
      for (int i = 0; i < jobs.size(); i++) {
        done.take().get();
      }
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(false));
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running the grid", e);
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // Runs can take hours; keep waiting for them to finish.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
