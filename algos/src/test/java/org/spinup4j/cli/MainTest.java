package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path tmp;

  private static Object[] run(String... args) {
    return Cli.run(args);
  }

  private static void assertOneLineError(Object[] result, String... mustContain) {
    Cli.assertOneLineError(result, mustContain);
  }

  private void assertNothingWritten() {
    try (java.util.stream.Stream<Path> files = Files.list(tmp)) {
      assertEquals(java.util.List.of(), files.toList(),
          "no run directory for a run that cannot start");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The refusal tests only mean something where libtorch reaches no GPU, as on CI. */
  private static void assumeNoCuda() {
    boolean cuda;
    try {
      org.spinup4j.algos.engine.Torch.device("gpu");
      cuda = true;
    } catch (IllegalArgumentException e) {
      cuda = false;
    }
    assumeTrue(!cuda, "this machine has a CUDA device");
  }

  @Test
  void unknownEnvironmentIsOneLineListingTheRegisteredNames() {
    assertOneLineError(run("vpg", "--env", "CartPol-v1", "--data_dir", tmp.toString()),
        "CartPol-v1", "CartPole-v1");
  }

  @Test
  void unknownAlgorithmIsOneLineListingTheCommands() {
    assertOneLineError(run("vpgg", "--env", "CartPole-v1"), "vpgg", "vpg");
  }

  @Test
  void malformedHiddenSizesAreOneLineNamingTheValue() {
    assertOneLineError(run("vpg", "--env", "CartPole-v1", "--hid", "[64,x]",
        "--data_dir", tmp.toString()), "[64,x]", "hid");
  }

  @Test
  void negativeEpochsAreOneLineNamingTheFlag() {
    assertOneLineError(run("vpg", "--env", "CartPole-v1", "--epochs", "-3",
        "--data_dir", tmp.toString()), "--epochs", "-3");
    assertFalse(Files.exists(tmp.resolve("cmd_vpg")), "nothing written for a bad value");
  }

  @Test
  void benchWithZeroThreadsIsOneLineNamingTheFlagAndTheValue() {
    assertOneLineError(run("bench", "--threads", "0"), "--threads", ">= 1", "got 0");
    assertOneLineError(run("bench", "--epochs", "-2"), "--epochs", ">= 1", "got -2");
  }

  @Test
  void benchWithAnUnknownDeviceNamesItAndTheAllowedOnes() {
    assertOneLineError(run("bench", "--device", "tpu"), "'tpu'", "cpu, gpu");
  }

  @Test
  void benchOnAnUnknownEnvironmentOrOneItsAlgorithmsCannotActInIsOneLine() {
    assertOneLineError(run("bench", "--env", "HalfCheeta-v4"), "'HalfCheeta-v4'", "HalfCheetah-v4");
    assertOneLineError(run("bench", "--env", "CartPole-v1", "--algos", "ppo,td3"), "td3",
        "Discrete(2)");
  }

  @Test
  void benchAgainstAMissingPeerFileOrBesideAnotherEnvironmentIsOneLineBeforeAnyTiming() {
    assertOneLineError(run("bench", "--against", tmp.resolve("peer.json").toString()),
        "peer.json", "no such file");
    assertOneLineError(run("bench", "--env", "CartPole-v1", "--algos", "ppo", "--against",
        "peer.json"), "--against", "leave out --env CartPole-v1");
  }

  @Test
  void randomPolicyWithBadCountsOrAnUnknownEnvironmentIsOneLine() {
    assertOneLineError(run("random_policy", "--episodes", "0"), "--episodes", "got 0");
    assertOneLineError(run("random_policy", "--steps", "-1"), "--steps", "got -1");
    assertOneLineError(run("random_policy", "--env", "Hoper-v4"), "'Hoper-v4'", "Hopper-v4");
    assertOneLineError(run("random_policy", "--env", "CartPole-v1", "--out",
        tmp.resolve("no/such/folder/x.json").toString()), "--out", "not a writable folder");
  }

  @Test
  void aRunThatDivergesStopsInOneLineNamingTheEpochAndTheQuantity() throws Exception {
    Object[] r = run("ppo", "--env", "Pendulum-v1", "--pi_lr", "1e4", "--epochs", "4",
        "--steps_per_epoch", "400", "--data_dir", tmp.toString(), "--exp_name", "div");
    assertEquals(Main.DIVERGED, r[0], "exit code; stderr: " + r[2]);
    String err = ((String) r[2]).strip();
    assertFalse(err.contains("\n"), err);
    assertTrue(err.matches("ppo: .* in epoch \\d of the run, so training diverged .*"), err);
    // the header is written with the first row, so a run that diverged in epoch 1 has no lines
    int rows = Math.max(0, Files.readAllLines(tmp.resolve("div/div_s0/progress.txt")).size() - 1);
    assertTrue(err.contains("keeps the " + rows + " complete rows"), err);
    assertTrue(rows < 4, "the row of the epoch that diverged is not written");
  }

  @Test
  void aGridGoesOnPastAVariantThatDivergesAndSaysSoAtTheEnd() throws Exception {
    Object[] r = run("ppo", "--env", "Pendulum-v1", "--pi_lr", "1e4", "3e-4", "--epochs", "2",
        "--steps_per_epoch", "400", "--data_dir", tmp.toString(), "--exp_name", "sweep");
    assertEquals(Main.DIVERGED, r[0], "stderr: " + r[2]);
    assertTrue(((String) r[2]).contains("1 of 2 experiments diverged"), (String) r[2]);
    try (var runs = Files.list(tmp)) {
      assertEquals(2, runs.count(), "both variants ran");
    }
  }

  @Test
  void benchOnGpuWithoutCudaSaysSoInOneLine() {
    assumeNoCuda();
    assertOneLineError(run("bench", "--device", "gpu", "--algos", "sac"), "--device gpu",
        "no CUDA device");
  }

  @Test
  void unknownDeviceIsOneLineAndWritesNothing() {
    assertOneLineError(run("ppo", "--env", "CartPole-v1", "--device", "tpu",
        "--data_dir", tmp.toString()), "'tpu'", "cpu, gpu");
    assertNothingWritten();
  }

  @Test
  void gpuWithoutCudaIsOneLineAndWritesNothing() {
    assumeNoCuda();
    assertOneLineError(run("ppo", "--env", "CartPole-v1", "--device", "gpu",
        "--data_dir", tmp.toString()), "--device gpu", "no CUDA device");
    assertNothingWritten();
  }

  @Test
  void aDataDirThatIsAFileIsOneLineBeforeTheGridIsPrinted() throws Exception {
    Path file = Files.writeString(tmp.resolve("data"), "not a folder");
    Object[] result = run("ppo", "--env", "CartPole-v1", "--data_dir", file.toString());
    assertOneLineError(result, file + " is not a directory");
  }

  @Test
  void anExperimentNameWithASlashIsOneLineAndWritesNothing() {
    assertOneLineError(run("ppo", "--env", "CartPole-v1", "--exp_name", "../escaped",
        "--data_dir", tmp.resolve("data").toString()), "exp_name", "'../escaped'");
    assertNothingWritten();
  }

  @Test
  void unknownFlagSuggestsTheClosestOnes() {
    assertOneLineError(run("vpg", "--env", "CartPole-v1", "--pi_lrr", "0.1"), "--pi_lrr",
        "--pi_lr");
  }

  @Test
  void missingEnvironmentSaysItIsRequired() {
    assertOneLineError(run("vpg", "--epochs", "1"), "--env is required");
  }

  @Test
  void algorithmHelpDocumentsEveryHyperparameterWithItsDefault() {
    Object[] r = run("vpg", "--help");
    assertEquals(0, r[0]);
    String help = (String) r[1];
    for (String flag : new String[] {"--steps_per_epoch", "--epochs", "--gamma", "--lam",
        "--pi_lr", "--vf_lr", "--train_v_iters", "--max_ep_len", "--save_freq", "--hid", "--act",
        "--seed", "--exp_name", "--data_dir"}) {
      assertTrue(help.contains(flag), flag + " missing from help");
    }
    assertTrue(help.contains("Default: 4000"), help);
    assertTrue(help.contains("Default: 3.0E-4") || help.contains("Default: 0.0003"), help);
    assertTrue(help.contains("Default: [64,64]"), help);
  }

  @Test
  void topLevelHelpListsTheCommands() {
    Object[] r = run("--help");
    assertEquals(0, r[0]);
    assertTrue(((String) r[1]).contains("vpg"));
  }

  @Test
  void offPolicyAlgorithmOnDiscreteActionsIsOneLineAndWritesNothing() {
    assertOneLineError(run("ddpg", "--env", "CartPole-v1", "--data_dir", tmp.toString()),
        "ddpg", "Discrete(2)", "vpg, ppo or sac");
    assertFalse(Files.exists(tmp.resolve("cmd_ddpg")),
        "no run directory for a run that cannot start");
  }
}
