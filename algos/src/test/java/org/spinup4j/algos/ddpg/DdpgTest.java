package org.spinup4j.algos.ddpg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.core.OffPolicyRuns;
import org.spinup4j.algos.core.ProgressFile;

class DdpgTest {
  static final List<String> COLUMNS = List.of("Epoch", "AverageEpRet", "StdEpRet", "MaxEpRet",
      "MinEpRet", "AverageTestEpRet", "StdTestEpRet", "MaxTestEpRet", "MinTestEpRet", "EpLen",
      "TestEpLen", "TotalEnvInteracts", "AverageQVals", "StdQVals", "MaxQVals", "MinQVals",
      "LossPi", "LossQ", "Time");

  private static final DdpgConfig SMOKE =
      OffPolicyRuns.smokeSized(DdpgConfig.defaults().toBuilder()).build();

  @TempDir Path tmp;

  private static OffPolicyRuns.Trainer ddpg(DdpgConfig cfg) {
    return (run, logger) -> Ddpg.train(cfg, run, logger);
  }

  @Test
  void oneShortEpochWritesSpinningUpsNineteenColumnsAllFinite() throws IOException {
    OffPolicyRuns.assertOneShortEpoch(tmp.resolve("run"), ddpg(SMOKE), COLUMNS);
  }

  @Test
  void theSavedPolicyReplaysTheLoggedTestEpisodes() throws IOException {
    Path dir = tmp.resolve("run");
    ProgressFile p = OffPolicyRuns.run(dir, "MountainCarContinuous-v0", 0, ddpg(SMOKE));
    double replayed = OffPolicyRuns.replayTestEpisodes(dir, 0, SMOKE);
    assertEquals(p.last("AverageTestEpRet"), replayed, 1e-9 * Math.abs(replayed));
  }

  @Test
  void discreteActionsAreRefusedInOneLineNamingVpgAndPpo() {
    OffPolicyRuns.assertRefusesDiscreteActions(tmp.resolve("cartpole"), ddpg(SMOKE));
  }

  @Test
  @Tag("learning")
  void learnsPendulumWithinTwentyThousandSteps() throws IOException {
    DdpgConfig cfg =
        OffPolicyRuns.learningSized(DdpgConfig.defaults().toBuilder()).build();
    OffPolicyRuns.assertLearnsPendulum("DDPG", tmp.resolve("learn"), ddpg(cfg));
  }
}
