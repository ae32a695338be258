package org.example.corridor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What docs/user-guide/your-own-environment.md promises, run as a user runs it: spinup4j's run.sh
 * with this project's classes on its class path checks Corridor-v0 and trains on it.
 */
class CorridorCommandLineTest {
  private static final Path CLASSES = Path.of("target/classes").toAbsolutePath();
  private static final Path RUN_SH = Path.of("../../../run.sh").toAbsolutePath().normalize();

  @TempDir Path tmp;

  /** run.sh --classpath target/classes ARGS: exit code and everything it printed. */
  private static Object[] runSh(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", RUN_SH.toString(), "--classpath",
        CLASSES.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Object[] {p.waitFor(), out};
  }

  @Test
  void checkEnvPassesTheCorridor() throws Exception {
    Object[] r = runSh("check_env", "Corridor-v0");
    assertEquals(0, r[0], (String) r[1]);
    assertTrue(((String) r[1]).contains("check_env Corridor-v0: passed, 0 errors, 0 warnings"),
        (String) r[1]);
  }

  @Test
  void ppoAndSacTrainOnTheCorridorForOneEpochFromTheCommandLine() throws Exception {
    Object[] ppo = runSh("ppo", "--env", "Corridor-v0", "--epochs", "1", "--steps_per_epoch",
        "1000", "--data_dir", tmp.toString(), "--exp_name", "corridor_ppo");
    assertEquals(0, ppo[0], (String) ppo[1]);
    Object[] sac = runSh("sac", "--env", "Corridor-v0", "--epochs", "1", "--steps_per_epoch",
        "500", "--start_steps", "200", "--update_after", "200", "--num_test_episodes", "2",
        "--data_dir", tmp.toString(), "--exp_name", "corridor_sac");
    assertEquals(0, sac[0], (String) sac[1]);
    for (String run : List.of("corridor_ppo", "corridor_sac")) {
      List<String> rows = Files.readAllLines(tmp.resolve(run).resolve(run + "_s0")
          .resolve("progress.txt"));
      assertEquals(2, rows.size(), run + ": a header and one epoch");
    }
  }
}
