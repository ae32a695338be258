package org.spinup4j.algos.vpg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.saving.Checkpoint;
import org.spinup4j.utils.logx.EpochLogger;

class VpgTest {
  static final List<String> COLUMNS = List.of("Epoch", "AverageEpRet", "StdEpRet", "MaxEpRet",
      "MinEpRet", "EpLen", "AverageVVals", "StdVVals", "MaxVVals", "MinVVals",
      "TotalEnvInteracts", "LossPi", "LossV", "DeltaLossPi", "DeltaLossV", "Entropy", "KL", "Time");

  @TempDir Path tmp;

  static List<String[]> train(Path dir, String env, VpgConfig cfg, long seed) throws IOException {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    try (EpochLogger logger = new EpochLogger(dir, quiet)) {
      Vpg.train(cfg, RunConfig.of(env, seed), logger);
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("progress.txt"))) {
      rows.add(line.split("\t", -1));
    }
    return rows;
  }

  @Test
  void writesSpinningUpsEighteenColumnsOneRowPerEpochAndAModel() throws IOException {
    VpgConfig cfg = VpgConfig.defaults().toBuilder().set(VpgConfig.EPOCHS, 3)
        .set(VpgConfig.STEPS_PER_EPOCH, 500).build();
    List<String[]> rows = train(tmp.resolve("run"), "CartPole-v1", cfg, 0);
    assertEquals(COLUMNS, Arrays.asList(rows.get(0)));
    assertEquals(4, rows.size());
    for (String[] row : rows.subList(1, rows.size())) {
      for (String v : row) {
        assertTrue(Double.isFinite(Double.parseDouble(v)), "non-finite value in " + Arrays.toString(row));
      }
    }
    assertEquals("1500", rows.get(3)[COLUMNS.indexOf("TotalEnvInteracts")]);
    assertEquals(List.of(0, 2), Checkpoint.snapshots(tmp.resolve("run")));
  }

  @Test
  void runsAGaussianPolicyOnPendulum() throws IOException {
    VpgConfig cfg = VpgConfig.defaults().toBuilder().set(VpgConfig.EPOCHS, 2)
        .set(VpgConfig.STEPS_PER_EPOCH, 400).build();
    List<String[]> rows = train(tmp.resolve("pend"), "Pendulum-v1", cfg, 1);
    assertEquals(3, rows.size());
    double ret = Double.parseDouble(rows.get(1)[COLUMNS.indexOf("AverageEpRet")]);
    assertTrue(ret < 0 && ret > -2000, "Pendulum returns lie in (-2000, 0): " + ret);
    double entropy = Double.parseDouble(rows.get(1)[COLUMNS.indexOf("Entropy")]);
    // per-dimension entropy of N(mu, exp(-0.5)^2): 0.5 + 0.5 log(2 pi) - 0.5
    assertEquals(0.5 * Math.log(2 * Math.PI), entropy, 1e-4);
  }

  @Test
  void sameSeedGivesIdenticalProgressApartFromTime() throws IOException {
    VpgConfig cfg = VpgConfig.defaults().toBuilder().set(VpgConfig.EPOCHS, 2)
        .set(VpgConfig.STEPS_PER_EPOCH, 600).build();
    List<String[]> a = train(tmp.resolve("a"), "CartPole-v1", cfg, 7);
    List<String[]> b = train(tmp.resolve("b"), "CartPole-v1", cfg, 7);
    List<String[]> c = train(tmp.resolve("c"), "CartPole-v1", cfg, 8);
    int time = COLUMNS.indexOf("Time");
    for (int i = 0; i < a.size(); i++) {
      String[] ra = a.get(i).clone();
      String[] rb = b.get(i).clone();
      ra[time] = "";
      rb[time] = "";
      assertEquals(Arrays.asList(ra), Arrays.asList(rb), "row " + i);
    }
    assertTrue(!Arrays.equals(a.get(1), c.get(1)), "another seed gives another run");
  }

  @Test
  @Tag("learning")
  void learnsCartPoleWithinTwentyEpochs() throws IOException {
    VpgConfig cfg = VpgConfig.defaults().toBuilder().set(VpgConfig.EPOCHS, 20)
        .set(VpgConfig.STEPS_PER_EPOCH, 2000).set(VpgConfig.PI_LR, 1e-2)
        .build();
    List<String[]> rows = train(tmp.resolve("learn"), "CartPole-v1", cfg, 0);
    int col = COLUMNS.indexOf("AverageEpRet");
    double first = Double.parseDouble(rows.get(1)[col]);
    double best = Double.NEGATIVE_INFINITY;
    for (String[] row : rows.subList(rows.size() - 3, rows.size())) {
      best = Math.max(best, Double.parseDouble(row[col]));
    }
    System.out.printf("VPG CartPole: first epoch %.1f, best of last three %.1f%n", first, best);
    assertTrue(first < 40, "a random policy averages about 22: " + first);
    assertTrue(best > 150, "VPG should clearly improve CartPole: " + first + " -> " + best);
  }
}
