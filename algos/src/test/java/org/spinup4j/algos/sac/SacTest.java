package org.spinup4j.algos.sac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.core.OffPolicyConfig;
import org.spinup4j.algos.core.OffPolicyRuns;
import org.spinup4j.algos.core.ProgressFile;

class SacTest {
  static final List<String> COLUMNS = List.of("Epoch", "AverageEpRet", "StdEpRet", "MaxEpRet",
      "MinEpRet", "AverageTestEpRet", "StdTestEpRet", "MaxTestEpRet", "MinTestEpRet", "EpLen",
      "TestEpLen", "TotalEnvInteracts", "AverageQ1Vals", "StdQ1Vals", "MaxQ1Vals", "MinQ1Vals",
      "AverageQ2Vals", "StdQ2Vals", "MaxQ2Vals", "MinQ2Vals", "AverageLogPi", "StdLogPi",
      "MaxLogPi", "MinLogPi", "LossPi", "LossQ", "Time");

  private static final SacConfig SMOKE =
      OffPolicyRuns.smokeSized(SacConfig.defaults().toBuilder()).build();

  @TempDir Path tmp;

  private static OffPolicyRuns.Trainer sac(SacConfig cfg) {
    return (run, logger) -> Sac.train(cfg, run, logger);
  }

  @Test
  void oneShortEpochWritesSpinningUpsTwentySevenColumnsAllFinite() throws IOException {
    OffPolicyRuns.assertOneShortEpoch(tmp.resolve("run"), sac(SMOKE), COLUMNS);
  }

  @Test
  void theSavedPolicyReplaysTheLoggedTestEpisodes() throws IOException {
    Path dir = tmp.resolve("run");
    ProgressFile p = OffPolicyRuns.run(dir, "MountainCarContinuous-v0", 0, sac(SMOKE));
    double replayed = OffPolicyRuns.replayTestEpisodes(dir, 0, SMOKE);
    assertEquals(p.last("AverageTestEpRet"), replayed, 1e-9 * Math.abs(replayed));
  }

  @Test
  void discreteActionsTrainDiscreteSacWhoseSavedPolicyReplaysTheLoggedTestEpisodes()
      throws IOException {
    Path dir = tmp.resolve("cartpole");
    ProgressFile p = OffPolicyRuns.run(dir, "CartPole-v1", 0, sac(SMOKE));
    OffPolicyRuns.assertColumnsAndFinite(p, COLUMNS);
    double replayed = OffPolicyRuns.replayTestEpisodes(dir, 0, SMOKE);
    assertEquals(p.last("AverageTestEpRet"), replayed, 1e-9 * Math.abs(replayed));
    // LogPi is the expectation sum_a pi(a|s) log pi(a|s): minus an entropy, at least -log 2.
    assertTrue(p.last("MinLogPi") >= -Math.log(2) - 1e-6, "LogPi " + p.last("MinLogPi"));
  }

  @Test
  void discreteTargetEntropyFallsFromHalfToAQuarterOfLogActionsOverHalfTheRunThenStays() {
    double log4 = Math.log(4);
    assertEquals(0.5 * log4, DiscreteSac.targetEntropy(0, 1000, 4), 1e-12);
    assertEquals(0.375 * log4, DiscreteSac.targetEntropy(250, 1000, 4), 1e-12);
    assertEquals(0.25 * log4, DiscreteSac.targetEntropy(500, 1000, 4), 1e-12);
    assertEquals(0.25 * log4, DiscreteSac.targetEntropy(999, 1000, 4), 1e-12);
    assertTrue(DiscreteSac.targetEntropy(100, 1000, 4) > DiscreteSac.targetEntropy(101, 1000, 4));
  }

  @Test
  @Tag("learning")
  void discreteSacWithLearnedAlphaReachesFourHundredOnCartPoleWithinThirtySixThousandSteps()
      throws IOException {
    // A bounded budget for CI: small networks, 36,000 steps (so the target entropy falls over
    // the first 18,000). In the 100,000-step runs of docs/benchmarks.md, "Discrete SAC", SAC's own
    // networks solve CartPole (475) in 28,000 to 36,000 steps, three seeds.
    SacConfig cfg = SacConfig.defaults().toBuilder().set(OffPolicyConfig.EPOCHS, 12)
        .set(OffPolicyConfig.STEPS_PER_EPOCH, 3000).set(OffPolicyConfig.START_STEPS, 2000)
        .set(OffPolicyConfig.HIDDEN_SIZES, new int[] {64, 64})
        .set(SacConfig.ALPHA, SacConfig.Alpha.AUTO).build();
    ProgressFile p = OffPolicyRuns.run(tmp.resolve("cartpole-learn"), "CartPole-v1", 0, sac(cfg));
    double best = java.util.stream.IntStream.range(0, p.rows().size())
        .mapToDouble(row -> p.get(row, "AverageTestEpRet")).max().orElse(0);
    System.out.println("discrete SAC CartPole-v1: AverageTestEpRet by epoch "
        + p.column("AverageTestEpRet"));
    // 475 solves CartPole-v1; a random policy scores about 22.
    assertTrue(best >= 400, "AverageTestEpRet over 36,000 steps: " + p.column("AverageTestEpRet"));
  }

  @Test
  void learnedAlphaKeepsTheTwentySevenColumns() throws IOException {
    SacConfig cfg = OffPolicyRuns.smokeSized(SacConfig.defaults().toBuilder())
        .set(SacConfig.ALPHA, SacConfig.Alpha.AUTO).build();
    ProgressFile p = OffPolicyRuns.run(tmp.resolve("auto"), "Pendulum-v1", 0, sac(cfg));
    OffPolicyRuns.assertColumnsAndFinite(p, COLUMNS);
  }

  @Test
  void sameSeedGivesIdenticalProgressApartFromTime() throws IOException {
    SacConfig cfg = OffPolicyRuns.smokeSized(SacConfig.defaults().toBuilder())
        .set(SacConfig.EPOCHS, 2).build();
    ProgressFile a = OffPolicyRuns.run(tmp.resolve("a"), "Pendulum-v1", 0, sac(cfg));
    ProgressFile b = OffPolicyRuns.run(tmp.resolve("b"), "Pendulum-v1", 0, sac(cfg));
    ProgressFile c = OffPolicyRuns.run(tmp.resolve("c"), "Pendulum-v1", 1, sac(cfg));
    int time = COLUMNS.indexOf("Time");
    for (int row = 0; row < a.rows().size(); row++) {
      double[] ra = a.rows().get(row).clone();
      double[] rb = b.rows().get(row).clone();
      ra[time] = 0;
      rb[time] = 0;
      assertArrayEquals(ra, rb, "row " + row);
    }
    assertNotEquals(a.last("AverageTestEpRet"), c.last("AverageTestEpRet"), "another seed");
  }

  @Test
  @Tag("learning")
  void learnsPendulumWithinTwentyThousandSteps() throws IOException {
    SacConfig cfg =
        OffPolicyRuns.learningSized(SacConfig.defaults().toBuilder()).build();
    OffPolicyRuns.assertLearnsPendulum("SAC", tmp.resolve("learn"), sac(cfg));
  }

  @Test
  @Tag("learning")
  void learnsPendulumWithinTwentyThousandStepsOfFourEnvironmentCopies() throws IOException {
    // The same steps and updates as above, collected by four copies in turn.
    SacConfig cfg = OffPolicyRuns.learningSized(SacConfig.defaults().toBuilder())
        .set(SacConfig.NUM_ENVS, 4).build();
    OffPolicyRuns.assertLearnsPendulum("SAC, 4 copies", tmp.resolve("learn4"), sac(cfg));
  }
}
