package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Several copies of the environment from the command line: --num_envs and --env_threads. */
class NumEnvsCommandTest {
  @TempDir Path tmp;

  /**
   * A short seeded run from the command line: 2 epochs of 400 steps, CartPole-v1 for VPG and PPO,
   * Pendulum-v1 for the others; returns its directory.
   */
  static Path shortRun(Path data, String algo, String exp, String... more) {
    List<String> argv = new ArrayList<>(List.of(algo, "--epochs", "2", "--exp_name", exp,
        "--data_dir", data.toString(), "--hid", "[16,16]"));
    argv.addAll(algo.equals("vpg") || algo.equals("ppo")
        ? List.of("--env", "CartPole-v1", "--steps_per_epoch", "400")
        : List.of("--env", "Pendulum-v1", "--steps_per_epoch", "400", "--start_steps", "200",
            "--update_after", "100", "--batch_size", "32", "--num_test_episodes", "1",
            "--max_ep_len", "150"));
    argv.addAll(List.of(more));
    Object[] r = Cli.run(argv.toArray(new String[0]));
    assertEquals(0, r[0], "stdout: " + r[1] + "\nstderr: " + r[2]);
    return data.resolve(exp).resolve(exp + "_s0");
  }

  private List<String> rows(String algo, String exp, String... more) throws IOException {
    return ResumeCommandTest.rowsWithoutTime(shortRun(tmp, algo, exp, more));
  }

  @ParameterizedTest
  @ValueSource(strings = {"vpg", "ppo", "ddpg", "td3", "sac"})
  void copiesSteppedOnAPoolOfThreadsGiveTheRunOfCopiesSteppedInTurn(String algo)
      throws IOException {
    List<String> inTurn = rows(algo, "turn", "--num_envs", "4");
    assertEquals(inTurn, rows(algo, "pool", "--num_envs", "4", "--env_threads", "3"));
    assertNotEquals(inTurn, rows(algo, "one", "--num_envs", "1"),
        "four copies collect other data than one");
  }
}
