package org.spinup4j.algos.td3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.core.OffPolicyRuns;
import org.spinup4j.algos.core.ProgressFile;

class Td3Test {
  static final List<String> COLUMNS = List.of("Epoch", "AverageEpRet", "StdEpRet", "MaxEpRet",
      "MinEpRet", "AverageTestEpRet", "StdTestEpRet", "MaxTestEpRet", "MinTestEpRet", "EpLen",
      "TestEpLen", "TotalEnvInteracts", "AverageQ1Vals", "StdQ1Vals", "MaxQ1Vals", "MinQ1Vals",
      "AverageQ2Vals", "StdQ2Vals", "MaxQ2Vals", "MinQ2Vals", "LossPi", "LossQ", "Time");

  private static final Td3Config SMOKE =
      OffPolicyRuns.smokeSized(Td3Config.defaults().toBuilder()).build();

  @TempDir Path tmp;

  private static OffPolicyRuns.Trainer td3(Td3Config cfg) {
    return (run, logger) -> Td3.train(cfg, run, logger);
  }

  @Test
  void oneShortEpochWritesSpinningUpsTwentyThreeColumnsAllFinite() throws IOException {
    OffPolicyRuns.assertOneShortEpoch(tmp.resolve("run"), td3(SMOKE), COLUMNS);
  }

  @Test
  void theSavedPolicyReplaysTheLoggedTestEpisodes() throws IOException {
    Path dir = tmp.resolve("run");
    ProgressFile p = OffPolicyRuns.run(dir, "MountainCarContinuous-v0", 0, td3(SMOKE));
    double replayed = OffPolicyRuns.replayTestEpisodes(dir, 0, SMOKE);
    assertEquals(p.last("AverageTestEpRet"), replayed, 1e-9 * Math.abs(replayed));
  }

  @Test
  void discreteActionsAreRefusedInOneLineNamingVpgAndPpo() {
    OffPolicyRuns.assertRefusesDiscreteActions(tmp.resolve("cartpole"), td3(SMOKE));
  }

  @Test
  @Tag("learning")
  void learnsPendulumWithinTwentyThousandSteps() throws IOException {
    Td3Config cfg =
        OffPolicyRuns.learningSized(Td3Config.defaults().toBuilder()).build();
    OffPolicyRuns.assertLearnsPendulum("TD3", tmp.resolve("learn"), td3(cfg));
  }
}
