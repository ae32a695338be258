package org.spinup4j.algos.ppo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.djl.ndarray.NDManager;
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
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.saving.Checkpoint;
import org.spinup4j.utils.logx.EpochLogger;

class PpoTest {
  static final List<String> COLUMNS = List.of("Epoch", "AverageEpRet", "StdEpRet", "MaxEpRet",
      "MinEpRet", "EpLen", "AverageVVals", "StdVVals", "MaxVVals", "MinVVals",
      "TotalEnvInteracts", "LossPi", "LossV", "DeltaLossPi", "DeltaLossV", "Entropy", "KL",
      "ClipFrac", "StopIter", "Time");

  @TempDir Path tmp;

  static List<String[]> train(Path dir, String env, PpoConfig cfg, long seed) throws IOException {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    try (EpochLogger logger = new EpochLogger(dir, quiet)) {
      Ppo.train(cfg, RunConfig.of(env, seed), logger);
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("progress.txt"))) {
      rows.add(line.split("\t", -1));
    }
    return rows;
  }

  static double value(String[] row, String column) {
    return Double.parseDouble(row[COLUMNS.indexOf(column)]);
  }

  // ------------------------------------------------------------ the PPO math on fixed tensors

  /** The clipped objective written out per sample, in doubles. */
  private static double referenceLoss(double[] logp, double[] logpOld, double[] adv, double eps) {
    double sum = 0;
    for (int i = 0; i < adv.length; i++) {
      double ratio = Math.exp(logp[i] - logpOld[i]);
      double clipped = Math.max(1 - eps, Math.min(1 + eps, ratio));
      sum += Math.min(ratio * adv[i], clipped * adv[i]);
    }
    return -sum / adv.length;
  }

  private static float[] f(double... x) {
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = (float) x[i];
    }
    return out;
  }

  @Test
  void clippedLossTakesThePessimisticTermForEachSignOfTheAdvantage() {
    // ratios: e^0.5 ~ 1.65 (above 1 + eps), e^-0.5 ~ 0.61 (below 1 - eps), e^0.1 ~ 1.11 (inside)
    double[] logpOld = {-1.0, -1.0, -2.0, -2.0, -0.5, -0.5};
    double[] logp = {-0.5, -0.5, -2.5, -2.5, -0.4, -0.4};
    double[] adv = {2.0, -1.0, 1.5, -0.5, 1.0, -3.0};
    double eps = 0.2;
    // By hand, per sample: min(r A, clip(r) A)
    //   r=1.6487, A=2:    min(3.2974, 2.4)      = 2.4       (clipped: no gain past 1.2)
    //   r=1.6487, A=-1:   min(-1.6487, -1.2)    = -1.6487   (unclipped: the loss is kept)
    //   r=0.6065, A=1.5:  min(0.9098, 1.2)      = 0.9098    (unclipped)
    //   r=0.6065, A=-0.5: min(-0.3033, -0.4)    = -0.4      (clipped at 0.8)
    //   r=1.1052, A=1:    1.1052; A=-3: -3.3155 (inside the clip range)
    double expected = -(2.4 - Math.exp(0.5) + 1.5 * Math.exp(-0.5) - 0.4 + Math.exp(0.1)
        - 3 * Math.exp(0.1)) / 6;
    assertEquals(expected, referenceLoss(logp, logpOld, adv, eps), 1e-12, "hand arithmetic");
    try (NDManager m = Torch.newManager(ai.djl.Device.cpu())) {
      Ppo.PiLoss loss = Ppo.clippedLoss(m.create(f(logp)), m.create(f(logpOld)),
          m.create(f(adv)), eps);
      assertEquals(expected, loss.value().getFloat(), 1e-6);
    }
  }

  @Test
  void approximateKlIsTheMeanLogRatioAndClipFracCountsRatiosOutsideTheRange() {
    double[] logpOld = {-1.0, -1.0, -2.0, -0.3, -0.7};
    double[] logp = {-0.5, -1.1, -2.3, -0.3, -0.6};
    double eps = 0.2;
    double kl = 0;
    int outside = 0;
    for (int i = 0; i < logp.length; i++) {
      kl += (logpOld[i] - logp[i]) / logp.length;
      outside += Math.abs(Math.exp(logp[i] - logpOld[i]) - 1) > eps ? 1 : 0;
    }
    // ratios e^0.5, e^-0.1, e^-0.3, 1, e^0.1: only e^0.5 (1.65) and e^-0.3 (0.74) are outside
    assertEquals(2, outside);
    try (NDManager m = Torch.newManager(ai.djl.Device.cpu())) {
      Ppo.PiLoss loss = Ppo.clippedLoss(m.create(f(logp)), m.create(f(logpOld)),
          m.create(f(1, 1, 1, 1, 1)), eps);
      assertEquals(kl, loss.kl(), 1e-6);
      assertEquals(2 / 5.0, loss.clipFrac(), 1e-6);
    }
  }

  @Test
  void atTheOldPolicyTheLossIsMinusTheMeanAdvantageAndNothingIsClipped() {
    double[] logp = {-0.2, -1.7, -3.0};
    double[] adv = {0.5, -2.0, 4.0};
    try (NDManager m = Torch.newManager(ai.djl.Device.cpu())) {
      Ppo.PiLoss loss = Ppo.clippedLoss(m.create(f(logp)), m.create(f(logp)), m.create(f(adv)),
          0.2);
      assertEquals(-(0.5 - 2.0 + 4.0) / 3, loss.value().getFloat(), 1e-6);
      assertEquals(0, loss.kl(), 0);
      assertEquals(0, loss.clipFrac(), 0);
    }
  }

  // ------------------------------------------------------------ runs

  @Test
  void writesSpinningUpsTwentyColumnsOneRowPerEpochAndAModel() throws IOException {
    PpoConfig cfg = PpoConfig.defaults().toBuilder().set(PpoConfig.EPOCHS, 3)
        .set(PpoConfig.STEPS_PER_EPOCH, 500).set(PpoConfig.SAVE_FREQ, 2)
        .build();
    List<String[]> rows = train(tmp.resolve("run"), "CartPole-v1", cfg, 0);
    assertEquals(COLUMNS, Arrays.asList(rows.get(0)));
    assertEquals(4, rows.size());
    for (String[] row : rows.subList(1, rows.size())) {
      for (String v : row) {
        assertTrue(Double.isFinite(Double.parseDouble(v)), "non-finite in " + Arrays.toString(row));
      }
      double stopIter = value(row, "StopIter");
      assertTrue(stopIter >= 0 && stopIter <= 79, "StopIter in [0, 79]: " + stopIter);
      double clipFrac = value(row, "ClipFrac");
      assertTrue(clipFrac >= 0 && clipFrac <= 1, "ClipFrac is a fraction: " + clipFrac);
    }
    assertEquals(1500, value(rows.get(3), "TotalEnvInteracts"));
    assertEquals(List.of(0, 2), Checkpoint.snapshots(tmp.resolve("run")));
    assertEquals("ppo", Checkpoint.readMeta(tmp.resolve("run"), -1).algo());
  }

  @Test
  void policyStepsStopOnceTheApproximateKlPassesOneAndAHalfTargets() throws IOException {
    var b = PpoConfig.defaults().toBuilder().set(PpoConfig.EPOCHS, 2)
        .set(PpoConfig.STEPS_PER_EPOCH, 400);
    List<String[]> strict = train(tmp.resolve("strict"), "CartPole-v1",
        b.set(PpoConfig.TARGET_KL, 1e-5).build(), 3);
    List<String[]> loose = train(tmp.resolve("loose"), "CartPole-v1",
        b.set(PpoConfig.TARGET_KL, 100.0).set(PpoConfig.TRAIN_PI_ITERS, 30).build(), 3);
    for (int i = 1; i < 3; i++) {
      // The first step starts at KL 0, so at least one step is always taken.
      double stopIter = value(strict.get(i), "StopIter");
      assertTrue(stopIter >= 1 && stopIter < 79, "stopped early: " + stopIter);
      assertTrue(value(strict.get(i), "KL") > 1.5e-5, "stopped because KL passed the limit");
      assertEquals(29, value(loose.get(i), "StopIter"), "no early stop: the last index");
    }
  }

  @Test
  void runsAGaussianPolicyOnPendulum() throws IOException {
    PpoConfig cfg = PpoConfig.defaults().toBuilder().set(PpoConfig.EPOCHS, 2)
        .set(PpoConfig.STEPS_PER_EPOCH, 400).build();
    List<String[]> rows = train(tmp.resolve("pend"), "Pendulum-v1", cfg, 1);
    assertEquals(3, rows.size());
    for (String[] row : rows.subList(1, rows.size())) {
      for (String v : row) {
        assertTrue(Double.isFinite(Double.parseDouble(v)), "non-finite in " + Arrays.toString(row));
      }
    }
    double ret = value(rows.get(1), "AverageEpRet");
    assertTrue(ret < 0 && ret > -2000, "Pendulum returns lie in (-2000, 0): " + ret);
    // Entropy before the first update: per dimension 0.5 + 0.5 log(2 pi) + log sigma, sigma = e^-0.5
    assertEquals(0.5 * Math.log(2 * Math.PI), value(rows.get(1), "Entropy"), 1e-4);
  }

  @Test
  @Tag("learning")
  void learnsCartPoleWithEightEnvironmentCopies() throws IOException {
    // One copy reaches 500 after 11 to 16 epochs (docs/benchmarks.md); 20 leave room for seeds.
    PpoConfig cfg = PpoConfig.defaults().toBuilder().set(PpoConfig.EPOCHS, 20)
        .set(PpoConfig.NUM_ENVS, 8).build();
    List<String[]> rows = train(tmp.resolve("copies"), "CartPole-v1", cfg, 0);
    int col = COLUMNS.indexOf("AverageEpRet");
    double first = Double.parseDouble(rows.get(1)[col]);
    double best = Double.NEGATIVE_INFINITY;
    for (String[] row : rows.subList(rows.size() - 3, rows.size())) {
      best = Math.max(best, Double.parseDouble(row[col]));
    }
    System.out.printf("PPO CartPole, 8 copies: first epoch %.1f, best of last three %.1f%n",
        first, best);
    assertTrue(first < 40, "a random policy averages about 22: " + first);
    assertTrue(best > 400, "PPO should nearly solve CartPole in 80,000 steps: " + best);
  }

  @Test
  void sameSeedGivesIdenticalProgressApartFromTime() throws IOException {
    PpoConfig cfg = PpoConfig.defaults().toBuilder().set(PpoConfig.EPOCHS, 2)
        .set(PpoConfig.STEPS_PER_EPOCH, 300).build();
    List<String[]> a = train(tmp.resolve("a"), "CartPole-v1", cfg, 7);
    List<String[]> b = train(tmp.resolve("b"), "CartPole-v1", cfg, 7);
    int time = COLUMNS.indexOf("Time");
    for (int i = 0; i < a.size(); i++) {
      String[] ra = a.get(i).clone();
      String[] rb = b.get(i).clone();
      ra[time] = "";
      rb[time] = "";
      assertEquals(Arrays.asList(ra), Arrays.asList(rb), "row " + i);
    }
  }

  // ------------------------------------------------------------ learning

  /** Thrown by {@link StopWhenSolved} to end a run once it has reached the target return. */
  private static final class Solved extends RuntimeException {
    Solved() {
      super(null, null, false, false);
    }
  }

  /** An epoch logger that remembers each epoch's AverageEpRet and ends the run at a target. */
  private static final class StopWhenSolved extends EpochLogger {
    final List<Double> returns = new ArrayList<>();
    private final double target;

    StopWhenSolved(Path dir, double target) {
      super(dir, new PrintStream(new ByteArrayOutputStream()));
      this.target = target;
    }

    @Override
    public void logTabular(String key, Object value) {
      if (key.equals("AverageEpRet")) {
        returns.add(((Number) value).doubleValue());
      }
      super.logTabular(key, value);
    }

    @Override
    public void dumpTabular() {
      super.dumpTabular();
      if (returns.get(returns.size() - 1) >= target) {
        throw new Solved();
      }
    }
  }

  @Test
  @Tag("learning")
  void defaultsSolveCartPoleWithinFiftyEpochsForThreeSeeds() {
    PpoConfig cfg = PpoConfig.defaults();
    List<String> failures = new ArrayList<>();
    for (long seed = 0; seed < 3; seed++) {
      StopWhenSolved logger = new StopWhenSolved(tmp.resolve("learn" + seed), 475);
      boolean solved = false;
      try (logger) {
        Ppo.train(cfg, RunConfig.of("CartPole-v1", seed), logger);
      } catch (Solved s) {
        solved = true;
      }
      StringBuilder line = new StringBuilder("PPO CartPole-v1 seed " + seed + " AverageEpRet:");
      logger.returns.forEach(r -> line.append(String.format(java.util.Locale.ROOT, " %.1f", r)));
      System.out.println(line);
      if (!solved) {
        failures.add("seed " + seed + " did not reach 475 in " + cfg.epochs() + " epochs");
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("; ", failures));
    }
  }
}
