package org.spinup4j.exercises.checks;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.spinup4j.algos.buffers.ReplayBuffer;
import org.spinup4j.algos.core.OffPolicyConfig;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.engine.NoGrad;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.ActionScaler;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.DeterministicActor;
import org.spinup4j.algos.nn.NetworkSpec;
import org.spinup4j.algos.nn.QFunction;
import org.spinup4j.algos.td3.Td3;
import org.spinup4j.algos.td3.Td3Config;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * Checks exercise 5: each of TD3's three tricks on its own, naming every one that is missing,
 * then a short training run of the answer on Pendulum-v1 next to the library's {@link Td3} with
 * the same settings and budget.
 */
public final class Td3Check {
  /** The hyperparameters an answer's update reads. */
  public record Settings(double gamma, double polyak, double piLr, double qLr, double targetNoise,
      double noiseClip, int policyDelay) {
    static Settings defaults() {
      return new Settings(0.99, 0.995, 1e-3, 1e-3, 0.2, 0.5, 2);
    }

    Settings with(double targetNoise, double noiseClip, int policyDelay) {
      return new Settings(gamma, polyak, piLr, qLr, targetNoise, noiseClip, policyDelay);
    }
  }

  /** What the check needs from the exercise's class. */
  public interface Learner {
    NDArray targetAction(NDArray o2);

    NDArray backup(ReplayBuffer.Batch b);

    void update(ReplayBuffer.Batch b, int j);

    DeterministicActor policy();

    DeterministicActor targetPolicy();

    QFunction q1Target();

    QFunction q2Target();
  }

  @FunctionalInterface
  public interface Factory {
    Learner create(NDManager manager, int obsDim, ActionScaler scaler, NetworkSpec spec,
        Settings settings, Random rng);
  }

  static final int EPOCHS = 4;
  static final int STEPS_PER_EPOCH = 2000;
  static final int START_STEPS = 1000;
  static final int UPDATE_EVERY = 50;
  static final int TEST_EPISODES = 3;
  static final int[] HIDDEN = {64, 64};
  /** The answer's final test return may trail the library's by at most this much. */
  static final double MARGIN = 300;

  private static final int OBS_DIM = 3;
  private static final NetworkSpec SMALL = new NetworkSpec(new int[] {16, 16}, Activation.RELU);

  private Td3Check() {}

  public static Verdict check(Factory answer) {
    Verdict v = tricks(answer);
    if (!v.passed()) {
      return v;
    }
    Verdict learned = learnsLikeTheLibrary(answer);
    return learned.passed() ? Verdict.pass(v.message() + "; and " + learned.message()) : learned;
  }

  /** The three tricks, each unit-checked; a failure lists every missing one. */
  static Verdict tricks(Factory answer) {
    Torch.start(1);
    List<String> missing = new ArrayList<>();
    try (NDManager manager = Torch.newManager(Device.cpu())) {
      for (Verdict v : List.of(smoothing(manager, answer), clippedDoubleQ(manager, answer),
          delayedPolicy(manager, answer))) {
        if (!v.passed()) {
          missing.add(v.message());
        }
      }
    } catch (RuntimeException e) {
      return Verdict.threw(e);
    }
    if (!missing.isEmpty()) {
      return Verdict.fail(missing.size() + " of TD3's 3 tricks missing or wrong: "
          + String.join("; ", missing));
    }
    return Verdict.pass("target policy smoothing, clipped double-Q and delayed policy updates"
        + " each behave as TD3's");
  }

  /** Trick 1: noise of the right scale, clipped to +-noiseClip, and the action kept in the box. */
  static Verdict smoothing(NDManager manager, Factory answer) {
    String trick = "trick 1, target policy smoothing: ";
    int n = 4000;
    double sigma = 0.2;
    double clip = 0.25;
    // A wide box first, so that only the noise's own clip can bound the noise.
    ActionScaler wide = ActionScaler.of(Box.symmetric(5f, 5f), "td3");
    Learner learner = answer.create(manager, OBS_DIM, wide, SMALL,
        Settings.defaults().with(sigma, clip, 2), new Random(7));
    NDArray o2 = manager.randomUniform(-1, 1, new Shape(1, OBS_DIM)).repeat(0, n);
    float[] noise;
    try (NoGrad noGrad = NoGrad.enter()) {
      NDArray mu = learner.targetPolicy().forward(o2);
      NDArray a2 = learner.targetAction(o2);
      if (!a2.getShape().equals(mu.getShape())) {
        return Verdict.fail(trick + "the target action has shape " + a2.getShape() + ", mu_targ(s')"
            + " has " + mu.getShape());
      }
      noise = a2.sub(mu).toFloatArray();
    }
    double sumSq = 0;
    double largest = 0;
    for (float e : noise) {
      sumSq += e * e;
      largest = Math.max(largest, Math.abs(e));
    }
    double std = Math.sqrt(sumSq / noise.length);
    if (largest < 1e-6) {
      return Verdict.fail(trick + "the target action is mu_targ(s') itself; add noise eps ~ N(0,"
          + " target_noise^2)");
    }
    if (largest > clip + 1e-5) {
      return Verdict.fail(String.format("%sthe noise reaches %.3f with noise_clip %.2f: clip eps to"
          + " [-noise_clip, noise_clip]", trick, largest, clip));
    }
    double expected = clippedNormalStd(sigma, clip);
    if (Math.abs(std - expected) > 0.1 * expected) {
      return Verdict.fail(String.format("%sthe noise has standard deviation %.3f; with target_noise"
          + " %.2f clipped to +-%.2f it should be %.3f: scale N(0, 1) by target_noise", trick,
          std, sigma, clip, expected));
    }
    // Then a narrow box, which the smoothed action must not leave.
    ActionScaler narrow = ActionScaler.of(Box.symmetric(0.05f, 0.05f), "td3");
    Learner small = answer.create(manager, OBS_DIM, narrow, SMALL,
        Settings.defaults().with(0.2, 0.5, 2), new Random(8));
    try (NoGrad noGrad = NoGrad.enter()) {
      float[] a2 = small.targetAction(o2).toFloatArray();
      for (float a : a2) {
        if (Math.abs(a) > 0.05f + 1e-6) {
          return Verdict.fail(String.format("%sa target action of %.3f leaves the action box"
              + " [-0.05, 0.05]: clip mu_targ(s') + noise to the box (scaler.clip)", trick, a));
        }
      }
    }
    return Verdict.pass("smoothing");
  }

  /** Trick 2: with no smoothing noise the backup is r + gamma (1 - d) min(Q1_targ, Q2_targ). */
  static Verdict clippedDoubleQ(NDManager manager, Factory answer) {
    String trick = "trick 2, clipped double-Q: ";
    ActionScaler scaler = ActionScaler.of(Box.symmetric(2f), "td3");
    Settings s = Settings.defaults().with(0, 0.5, 2);
    Learner learner = answer.create(manager, OBS_DIM, scaler, SMALL, s, new Random(9));
    int n = 16;
    ReplayBuffer.Batch b = randomBatch(manager, n, scaler.dim(), new Random(10));
    float[] y;
    float[] q1;
    float[] q2;
    float[] r = b.rew().toFloatArray();
    float[] d = b.done().toFloatArray();
    try (NoGrad noGrad = NoGrad.enter()) {
      NDArray a2 = scaler.clip(learner.targetPolicy().forward(b.obs2()));
      q1 = learner.q1Target().forward(b.obs2(), a2).toFloatArray();
      q2 = learner.q2Target().forward(b.obs2(), a2).toFloatArray();
      y = learner.backup(b).toFloatArray();
    }
    if (y.length != n) {
      return Verdict.fail(trick + "the backup for " + n + " transitions has " + y.length
          + " values");
    }
    boolean isMin = true;
    boolean isQ1 = true;
    boolean isMax = true;
    for (int i = 0; i < n; i++) {
      double notDone = (1 - d[i]) * s.gamma();
      isMin &= close(y[i], r[i] + notDone * Math.min(q1[i], q2[i]));
      isQ1 &= close(y[i], r[i] + notDone * q1[i]);
      isMax &= close(y[i], r[i] + notDone * Math.max(q1[i], q2[i]));
    }
    if (isMin) {
      return Verdict.pass("clipped double-Q");
    }
    String what = isQ1 ? "the backup uses Q1_targ only"
        : isMax ? "the backup takes the larger of Q1_targ and Q2_targ"
        : String.format("the backup of transition 0 is %.4f; with r %.3f, d %.0f, Q1_targ %.4f and"
            + " Q2_targ %.4f it should be %.4f", y[0], r[0], d[0], q1[0], q2[0],
            r[0] + (1 - d[0]) * s.gamma() * Math.min(q1[0], q2[0]));
    return Verdict.fail(trick + what + ": y = r + gamma (1 - d) min(Q1_targ, Q2_targ)(s', a')");
  }

  /** Trick 3: the policy and the targets move on updates j = 0, d, 2d, ... only. */
  static Verdict delayedPolicy(NDManager manager, Factory answer) {
    String trick = "trick 3, delayed policy updates: ";
    int delay = 3;
    ActionScaler scaler = ActionScaler.of(Box.symmetric(2f), "td3");
    Learner learner = answer.create(manager, OBS_DIM, scaler, SMALL,
        Settings.defaults().with(0.2, 0.5, delay), new Random(11));
    ReplayBuffer.Batch b = randomBatch(manager, 32, scaler.dim(), new Random(12));
    List<Integer> moved = new ArrayList<>();
    List<Integer> targetsMoved = new ArrayList<>();
    for (int j = 0; j < 2 * delay; j++) {
      float[] pi = flat(learner.policy().parameters());
      float[] targ = flat(learner.q1Target().parameters());
      learner.update(b, j);
      if (!Arrays.equals(pi, flat(learner.policy().parameters()))) {
        moved.add(j);
      }
      if (!Arrays.equals(targ, flat(learner.q1Target().parameters()))) {
        targetsMoved.add(j);
      }
    }
    List<Integer> expected = List.of(0, delay);
    if (!moved.equals(expected)) {
      return Verdict.fail(trick + "with policy_delay " + delay + ", updates j = 0.." + (2 * delay - 1)
          + " moved the policy at j = " + moved + "; expected " + expected
          + " (j % policy_delay == 0)");
    }
    if (!targetsMoved.equals(expected)) {
      return Verdict.fail(trick + "the target networks moved at j = " + targetsMoved
          + "; expected " + expected + ", with the policy");
    }
    return Verdict.pass("delayed policy updates");
  }

  /** The answer's TD3 and the library's, same settings and budget, on Pendulum-v1. */
  static Verdict learnsLikeTheLibrary(Factory answer) {
    Torch.start(1);
    long start = System.nanoTime();
    double yours;
    double library;
    try {
      yours = trainAnswer(answer, 0);
      library = trainLibrary(0);
    } catch (RuntimeException e) {
      return Verdict.threw(e);
    }
    String what = String.format("on Pendulum-v1, %d steps (seed 0, %.0f s for both), your TD3's"
        + " final test return is %.1f and the library's %.1f (a random policy gets about -1200)",
        EPOCHS * STEPS_PER_EPOCH, (System.nanoTime() - start) / 1e9, yours, library);
    if (!(yours >= library - MARGIN)) {
      return Verdict.fail(what + String.format("; yours must be within %.0f of it", MARGIN));
    }
    return Verdict.pass(what);
  }

  /** A plain TD3 loop around the answer's update: the interaction is not the exercise. */
  static double trainAnswer(Factory answer, long seed) {
    try (NDManager manager = Torch.newManager(Device.cpu());
        Env env = Envs.make("Pendulum-v1");
        Env testEnv = Envs.make("Pendulum-v1")) {
      Random rng = new Random(seed);
      int obsDim = env.observationSpace().flatDim();
      ActionScaler scaler = ActionScaler.of(env.actionSpace(), "td3");
      Learner learner = answer.create(manager, obsDim, scaler,
          new NetworkSpec(HIDDEN, Activation.RELU), Settings.defaults(), rng);
      ReplayBuffer replay = new ReplayBuffer(obsDim, scaler.dim(), EPOCHS * STEPS_PER_EPOCH);
      DeterministicActor pi = learner.policy();
      float[] o = env.reset(seed);
      for (int t = 0; t < EPOCHS * STEPS_PER_EPOCH; t++) {
        float[] a = t < START_STEPS ? env.actionSpace().sample() : pi.actWithNoise(o, 0.1, rng);
        StepResult res = env.step(a);
        replay.store(o, a, res);
        o = res.done() ? env.reset() : res.observation();
        if (t >= START_STEPS && t % UPDATE_EVERY == 0) {
          for (int j = 0; j < UPDATE_EVERY; j++) {
            learner.update(replay.sampleBatch(manager, 100, rng), j);
          }
          pi.refresh();
        }
      }
      pi.refresh();
      double total = 0;
      testEnv.reset(seed + 1);
      for (int k = 0; k < TEST_EPISODES; k++) {
        float[] obs = testEnv.reset();
        for (boolean done = false; !done; ) {
          StepResult res = testEnv.step(pi.act(obs));
          total += res.reward();
          obs = res.observation();
          done = res.done();
        }
      }
      return total / TEST_EPISODES;
    }
  }

  static double trainLibrary(long seed) {
    Td3Config cfg = Td3Config.defaults().toBuilder()
        .set(OffPolicyConfig.EPOCHS, EPOCHS)
        .set(OffPolicyConfig.STEPS_PER_EPOCH, STEPS_PER_EPOCH)
        .set(OffPolicyConfig.START_STEPS, START_STEPS)
        .set(OffPolicyConfig.UPDATE_AFTER, START_STEPS)
        .set(OffPolicyConfig.UPDATE_EVERY, UPDATE_EVERY)
        .set(OffPolicyConfig.NUM_TEST_EPISODES, TEST_EPISODES)
        .set(OffPolicyConfig.HIDDEN_SIZES, HIDDEN)
        .set(OffPolicyConfig.SAVE_FREQ, 1000)
        .build();
    Path dir;
    try {
      dir = Files.createTempDirectory("spinup4j-exercise5-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (EpochLogger logger = new EpochLogger(dir, new PrintStream(new ByteArrayOutputStream()))) {
      Td3.train(cfg, RunConfig.of("Pendulum-v1", seed), logger);
      return lastValue(dir.resolve("progress.txt"), "AverageTestEpRet");
    } finally {
      delete(dir);
    }
  }

  private static ReplayBuffer.Batch randomBatch(NDManager manager, int n, int actDim, Random rng) {
    ReplayBuffer buffer = new ReplayBuffer(OBS_DIM, actDim, n);
    for (int i = 0; i < n; i++) {
      float[] o = new float[OBS_DIM];
      float[] o2 = new float[OBS_DIM];
      float[] a = new float[actDim];
      for (int k = 0; k < OBS_DIM; k++) {
        o[k] = (float) (2 * rng.nextDouble() - 1);
        o2[k] = (float) (2 * rng.nextDouble() - 1);
      }
      for (int k = 0; k < actDim; k++) {
        a[k] = (float) (2 * rng.nextDouble() - 1);
      }
      buffer.store(o, a, rng.nextGaussian(), o2, i % 4 == 3);
    }
    return buffer.sampleBatch(manager, n, rng);
  }

  /** The standard deviation of clip(X, -c, c) for X ~ N(0, sigma^2), by Monte Carlo in doubles. */
  private static double clippedNormalStd(double sigma, double c) {
    Random rng = new Random(13);
    double sumSq = 0;
    int n = 400_000;
    for (int i = 0; i < n; i++) {
      double x = Math.max(-c, Math.min(c, sigma * rng.nextGaussian()));
      sumSq += x * x;
    }
    return Math.sqrt(sumSq / n);
  }

  private static float[] flat(List<NDArray> params) {
    List<float[]> parts = new ArrayList<>();
    int size = 0;
    for (NDArray p : params) {
      float[] v = p.toFloatArray();
      parts.add(v);
      size += v.length;
    }
    float[] out = new float[size];
    int at = 0;
    for (float[] v : parts) {
      System.arraycopy(v, 0, out, at, v.length);
      at += v.length;
    }
    return out;
  }

  private static boolean close(double got, double expected) {
    return Math.abs(got - expected) <= 1e-4 * Math.max(1, Math.abs(expected));
  }

  private static double lastValue(Path progress, String name) {
    try {
      List<String> lines = Files.readAllLines(progress);
      int k = Arrays.asList(lines.get(0).split("\t")).indexOf(name);
      return Double.parseDouble(lines.get(lines.size() - 1).split("\t")[k].trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }
}
