package org.spinup4j.exercises.checks;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.spinup4j.algos.engine.Torch;

/**
 * Checks exercise 1 against the Gaussian density evaluated directly, one dimension at a time, in
 * doubles: log prod_i exp(-(x_i - mu_i)^2 / (2 sigma_i^2)) / (sigma_i sqrt(2 pi)).
 */
public final class GaussianLikelihoodCheck {
  /** The answer's signature: x, mu and logStd in, one log-likelihood per action out. */
  @FunctionalInterface
  public interface LogLikelihood {
    NDArray logProb(NDArray x, NDArray mu, NDArray logStd);
  }

  private static final double TOLERANCE = 1e-4;
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
    } catch (RuntimeException e) {
      return Verdict.threw(e);
    }
    return Verdict.pass("log-likelihoods match the Gaussian density evaluated directly, for"
        + " batches of 1 to 10 actions in 1 to 6 dimensions, with logStd of shape (d) and (n, d)");
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
