package org.spinup4j.exercises.checks;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.Random;
import org.spinup4j.algos.engine.Torch;

/**
 * Checks exercise 1 against the Gaussian density evaluated directly, one dimension at a time, in
 * doubles: log prod_i exp(-(x_i - mu_i)^2 / (2 sigma_i^2)) / (sigma_i sqrt(2 pi)). Then checks
 * that gradients flow: DJL's autograd through the answer must agree with finite differences of
 * the answer itself, with respect to mu and logStd, since the policy gradient trains both.
 */
public final class GaussianLikelihoodCheck {
  /** The answer's signature: x, mu and logStd in, one log-likelihood per action out. */
  @FunctionalInterface
  public interface LogLikelihood {
    NDArray logProb(NDArray x, NDArray mu, NDArray logStd);
  }

  private static final double TOLERANCE = 1e-4;
  // Central differences in float64 are accurate to about 1e-8 here; autograd runs in float32.
  private static final double STEP = 1e-4;
  private static final double GRADIENT_TOLERANCE = 2e-3;
  // Batch sizes n and action dimensions d; n = d = 1 catches answers that squeeze too much.
  private static final int[][] SIZES = {{1, 1}, {5, 2}, {10, 6}};

  private GaussianLikelihoodCheck() {}

  public static Verdict check(LogLikelihood answer) {
    Torch.start(1);
    Random rng = new Random(1);
    try (NDManager manager = Torch.newManager(Device.cpu())) {
      for (int[] size : SIZES) {
        for (boolean perRow : new boolean[] {false, true}) {
          Verdict v = compare(manager, answer, size[0], size[1], perRow, rng);
          if (!v.passed()) {
            return v;
          }
        }
      }
      for (boolean perRow : new boolean[] {false, true}) {
        Verdict v = compareGradients(manager, answer, 4, 3, perRow, rng);
        if (!v.passed()) {
          return v;
        }
      }
    } catch (RuntimeException e) {
      return Verdict.threw(e);
    }
    return Verdict.pass("log-likelihoods match the Gaussian density evaluated directly, for"
        + " batches of 1 to 10 actions in 1 to 6 dimensions, with logStd of shape (d) and (n, d);"
        + " their gradients with respect to mu and logStd match finite differences");
  }

  private static Verdict compare(
      NDManager manager, LogLikelihood answer, int n, int d, boolean perRow, Random rng) {
    double[][] mu = uniform(rng, n, d, -1, 1);
    double[][] logStd = uniform(rng, perRow ? n : 1, d, -1.5, 0.5);
    double[][] x = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double sigma = Math.exp(logStd[perRow ? i : 0][j]);
        x[i][j] = mu[i][j] + sigma * 2 * rng.nextGaussian();
      }
    }
    String setting = "a batch of n=" + n + " in d=" + d + " dimensions with logStd of shape "
        + (perRow ? "(n, d)" : "(d)");
    NDArray logStdArray = perRow ? tensor(manager, logStd) : tensor(manager, logStd).reshape(d);
    NDArray got = answer.logProb(tensor(manager, x), tensor(manager, mu), logStdArray);
    if (got == null || !got.getShape().equals(new Shape(n))) {
      return Verdict.fail("for " + setting + " logProb returned shape "
          + (got == null ? "null" : got.getShape()) + "; expected (" + n + "): one"
          + " log-likelihood per action, summed over the last axis (the action dimensions)");
    }
    float[] values = got.toType(DataType.FLOAT32, false).toFloatArray();
    for (int i = 0; i < n; i++) {
      double expected = 0;
      for (int j = 0; j < d; j++) {
        double sigma = Math.exp(logStd[perRow ? i : 0][j]);
        double z = (x[i][j] - mu[i][j]) / sigma;
        expected += Math.log(Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI)));
      }
      if (!(Math.abs(values[i] - expected) <= TOLERANCE * Math.max(1, Math.abs(expected)))) {
        return Verdict.fail(String.format("for %s, action %d has log-likelihood %.5f; expected"
            + " %.5f (sigma = exp(logStd); each dimension adds -z^2/2 - log sigma - log sqrt(2 pi)"
            + " with z = (x - mu) / sigma)", setting, i, values[i], expected));
      }
    }
    return Verdict.pass(setting);
  }

  /**
   * Autograd against central finite differences, both through the answer, of f = sum_i w_i
   * logProb_i with random weights w (so that a gradient mixed up between rows shows).
   */
  private static Verdict compareGradients(
      NDManager manager, LogLikelihood answer, int n, int d, boolean perRow, Random rng) {
    double[][] mu = uniform(rng, n, d, -1, 1);
    double[][] logStd = uniform(rng, perRow ? n : 1, d, -1.0, 0.3);
    double[][] x = uniform(rng, n, d, -2, 2);
    double[][] w = uniform(rng, 1, n, 0.5, 1.5);
    String setting = "a batch of n=" + n + " in d=" + d + " dimensions with logStd of shape "
        + (perRow ? "(n, d)" : "(d)");

    NDArray muArray = tensor(manager, mu);
    NDArray logStdArray = perRow ? tensor(manager, logStd) : tensor(manager, logStd).reshape(d);
    muArray.setRequiresGradient(true);
    logStdArray.setRequiresGradient(true);
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray f = answer.logProb(tensor(manager, x), muArray, logStdArray)
          .mul(tensor(manager, w).reshape(n)).sum();
      try {
        collector.backward(f);
      } catch (RuntimeException e) {
        return Verdict.fail("for " + setting + " backpropagating through logProb failed ("
            + e.getMessage() + "): build it from NDArray operations on mu and logStd, not from"
            + " float values");
      }
    }
    Verdict v = compareGradient(manager, answer, "mu", muArray.getGradient(), x, mu, logStd, w,
        false, setting);
    return v.passed()
        ? compareGradient(manager, answer, "logStd", logStdArray.getGradient(), x, mu, logStd, w,
            true, setting)
        : v;
  }

  private static Verdict compareGradient(NDManager manager, LogLikelihood answer, String name,
      NDArray autograd, double[][] x, double[][] mu, double[][] logStd, double[][] w,
      boolean wrtLogStd, String setting) {
    double[][] param = wrtLogStd ? logStd : mu;
    float[] got = autograd.toType(DataType.FLOAT32, false).toFloatArray();
    for (int i = 0; i < param.length; i++) {
      for (int j = 0; j < param[i].length; j++) {
        double saved = param[i][j];
        param[i][j] = saved + STEP;
        double up = weightedSum(manager, answer, x, mu, logStd, w);
        param[i][j] = saved - STEP;
        double down = weightedSum(manager, answer, x, mu, logStd, w);
        param[i][j] = saved;
        double numeric = (up - down) / (2 * STEP);
        double g = got[i * param[i].length + j];
        if (!(Math.abs(g - numeric) <= GRADIENT_TOLERANCE * Math.max(1, Math.abs(numeric)))) {
          String index = param.length == 1 ? "[" + j + "]" : "[" + i + ", " + j + "]";
          return Verdict.fail(String.format("for %s, the gradient of sum_i w_i logProb_i with"
              + " respect to %s%s is %.5f by autograd through your logProb, but finite"
              + " differences of your own logProb give %.5f: part of the result does not pass"
              + " gradients back to %s (a stopGradient, a value read out as a float, or a"
              + " constant computed from %s's values)", setting, name, index, g, numeric, name,
              name));
        }
      }
    }
    return Verdict.pass(setting);
  }

  /** sum_i w_i logProb_i, evaluated in float64 for finite differences. */
  private static double weightedSum(NDManager manager, LogLikelihood answer, double[][] x,
      double[][] mu, double[][] logStd, double[][] w) {
    try (NDManager scratch = manager.newSubManager()) {
      NDArray ls = float64(scratch, logStd);
      if (logStd.length == 1) {
        ls = ls.reshape(logStd[0].length);
      }
      NDArray logp = answer.logProb(float64(scratch, x), float64(scratch, mu), ls);
      double[] values = logp.toType(DataType.FLOAT64, false).toDoubleArray();
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        sum += w[0][i] * values[i];
      }
      return sum;
    }
  }

  private static NDArray float64(NDManager manager, double[][] values) {
    double[] flat = new double[values.length * values[0].length];
    for (int i = 0; i < values.length; i++) {
      System.arraycopy(values[i], 0, flat, i * values[i].length, values[i].length);
    }
    return manager.create(flat, new Shape(values.length, values[0].length));
  }

  private static double[][] uniform(Random rng, int rows, int cols, double lo, double hi) {
    double[][] out = new double[rows][cols];
    for (double[] row : out) {
      for (int j = 0; j < cols; j++) {
        row[j] = lo + (hi - lo) * rng.nextDouble();
      }
    }
    return out;
  }

  private static NDArray tensor(NDManager manager, double[][] values) {
    float[] flat = new float[values.length * values[0].length];
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < values[i].length; j++) {
        flat[i * values[i].length + j] = (float) values[i][j];
      }
    }
    return manager.create(flat, new Shape(values.length, values[0].length));
  }
}
