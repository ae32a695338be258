package org.spinup4j.exercises.checks;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.spinup4j.algos.engine.Torch;

/**
 * Checks exercise 3 on a tiny fixed problem where the right answer is known: a batch of terminal
 * transitions (d = 1), whose Bellman backup is just the reward, r = sin(2 s_0) + s_1 a - s_2 / 2.
 * Two things must hold: the loss equals the mean squared error of Q(s, a) against r, computed here
 * in doubles from the answer's own Q-values; and a few hundred updates on the batch make Q(s, a)
 * fit r (R^2 above 0.9), not merely the mean of r.
 */
public final class QLearningCheck {
  /** What the check needs from the exercise's class. */
  public interface Learner {
    /** Q(s, a) for a batch. */
    NDArray q(NDArray o, NDArray a);

    /** The Q loss on a batch, a scalar tensor. */
    NDArray loss(NDArray o, NDArray a, NDArray r, NDArray o2, NDArray d);

    /** One update on a batch. */
    void update(NDArray o, NDArray a, NDArray r, NDArray o2, NDArray d);
  }

  /** Builds a learner with DDPG's gamma and polyak and the given Q learning rate. */
  @FunctionalInterface
  public interface Factory {
    Learner create(NDManager manager, int obsDim, int actDim, double gamma, double polyak,
        double qLr, Random rng);
  }

  static final int N = 64;
  static final int OBS_DIM = 3;
  static final int UPDATES = 400;
  static final double MIN_R2 = 0.9;

  private QLearningCheck() {}

  public static Verdict check(Factory factory) {
    Torch.start(1);
    try (NDManager manager = Torch.newManager(Device.cpu())) {
      Problem p = Problem.make(manager, new Random(3));
      Learner learner = factory.create(manager, OBS_DIM, 1, 0.99, 0.995, 3e-3, new Random(4));
      Verdict v = lossIsMeanSquaredError(learner, p);
      if (v.passed()) {
        v = fitsTheTargets(learner, p);
      }
      return v.passed() ? Verdict.pass("the loss is the mean squared error of Q(s,a) against its"
          + " targets, and " + v.message()) : v;
    } catch (RuntimeException e) {
      return Verdict.threw(e);
    }
  }

  /** The fixed batch: n terminal transitions and their rewards as doubles. */
  record Problem(NDArray o, NDArray a, NDArray r, NDArray o2, NDArray d, double[] rewards) {
    static Problem make(NDManager manager, Random rng) {
      float[] o = new float[N * OBS_DIM];
      float[] a = new float[N];
      float[] r = new float[N];
      float[] o2 = new float[N * OBS_DIM];
      for (int i = 0; i < N; i++) {
        for (int j = 0; j < OBS_DIM; j++) {
          o[i * OBS_DIM + j] = (float) (2 * rng.nextDouble() - 1);
          o2[i * OBS_DIM + j] = (float) (2 * rng.nextDouble() - 1);
        }
        a[i] = (float) (2 * rng.nextDouble() - 1);
        float[] s = {o[i * OBS_DIM], o[i * OBS_DIM + 1], o[i * OBS_DIM + 2]};
        r[i] = (float) (Math.sin(2 * s[0]) + s[1] * a[i] - s[2] / 2);
      }
      double[] rewards = new double[N];
      for (int i = 0; i < N; i++) {
        rewards[i] = r[i];
      }
      Shape obsShape = new Shape(N, OBS_DIM);
      return new Problem(manager.create(o, obsShape), manager.create(a, new Shape(N, 1)),
          manager.create(r), manager.create(o2, obsShape), manager.ones(new Shape(N)), rewards);
    }
  }

  /** With d = 1 the backup is r, so the loss must be mean_i (Q(s_i, a_i) - r_i)^2. */
  static Verdict lossIsMeanSquaredError(Learner learner, Problem p) {
    double[] q = qValues(learner, p);
    if (q.length != N) {
      return Verdict.fail("Q(s,a) for a batch of " + N + " has " + q.length + " values");
    }
    double expected = squaredDistance(q, p.rewards()) / N;
    NDArray loss = learner.loss(p.o(), p.a(), p.r(), p.o2(), p.d());
    if (loss.size() != 1) {
      return Verdict.fail("the loss has shape " + loss.getShape() + "; it should be a scalar");
    }
    double got = loss.toType(DataType.FLOAT64, false).getDouble();
    if (Math.abs(got - expected) > 1e-4 * Math.max(1, expected)) {
      return Verdict.fail(String.format("on %d terminal transitions (so every backup is just r)"
          + " the loss is %.5f, but the mean squared error of Q(s,a) against r is %.5f. The loss"
          + " does not compare each Q(s_i,a_i) with its own target: print the shapes of the"
          + " tensors in qLoss", N, got, expected));
    }
    return Verdict.pass(String.format("loss %.5f", got));
  }

  /** After {@link #UPDATES} updates on the batch, Q(s, a) should explain most of r's variance. */
  static Verdict fitsTheTargets(Learner learner, Problem p) {
    for (int k = 0; k < UPDATES; k++) {
      learner.update(p.o(), p.a(), p.r(), p.o2(), p.d());
    }
    double[] q = qValues(learner, p);
    double[] r = p.rewards();
    double r2 = 1 - squaredDistance(q, r) / squaredDistance(r, mean(r));
    String fit = String.format("after %d updates on a fixed batch of %d transitions Q(s,a) explains"
        + " R^2 = %.3f of the variance of its targets", UPDATES, N, r2);
    if (!(r2 > MIN_R2)) {
      return Verdict.fail(fit + String.format(" (need more than %.1f). The targets have standard"
          + " deviation %.3f, the Q-values %.3f: Q is fitted to something other than its own"
          + " targets", MIN_R2, Math.sqrt(squaredDistance(r, mean(r)) / r.length),
          Math.sqrt(squaredDistance(q, mean(q)) / q.length)));
    }
    return Verdict.pass(fit);
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /** sum_i (a_i - b_i)^2. */
  private static double squaredDistance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return sum;
  }

  /** sum_i (a_i - c)^2. */
  private static double squaredDistance(double[] a, double c) {
    double sum = 0;
    for (double v : a) {
      sum += (v - c) * (v - c);
    }
    return sum;
  }

  private static double[] qValues(Learner learner, Problem p) {
    float[] q = learner.q(p.o(), p.a()).toFloatArray();
    double[] out = new double[q.length];
    for (int i = 0; i < q.length; i++) {
      out[i] = q[i];
    }
    return out;
  }
}
