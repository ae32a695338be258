package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinup4j.algos.saving.Checkpoint;
import org.spinup4j.algos.saving.ResumeState;
import org.spinup4j.utils.logx.RunLock;

/**
 * {@code --resume}: a run stopped anywhere (SIGKILL at random moments, SIGTERM, or at the end of
 * its epochs) and resumed writes the rows of a run that never stopped, Time aside.
 */
class ResumeCommandTest {
  @TempDir Path tmp;

  /** Small but complete runs: every algorithm, episodes that straddle epochs. */
  private static List<String> flags(String algo) {
    return switch (algo) {
      case "vpg", "ppo" -> List.of("--env", "CartPole-v1", "--steps_per_epoch", "300",
          "--hid", "[16,16]");
      default -> List.of("--env", "Pendulum-v1", "--steps_per_epoch", "250", "--start_steps",
          "150", "--update_after", "150", "--update_every", "50", "--batch_size", "32",
          "--hid", "[16,16]", "--num_test_episodes", "1", "--max_ep_len", "170");
    };
  }

  private static String[] command(String algo, Path data, String exp, int epochs,
      String... more) {
    List<String> argv = new ArrayList<>(List.of(algo));
    argv.addAll(flags(algo));
    argv.addAll(List.of("--epochs", String.valueOf(epochs), "--exp_name", exp, "--data_dir",
        data.toString()));
    argv.addAll(List.of(more));
    return argv.toArray(new String[0]);
  }

  /** progress.txt without its Time column. */
  static List<String> rowsWithoutTime(Path runDir) throws IOException {
    List<String> lines = Files.readAllLines(runDir.resolve("progress.txt"));
    int time = Arrays.asList(lines.get(0).split("\t")).indexOf("Time");
    return lines.stream().map(l -> {
      List<String> f = new ArrayList<>(Arrays.asList(l.split("\t", -1)));
      f.remove(time);
      return String.join("\t", f);
    }).toList();
  }

  /** Cli.run, with what the run prints to System.out in the result's stdout. */
  private static Object[] run(String... args) {
    java.io.PrintStream console = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      Object[] r = Cli.run(args);
      r[1] = r[1] + printed.toString(StandardCharsets.UTF_8);
      return r;
    } finally {
      System.setOut(console);
    }
  }

  private static void assertOk(Object[] result) {
    assertEquals(0, result[0], "stdout: " + result[1] + "\nstderr: " + result[2]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vpg", "ppo", "ddpg", "td3", "sac"})
  void aFinishedRunExtendedByResumeWritesTheRowsOfOneLongerRun(String algo) throws IOException {
    assertOk(run(command(algo, tmp, "long", 4)));
    assertOk(run(command(algo, tmp, "short", 2)));
    Path shortRun = tmp.resolve("short").resolve("short_s0");
    Object[] resumed = run(algo, "--resume", shortRun.toString(), "--epochs", "4");
    assertOk(resumed);
    assertEquals(rowsWithoutTime(tmp.resolve("long").resolve("long_s0")),
        rowsWithoutTime(shortRun));
  }

  @ParameterizedTest
  @ValueSource(strings = {"vpg", "ppo", "ddpg", "td3", "sac"})
  void withSeveralEnvironmentCopiesAResumedRunWritesTheRowsOfOneLongerRun(String algo)
      throws IOException {
    String copies = algo.equals("vpg") || algo.equals("ppo") ? "3" : "5"; // 300 and 250 steps
    assertOk(run(command(algo, tmp, "long", 3, "--num_envs", copies)));
    assertOk(run(command(algo, tmp, "short", 2, "--num_envs", copies)));
    Path shortRun = tmp.resolve("short").resolve("short_s0");
    assertOk(run(algo, "--resume", shortRun.toString(), "--epochs", "3"));
    assertEquals(rowsWithoutTime(tmp.resolve("long").resolve("long_s0")),
        rowsWithoutTime(shortRun));
  }

  @ParameterizedTest
  @ValueSource(strings = {"vpg", "ppo", "ddpg", "td3", "sac"})
  void withNormalisedObservationsAResumedRunWritesTheRowsOfOneLongerRun(String algo)
      throws IOException {
    assertOk(run(command(algo, tmp, "long", 3, "--normalize_obs")));
    assertOk(run(command(algo, tmp, "short", 2, "--normalize_obs")));
    Path shortRun = tmp.resolve("short").resolve("short_s0");
    assertOk(run(algo, "--resume", shortRun.toString(), "--epochs", "3"));
    assertEquals(rowsWithoutTime(tmp.resolve("long").resolve("long_s0")),
        rowsWithoutTime(shortRun));
  }

  /** A small discrete SAC run on CartPole, saved under tmp; add --exp_name and --epochs. */
  private List<String> discreteSac(int stepsPerEpoch, String alpha) {
    return List.of("sac", "--env", "CartPole-v1", "--steps_per_epoch",
        String.valueOf(stepsPerEpoch), "--start_steps", "150", "--update_after", "150",
        "--update_every", "50", "--batch_size", "32", "--hid", "[16,16]", "--num_test_episodes",
        "1", "--alpha", alpha, "--data_dir", tmp.toString());
  }

  /** Discrete SAC's networks, buffer and generators; a fixed alpha (see the next test). */
  @Test
  void discreteSacWithAFixedAlphaResumedWritesTheRowsOfOneLongerRun() throws IOException {
    List<String> cartPole = discreteSac(250, "0.2");
    for (String[] exp : new String[][] {{"long", "3"}, {"short", "2"}}) {
      List<String> argv = new ArrayList<>(cartPole);
      argv.addAll(List.of("--exp_name", exp[0], "--epochs", exp[1]));
      assertOk(run(argv.toArray(new String[0])));
    }
    Path shortRun = tmp.resolve("short").resolve("short_s0");
    assertOk(run("sac", "--resume", shortRun.toString(), "--epochs", "3"));
    assertEquals(rowsWithoutTime(tmp.resolve("long").resolve("long_s0")),
        rowsWithoutTime(shortRun));
  }

  /**
   * Discrete SAC with --alpha auto: log alpha, its optimiser and the falling target entropy. The
   * target falls over the first half of --epochs, so a run extended to more epochs follows a
   * stretched schedule and is not one longer run; a run killed in its first half is resumed
   * instead, and must write the rows of the run that never stopped.
   */
  @Test
  void discreteSacWithLearnedAlphaKilledMidScheduleResumesToTheUninterruptedRows()
      throws Exception {
    List<String> cartPole = discreteSac(500, "auto");
    List<String> whole = new ArrayList<>(cartPole);
    whole.addAll(List.of("--exp_name", "whole", "--epochs", "4"));
    assertOk(run(whole.toArray(new String[0])));
    List<String> killed = new ArrayList<>(cartPole);
    killed.addAll(List.of("--exp_name", "killed", "--epochs", "4"));
    Path run = tmp.resolve("killed").resolve("killed_s0");
    Process child = start(killed.toArray(new String[0]), tmp.resolve("killed.out"));
    waitForRows(child, run, 1);
    child.destroyForcibly();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    int kept = completeRowsOnly(run);
    // The target falls over epochs 1-2: resuming after epoch 1 resumes mid-fall.
    assertEquals(1, kept, "the kill did not come during epoch 2");
    killed.add("--resume");
    assertOk(run(killed.toArray(new String[0])));
    assertEquals(rowsWithoutTime(tmp.resolve("whole").resolve("whole_s0")), rowsWithoutTime(run),
        "killed after " + kept + " rows");
  }

  /**
   * The kill test: for every algorithm, runs are killed with SIGKILL at moments spread over the
   * run (after 0, 1 and 3 rows, then a random delay: inside an epoch, an update or a save; and
   * once the moment a temporary file shows a save under way), and each is resumed by the same
   * command with --resume. After every kill: progress.txt holds
   * whole rows only, the latest model loads, and the resumed run's rows equal those of the run
   * that was never stopped.
   */
  @Test
  void runsKilledAtManyMomentsResumeToTheRowsOfUninterruptedRuns() throws Exception {
    Random delays = new Random(42);
    int kills = 0;
    int duringSave = 0;
    StringBuilder report = new StringBuilder();
    for (String algo : List.of("vpg", "ppo", "ddpg", "td3", "sac")) {
      Path data = tmp.resolve(algo);
      assertOk(run(command(algo, data, "whole", 6)));
      List<String> expected = rowsWithoutTime(data.resolve("whole").resolve("whole_s0"));
      // After 0, 1 and 3 rows plus a random delay, and (-1) the moment a save is seen under way.
      for (int rows : new int[] {0, 1, 3, -1}) {
        String exp = "killed" + rows;
        Path run = data.resolve(exp).resolve(exp + "_s0");
        Process child = start(command(algo, data, exp, 6), data.resolve(exp + ".out"));
        waitForRows(child, run, rows >= 0 ? rows : 1);
        if (rows >= 0) {
          Thread.sleep(delays.nextInt(250));
        } else {
          waitForASave(child, run);
        }
        boolean saving = hasTemporaryFile(run);
        child.destroyForcibly();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        saving |= hasTemporaryFile(run);
        kills++;
        duringSave += saving ? 1 : 0;
        int kept = completeRowsOnly(run);
        if (Files.exists(run.resolve(Checkpoint.DIR).resolve("model.json"))) {
          assertOk(run("test_policy", run.toString(), "--episodes", "1", "--len", "5",
              "--norender"));
        }
        assertOk(run(command(algo, data, exp, 6, "--resume")));
        assertEquals(expected, rowsWithoutTime(run), algo + " killed after " + kept + " rows");
        report.append(String.format("%s: killed with %d rows%s; ", algo, kept,
            saving ? " during a save" : ""));
      }
    }
    System.out.println("kill test: " + kills + " kills, all resumed to the uninterrupted rows, "
        + duringSave + " during a save: " + report);
    assertEquals(20, kills);
    assertTrue(duringSave >= 1, "no kill fell inside a save: " + report);
  }

  @Test
  void sigtermStopsWithExitCode143AndPrintsTheCommandThatResumes() throws Exception {
    assertOk(run(command("ppo", tmp, "whole", 5)));
    Path run = tmp.resolve("stopped").resolve("stopped_s0");
    Path out = tmp.resolve("stopped.out");
    Process child = start(command("ppo", tmp, "stopped", 5), out);
    waitForRows(child, run, 2);
    child.destroy(); // SIGTERM, as Slurm sends at a time limit
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    assertEquals(143, child.exitValue());
    List<String> printed = Files.readAllLines(out);
    int at = printed.indexOf(printed.stream().filter(l -> l.startsWith("Stopped.")).findFirst()
        .orElseThrow(() -> new AssertionError("no Stopped line in " + printed)));
    String resume = printed.get(at + 1).strip();
    assertEquals("./run.sh ppo --resume " + run, resume);
    assertOk(run(resume.substring("./run.sh ".length()).split(" ")));
    assertEquals(rowsWithoutTime(tmp.resolve("whole").resolve("whole_s0")), rowsWithoutTime(run));
  }

  @Test
  void aGridResumesWithItsOwnCommandAndStartsTheRunsThatNeverStarted() throws IOException {
    assertOk(run(command("vpg", tmp, "grid", 2, "--seed", "0")));
    // Seed 0 has a directory and resumes; seed 1 has none and starts.
    assertOk(run(command("vpg", tmp, "grid", 3, "--seed", "0", "1", "--resume")));
    for (String seed : List.of("0", "1")) {
      assertEquals(4, Files.readAllLines(tmp.resolve("grid").resolve("grid_s" + seed)
          .resolve("progress.txt")).size());
    }
  }

  @Test
  void sigtermToAGridStopsItsRunningChildAndTheGridResumesToTheUninterruptedRows()
      throws Exception {
    assertOk(run(command("vpg", tmp, "whole", 6)));
    Path out = tmp.resolve("grid.out");
    Process grid = start(command("vpg", tmp, "g", 6, "--seed", "0", "1"), out);
    Path second = tmp.resolve("g").resolve("g_s1");
    waitForRows(grid, second, 1);
    List<ProcessHandle> children = grid.toHandle().children().toList();
    assertEquals(1, children.size(), "a sequential grid runs one child at a time");
    grid.destroy(); // to the grid's own process only, as `kill PID` sends it
    assertTrue(grid.waitFor(60, TimeUnit.SECONDS));
    assertEquals(143, grid.exitValue());
    for (ProcessHandle child : children) {
      assertTrue(child.onExit().get(60, TimeUnit.SECONDS) != null && !child.isAlive(),
          "the running child was stopped with its grid");
    }
    String printed = Files.readString(out);
    assertTrue(printed.contains("Stopped. " + second + " keeps its first"), printed);
    assertTrue(printed.contains("run the command that started it again with --resume"), printed);
    assertOk(run(command("vpg", tmp, "g", 6, "--seed", "0", "1", "--resume")));
    assertEquals(rowsWithoutTime(tmp.resolve("whole").resolve("whole_s0")),
        rowsWithoutTime(tmp.resolve("g").resolve("g_s0")));
    assertEquals(7, Files.readAllLines(second.resolve("progress.txt")).size());
  }

  @Test
  void resumeRefusesWhatIsNotTheSameRunInOneLine() throws IOException {
    assertOk(run(command("ppo", tmp, "done", 2)));
    Path run = tmp.resolve("done").resolve("done_s0");
    Cli.assertOneLineError(run("ppo", "--resume", tmp.toString()),
        "not a run directory (no config.json)");
    Cli.assertOneLineError(run("vpg", "--resume", run.toString()),
        "is a run of ppo, not vpg");
    Cli.assertOneLineError(run("ppo", "--resume", run.toString(), "--pi_lr", "0.01"),
        "pi_lr 0.01 (was 0.0003)", "only a larger --epochs may differ");
    Cli.assertOneLineError(run("ppo", "--resume", run.toString(), "--env", "Acrobot-v1"),
        "env_name \"Acrobot-v1\" (was \"CartPole-v1\")");
    Cli.assertOneLineError(run("ppo", "--resume", run.toString(), "--epochs", "1"),
        "--epochs 1, fewer than its 2");
    Cli.assertOneLineError(run(command("ppo", tmp, "done", 2, "--dt", "--resume")),
        "--resume cannot be combined with --datestamp");
    Object[] finished = run("ppo", "--resume", run.toString());
    assertOk(finished);
    assertTrue(((String) finished[1]).contains("has finished all 2 epochs"), (String) finished[1]);
  }

  @Test
  void aSecondProcessOnTheSameRunRefusesAndAStaleLockIsTakenOver() throws IOException {
    assertOk(run(command("vpg", tmp, "locked", 1)));
    Path run = tmp.resolve("locked").resolve("locked_s0");
    try (RunLock held = RunLock.acquire(run, System.out)) {
      Object[] r = run("vpg", "--resume", run.toString(), "--epochs", "2");
      assertEquals(1, Files.readAllLines(run.resolve("progress.txt")).size() - 1,
          "nothing written");
      assertTrue(((String) r[2]).contains("is in use by another run (process "
          + ProcessHandle.current().pid() + ")"), (String) r[2]);
      assertEquals(2, r[0]);
    }
    // What a killed run leaves: the file with its process id, and no lock.
    Files.writeString(run.resolve(RunLock.FILE), "999999\n");
    Object[] r = run("vpg", "--resume", run.toString(), "--epochs", "2");
    assertOk(r);
    assertTrue(((String) r[1]).contains("from process 999999, which ended"), (String) r[1]);
  }

  @Test
  void withoutTheSavedBufferAResumedRunWarnsThatItStartsEmpty() throws IOException {
    assertOk(run(command("sac", tmp, "nobuf", 1, "--save_buffer", "False")));
    Path run = tmp.resolve("nobuf").resolve("nobuf_s0");
    Object[] r = run("sac", "--resume", run.toString(), "--epochs", "2", "--save_buffer",
        "False");
    assertOk(r);
    assertTrue(((String) r[1]).contains("the replay buffer was not saved"), (String) r[1]);
    assertEquals(3, Files.readAllLines(run.resolve("progress.txt")).size());
  }

  // ---------------------------------------------------------------- helpers

  private static Process start(String[] argv, Path out) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
        "-Dai.djl.offline=true", Main.class.getName()));
    cmd.addAll(List.of(argv));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
  }

  /** Waits until progress.txt has {@code rows} rows (0: until it exists). */
  private static void waitForRows(Process child, Path run, int rows) throws Exception {
    Path progress = run.resolve("progress.txt");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (Files.exists(progress)
          && Files.readAllLines(progress).size() - 1 >= rows) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the run never reached " + rows + " rows (alive: "
        + child.isAlive() + ")");
  }

  /** Polls until a temporary file shows that a save is being written (or the run ends). */
  private static void waitForASave(Process child, Path run) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && child.isAlive() && !hasTemporaryFile(run)) {
      Thread.onSpinWait();
    }
  }

  private static boolean hasTemporaryFile(Path run) throws IOException {
    Path dir = run.resolve(Checkpoint.DIR);
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.toString().endsWith(".tmp"));
    }
  }

  /** Asserts that progress.txt is whole rows (each with the header's fields); returns them. */
  private static int completeRowsOnly(Path run) throws IOException {
    Path progress = run.resolve("progress.txt");
    if (!Files.exists(progress)) {
      return 0;
    }
    String text = Files.readString(progress, StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      return 0;
    }
    assertTrue(text.endsWith("\n"), "a cut row: " + text);
    List<String> lines = text.lines().collect(Collectors.toList());
    int fields = lines.get(0).split("\t").length;
    for (String line : lines) {
      assertEquals(fields, line.split("\t", -1).length, line);
    }
    if (lines.size() > 1) {
      assertFalse(ResumeState.exists(run) && ResumeState.readHeader(run).epochs() > lines.size(),
          "the state is never ahead of the rows");
    }
    return lines.size() - 1;
  }
}
