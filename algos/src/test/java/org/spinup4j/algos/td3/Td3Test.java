package org.spinup4j.algos.td3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.core.Checkpoint;
import org.spinup4j.algos.core.OffPolicyRuns;
import org.spinup4j.algos.core.ProgressFile;

class Td3Test {
  static final List<String> COLUMNS = List.of("Epoch", "AverageEpRet", "StdEpRet", "MaxEpRet",
      "MinEpRet", "AverageTestEpRet", "StdTestEpRet", "MaxTestEpRet", "MinTestEpRet", "EpLen",
      "TestEpLen", "TotalEnvInteracts", "AverageQ1Vals", "StdQ1Vals", "MaxQ1Vals", "MinQ1Vals",
      "AverageQ2Vals", "StdQ2Vals", "MaxQ2Vals", "MinQ2Vals", "LossPi", "LossQ", "Time");

  @TempDir Path tmp;

  private static ProgressFile train(Path dir, String env, Td3Config cfg) throws IOException {
    return OffPolicyRuns.run(dir, env, 0, (run, logger) -> Td3.train(cfg, run, logger));
  }

  @Test
  void oneShortEpochWritesSpinningUpsTwentyThreeColumnsAllFinite() throws IOException {
    Td3Config cfg = Td3Config.defaults().toBuilder().common(OffPolicyRuns::smokeSized).build();
    ProgressFile p = train(tmp.resolve("run"), "Pendulum-v1", cfg);
    OffPolicyRuns.assertColumnsAndFinite(p, COLUMNS);
    assertEquals(1, p.rows().size());
    assertEquals(1, p.last("Epoch"));
    assertEquals(300, p.last("TotalEnvInteracts"));
    assertEquals(100, p.last("EpLen"), "episodes cut at max_ep_len");
    assertEquals(List.of(1), Checkpoint.snapshots(tmp.resolve("run")));
  }

  @Test
  void theSavedPolicyReplaysTheLoggedTestEpisodes() throws IOException {
    Td3Config cfg = Td3Config.defaults().toBuilder().common(OffPolicyRuns::smokeSized).build();
    Path dir = tmp.resolve("run");
    ProgressFile p = train(dir, "MountainCarContinuous-v0", cfg);
    double replayed = OffPolicyRuns.replayTestEpisodes(dir, 0, cfg.common(), Td3::loadPolicy);
    assertEquals(p.last("AverageTestEpRet"), replayed, 1e-9 * Math.abs(replayed));
  }

  @Test
  void discreteActionsAreRefusedInOneLineNamingVpgAndPpo() {
    Td3Config cfg = Td3Config.defaults().toBuilder().common(OffPolicyRuns::smokeSized).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> train(tmp.resolve("cartpole"), "CartPole-v1", cfg));
    assertTrue(e.getMessage().contains("vpg or ppo") && !e.getMessage().contains("\n"),
        e.getMessage());
  }

  @Test
  @Tag("learning")
  void learnsPendulumWithinFifteenThousandSteps() throws IOException {
    Td3Config cfg =
        Td3Config.defaults().toBuilder().common(OffPolicyRuns::learningSized).build();
    long start = System.nanoTime();
    ProgressFile p = train(tmp.resolve("learn"), "Pendulum-v1", cfg);
    System.out.printf("TD3 Pendulum-v1: AverageTestEpRet by epoch %s in %.0f s%n",
        p.column("AverageTestEpRet"), (System.nanoTime() - start) / 1e9);
    assertTrue(p.last("AverageTestEpRet") >= -250, "final " + p.last("AverageTestEpRet"));
  }
}
