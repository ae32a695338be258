package org.spinup4j.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.spinup4j.utils.grid.GridArgs;
import org.spinup4j.utils.grid.Launch;
import org.spinup4j.utils.logx.ConfigJson;
import org.spinup4j.utils.logx.RunDirs;
import org.spinup4j.utils.logx.SyncedFile;

/**
 * Submits a grid to Slurm as one job array ({@code --launcher slurm}): one array task per run
 * (variant and seed). Task i runs {@code run.sh _experiment ALGO task-i.json}, the command a local
 * launch of the grid runs in its child JVM, with the same keyword arguments, into the same run
 * directory; so results, resume and {@code plot} work as for a local grid.
 *
 * <p>The script, one spec per task and Slurm's own logs go to {@code DATA_DIR/slurm/NAME_TIME/};
 * each run's output goes to {@code stdout.txt} in its directory, as in a parallel local grid.
 * Each task asks for as many CPUs as the run's {@code --threads} (or {@code --env_threads}, if
 * more), and one GPU ({@code --gres=gpu:1}) if a run is on {@code --device gpu} and {@code
 * --slurm_opts} asks for none; {@code --cpu N} above 1 caps how many tasks run at once
 * ({@code --array=0-K%N}).
 * docs/user-guide/slurm.md shows a script.
 */
final class SlurmGrid {
  private final Path sbatch;
  private final Path runScript;
  private final PrintStream out;

  SlurmGrid(Path sbatch, Path runScript, PrintStream out) {
    this.sbatch = sbatch;
    this.runScript = runScript;
    this.out = out;
  }

  /**
   * The sbatch on {@code path} (a PATH value) and the run.sh that started this process ({@code
   * runScript}, from run.sh's {@code SPINUP4J_RUN_SH}), or a one-line refusal naming what is
   * missing.
   */
  static SlurmGrid find(String path, String runScript, PrintStream out) {
    Path sbatch = Stream.of((path == null ? "" : path).split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, "sbatch"))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("--launcher slurm: sbatch is not on the "
            + "PATH; run the grid on a Slurm login node (Debian: apt-get install slurm-client), "
            + "or use --launcher local"));
    if (runScript == null || runScript.isEmpty()) {
      throw new IllegalArgumentException("--launcher slurm: start the grid with run.sh, whose "
          + "path the array tasks run");
    }
    return new SlurmGrid(sbatch, Path.of(runScript).toAbsolutePath(), out);
  }

  /** Writes the job array's folder, submits it with sbatch and prints where to follow it. */
  void submit(String algo, GridArgs args, List<Launch> runs) throws IOException,
      InterruptedException {
    Path dataDir = args.dataDir() == null ? RunDirs.DEFAULT_DATA_DIR : args.dataDir();
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss"));
    Path folder = dataDir.resolve("slurm").resolve(args.expName() + "_" + stamp);
    if (Files.exists(folder)) {
      throw new IllegalArgumentException(folder + " exists already; submit again in a second");
    }
    int cpus = runs.stream().mapToInt(r -> Math.max(Experiment.threads(r.kwargs()),
        Experiment.envThreads(r.kwargs()))).max().orElse(1);
    int atOnce = args.numCpu() > 1 ? args.numCpu() : 0;
    // A run on --device gpu needs a GPU on its node; --slurm_opts may ask for it otherwise.
    boolean gpu = runs.stream().anyMatch(r -> Experiment.device(r.kwargs()).equals("gpu"))
        && !args.slurmOpts().contains("--gres") && !args.slurmOpts().contains("--gpus");
    try {
      Files.createDirectories(folder);
      for (int i = 0; i < runs.size(); i++) {
        SyncedFile.write(folder.resolve("task-" + i + ".json"),
            ConfigJson.pretty(runs.get(i).kwargs()).getBytes(StandardCharsets.UTF_8));
      }
      Path script = folder.resolve("grid.sbatch");
      SyncedFile.write(script, script(algo, args.expName(), runs, folder, cpus, gpu,
          atOnce, Path.of("").toAbsolutePath(), runScript).getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      deleteQuietly(folder);
      throw e;
    }

    List<String> command = new ArrayList<>(List.of(sbatch.toString(), "--parsable"));
    command.addAll(options(args.slurmOpts()));
    command.add(folder.resolve("grid.sbatch").toString());
    boolean waits = command.contains("--wait") || command.contains("-W");
    out.println("Submitting " + runs.size() + " runs to Slurm as one job array"
        + (waits ? " and waiting for it (--wait)" : "") + "...");
    out.flush();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    int code = p.waitFor();
    String jobId = lines.stream().filter(l -> l.matches("\\d+(;\\S+)?")).findFirst()
        .map(l -> l.split(";")[0]).orElse(null);
    if (jobId == null) {
      deleteQuietly(folder); // nothing was submitted: leave nothing behind
      throw new IllegalStateException("sbatch refused the job array: "
          + (lines.isEmpty() ? "exit code " + code : String.join(" ", lines)));
    }
    out.println("Submitted Slurm job array " + jobId + ": " + runs.size() + " runs (tasks 0-"
        + (runs.size() - 1) + "), " + cpus + " CPU" + (cpus == 1 ? "" : "s")
        + (gpu ? " and 1 GPU" : "") + " each.");
    out.println("Script, specs and Slurm's logs: " + folder);
    out.println("Follow it with: squeue -j " + jobId + "   (each run writes its output to "
        + "stdout.txt in its directory)");
    if (waits) {
      out.println(code == 0 ? "Job array " + jobId + " has finished."
          : "Job array " + jobId + " ended with a failed task (sbatch exit code " + code + "); see "
            + folder + " and the runs' stdout.txt");
    }
    Set<Path> variants = new LinkedHashSet<>();
    runs.forEach(r -> variants.add(r.outputDir().getParent()));
    out.println("\nPlot the results with:\n\n./run.sh plot "
        + String.join(" ", variants.stream().map(Path::toString).toList()) + "\n");
    out.flush();
    if (waits && code != 0) {
      throw new IllegalStateException("Slurm job array " + jobId + " had a failed task");
    }
  }

  /** sbatch's extra options: the --slurm_opts string split at white space. */
  static List<String> options(String slurmOpts) {
    return Arrays.stream(slurmOpts.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The sbatch script: the array's size and resources in {@code #SBATCH} lines, then one line
   * that runs task i's experiment. Paths relative to {@code workDir}, where the grid was started.
   */
  static String script(String algo, String expName, List<Launch> runs, Path folder, int cpus,
      boolean gpu, int atOnce, Path workDir, Path runScript) {
    StringBuilder s = new StringBuilder();
    s.append("#!/usr/bin/env bash\n");
    s.append("# A spinup4j grid as one Slurm job array, written by `run.sh ").append(algo)
        .append(" ... --launcher slurm`.\n");
    s.append("# Task i runs run i of the grid as a local launch runs it: run.sh _experiment ")
        .append(algo).append(" task-i.json\n");
    s.append("#SBATCH --job-name=").append(quote(expName)).append('\n');
    s.append("#SBATCH --array=0-").append(runs.size() - 1)
        .append(atOnce > 0 ? "%" + atOnce : "").append('\n');
    s.append("#SBATCH --ntasks=1\n");
    s.append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
    if (gpu) {
      s.append("#SBATCH --gres=gpu:1\n");
    }
    s.append("#SBATCH --chdir=").append(quote(workDir.toString())).append('\n');
    s.append("#SBATCH --output=").append(quote(folder.resolve("slurm-%A_%a.out").toString()))
        .append('\n');
    s.append("set -euo pipefail\n");
    s.append("dirs=(\n");
    for (Launch run : runs) {
      s.append("  ").append(quote(run.outputDir().toString())).append('\n');
    }
    s.append(")\n");
    s.append("dir=\"${dirs[$SLURM_ARRAY_TASK_ID]}\"\n");
    s.append("mkdir -p \"$dir\"\n");
    s.append("echo \"task $SLURM_ARRAY_TASK_ID of job $SLURM_ARRAY_JOB_ID on $(hostname): ")
        .append("$dir\"\n");
    // Slurm may requeue a task (node failure, preemption); the second start resumes the run.
    s.append("resume=\n");
    s.append("if [ \"${SLURM_RESTART_COUNT:-0}\" -gt 0 ]; then resume=--resume; fi\n");
    s.append("exec ").append(quote(runScript.toString())).append(" _experiment $resume ")
        .append(algo).append(' ').append(quote(folder.toString()))
        .append("/task-$SLURM_ARRAY_TASK_ID.json >> \"$dir/stdout.txt\" 2>&1\n");
    return s.toString();
  }

  /** A word for bash: single-quoted unless it is plain. */
  private static String quote(String word) {
    return word.matches("[A-Za-z0-9_./%:=+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // best effort: the folder was ours, and the error that brought us here matters more
    }
  }
}
