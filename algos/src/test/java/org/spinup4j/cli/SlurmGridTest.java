package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.utils.grid.GridArgs;
import org.spinup4j.utils.grid.Launch;
import org.spinup4j.utils.logx.ConfigJson;

/**
 * The Slurm launcher against stand-ins for sbatch (scripts that answer as sbatch does). CI's
 * scripts/ci-slurm.sh runs the same launcher against a real one-node Slurm.
 */
class SlurmGridTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private GridArgs grid(String dataDir, String... more) {
    List<String> tokens = new java.util.ArrayList<>(List.of("--env", "CartPole-v1", "--hid[h]",
        "[16]", "[32]", "--seed", "0", "10", "--exp_name", "g", "--data_dir", dataDir,
        "--launcher", "slurm"));
    tokens.addAll(List.of(more));
    return GridArgs.parse("vpg", tokens);
  }

  /** A stand-in sbatch that logs its arguments and answers with {@code body}. */
  private Path fakeSbatch(String body) throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path sbatch = bin.resolve("sbatch");
    Files.writeString(sbatch, "#!/bin/sh\necho \"$@\" > " + tmp.resolve("sbatch-args") + "\n"
        + body + "\n");
    assertTrue(sbatch.toFile().setExecutable(true));
    return bin;
  }

  @Test
  void withoutSbatchOnThePathSlurmIsRefusedInOneLineBeforeAnythingIsWritten() {
    String message = assertThrows(IllegalArgumentException.class,
        () -> SlurmGrid.find(tmp.resolve("nothing-here").toString(), "/x/run.sh", out))
        .getMessage();
    assertTrue(message.startsWith("--launcher slurm: sbatch is not on the PATH"), message);
    assertFalse(message.contains("\n"));
    assertEquals(List.of(), List.of(tmp.toFile().list()));
  }

  @Test
  void theScriptRunsEachRunAsALocalLaunchWouldIntoItsOwnDirectory() {
    GridArgs args = grid(tmp.resolve("data").toString(), "--threads", "2");
    List<Launch> runs = args.grid().launches(args.dataDir(), false, false);
    String script = SlurmGrid.script("vpg", "g", runs, Path.of("data/slurm/g_now"), 2, false, 3,
        Path.of("/work"), Path.of("/opt/spinup4j/run.sh"));
    assertTrue(script.contains("#SBATCH --array=0-3%3\n"), script);
    assertTrue(script.contains("#SBATCH --cpus-per-task=2\n"), script);
    assertTrue(script.contains("#SBATCH --chdir=/work\n"), script);
    // One directory per task, in the grid's order; task i runs spec i through run.sh.
    List<String> dirs = runs.stream().map(r -> "  " + r.outputDir() + "\n").toList();
    int at = -1;
    for (String dir : dirs) {
      int next = script.indexOf(dir);
      assertTrue(next > at, dir + " not in order in\n" + script);
      at = next;
    }
    assertTrue(runs.get(0).outputDir().endsWith(Path.of("g_h16", "g_h16_s0")));
    assertTrue(script.contains(
        "if [ \"${SLURM_RESTART_COUNT:-0}\" -gt 0 ]; then resume=--resume; fi\n"), script);
    assertTrue(script.contains("exec /opt/spinup4j/run.sh _experiment $resume vpg "
        + "data/slurm/g_now/task-$SLURM_ARRAY_TASK_ID.json >> \"$dir/stdout.txt\" 2>&1\n"),
        script);
  }

  @Test
  void submittingWritesOneSpecPerRunPassesTheOptionsAndNamesTheJob() throws Exception {
    Path bin = fakeSbatch("echo 4242");
    GridArgs args = grid(tmp.resolve("data").toString(), "--slurm_opts", "--partition=x --time=5");
    List<Launch> runs = args.grid().launches(args.dataDir(), false, false);
    SlurmGrid.find(bin.toString(), "/opt/spinup4j/run.sh", out).submit("vpg", args, runs);

    String said = printed.toString(StandardCharsets.UTF_8);
    assertTrue(said.contains("Submitted Slurm job array 4242: 4 runs (tasks 0-3), 1 CPU each."),
        said);
    Path folder;
    try (Stream<Path> f = Files.list(tmp.resolve("data/slurm"))) {
      folder = f.findFirst().orElseThrow();
    }
    assertTrue(folder.getFileName().toString().startsWith("g_"));
    for (int i = 0; i < runs.size(); i++) {
      assertEquals(ConfigJson.pretty(runs.get(i).kwargs()),
          Files.readString(folder.resolve("task-" + i + ".json")));
    }
    assertEquals("--parsable --partition=x --time=5 " + folder.resolve("grid.sbatch"),
        Files.readString(tmp.resolve("sbatch-args")).strip());
    assertFalse(Files.exists(runs.get(0).outputDir()), "the runs' directories are the tasks' job");
  }

  @Test
  void eachTaskAsksForTheCpusOfItsThreadsOrItsEnvironmentThreadsIfMore() throws Exception {
    Path bin = fakeSbatch("echo 7");
    GridArgs args = grid(tmp.resolve("data").toString(), "--threads", "2", "--env_threads", "4");
    SlurmGrid.find(bin.toString(), "/opt/run.sh", out)
        .submit("vpg", args, args.grid().launches(args.dataDir(), false, false));
    assertTrue(
        printed.toString(StandardCharsets.UTF_8).contains("4 runs (tasks 0-3), 4 CPUs each"));
  }

  @Test
  void runsOnTheGpuAskForOneGpuEachUnlessTheSlurmOptionsAskForGpus() throws Exception {
    Path bin = fakeSbatch("echo 8");
    GridArgs args = grid(tmp.resolve("a").toString(), "--device", "gpu");
    SlurmGrid.find(bin.toString(), "/opt/run.sh", out)
        .submit("vpg", args, args.grid().launches(args.dataDir(), false, false));
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("1 CPU and 1 GPU each"));
    assertTrue(sbatchScript("a").contains("#SBATCH --gres=gpu:1\n"));

    GridArgs own = grid(tmp.resolve("b").toString(), "--device", "gpu",
        "--slurm_opts", "--gres=gpu:a100:2");
    SlurmGrid.find(bin.toString(), "/opt/run.sh", out)
        .submit("vpg", own, own.grid().launches(own.dataDir(), false, false));
    assertFalse(sbatchScript("b").contains("--gres"));
  }

  /** The grid.sbatch written into data directory {@code dataDir}. */
  private String sbatchScript(String dataDir) throws IOException {
    try (Stream<Path> folders = Files.list(tmp.resolve(dataDir).resolve("slurm"))) {
      Path folder = folders.findFirst().orElseThrow();
      return Files.readString(folder.resolve("grid.sbatch"));
    }
  }

  @Test
  void aRefusedSubmissionSaysWhySbatchRefusedAndLeavesNothingBehind() throws Exception {
    Path bin = fakeSbatch("echo 'sbatch: error: invalid partition specified: x' >&2; exit 1");
    GridArgs args = grid(tmp.resolve("data").toString(), "--slurm_opts", "--partition=x");
    List<Launch> runs = args.grid().launches(args.dataDir(), false, false);
    String message = assertThrows(IllegalStateException.class,
        () -> SlurmGrid.find(bin.toString(), "/opt/run.sh", out).submit("vpg", args, runs))
        .getMessage();
    assertEquals("sbatch refused the job array: sbatch: error: invalid partition specified: x",
        message);
    try (Stream<Path> left = Files.list(tmp.resolve("data/slurm"))) {
      assertEquals(0, left.count());
    }
  }
}
