package org.spinup4j.algos.sac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

class SacTest {
  static final List<String> COLUMNS = List.of("Epoch", "AverageEpRet", "StdEpRet", "MaxEpRet",
      "MinEpRet", "AverageTestEpRet", "StdTestEpRet", "MaxTestEpRet", "MinTestEpRet", "EpLen",
      "TestEpLen", "TotalEnvInteracts", "AverageQ1Vals", "StdQ1Vals", "MaxQ1Vals", "MinQ1Vals",
      "AverageQ2Vals", "StdQ2Vals", "MaxQ2Vals", "MinQ2Vals", "AverageLogPi", "StdLogPi",
      "MaxLogPi", "MinLogPi", "LossPi", "LossQ", "Time");

  @TempDir Path tmp;

  private static ProgressFile train(Path dir, String env, SacConfig cfg) throws IOException {
    return OffPolicyRuns.run(dir, env, 0, (run, logger) -> Sac.train(cfg, run, logger));
  }

  @Test
  void oneShortEpochWritesSpinningUpsTwentySevenColumnsAllFinite() throws IOException {
    SacConfig cfg = SacConfig.defaults().toBuilder().common(OffPolicyRuns::smokeSized).build();
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
    SacConfig cfg = SacConfig.defaults().toBuilder().common(OffPolicyRuns::smokeSized).build();
    Path dir = tmp.resolve("run");
    ProgressFile p = train(dir, "MountainCarContinuous-v0", cfg);
    double replayed = OffPolicyRuns.replayTestEpisodes(dir, 0, cfg.common(), Sac::loadPolicy);
    assertEquals(p.last("AverageTestEpRet"), replayed, 1e-9 * Math.abs(replayed));
  }

  @Test
  void discreteActionsAreRefusedInOneLineNamingVpgAndPpo() {
    SacConfig cfg = SacConfig.defaults().toBuilder().common(OffPolicyRuns::smokeSized).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> train(tmp.resolve("cartpole"), "CartPole-v1", cfg));
    assertTrue(e.getMessage().contains("vpg or ppo") && !e.getMessage().contains("\n"),
        e.getMessage());
  }

  @Test
  void learnedAlphaKeepsTheTwentySevenColumns() throws IOException {
    SacConfig cfg = SacConfig.defaults().toBuilder().alpha(SacConfig.Alpha.AUTO)
        .common(OffPolicyRuns::smokeSized).build();
    ProgressFile p = train(tmp.resolve("auto"), "Pendulum-v1", cfg);
    OffPolicyRuns.assertColumnsAndFinite(p, COLUMNS);
  }

  @Test
  void sameSeedGivesIdenticalProgressApartFromTime() throws IOException {
    SacConfig cfg = SacConfig.defaults().toBuilder()
        .common(c -> {
          OffPolicyRuns.smokeSized(c);
          c.epochs(2);
        }).build();
    ProgressFile a = train(tmp.resolve("a"), "Pendulum-v1", cfg);
    ProgressFile b = train(tmp.resolve("b"), "Pendulum-v1", cfg);
    ProgressFile c = OffPolicyRuns.run(tmp.resolve("c"), "Pendulum-v1", 1,
        (run, logger) -> Sac.train(cfg, run, logger));
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
  void learnsPendulumWithinFifteenThousandSteps() throws IOException {
    SacConfig cfg =
        SacConfig.defaults().toBuilder().common(OffPolicyRuns::learningSized).build();
    long start = System.nanoTime();
    ProgressFile p = train(tmp.resolve("learn"), "Pendulum-v1", cfg);
    System.out.printf("SAC Pendulum-v1: AverageTestEpRet by epoch %s in %.0f s%n",
        p.column("AverageTestEpRet"), (System.nanoTime() - start) / 1e9);
    assertTrue(p.last("AverageTestEpRet") >= -250, "final " + p.last("AverageTestEpRet"));
  }
}
