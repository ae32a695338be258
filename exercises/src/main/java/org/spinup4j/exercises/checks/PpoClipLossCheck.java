package org.spinup4j.exercises.checks;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.Random;
import org.spinup4j.algos.engine.Torch;

/**
 * Checks exercise 2 against the PPO-Clip objective written out sample by sample in doubles: the
 * loss, the approximate KL, the clip fraction, and the gradient of the loss with respect to logp
 * (which is -ratio * A / n where the unclipped term is the smaller one, and 0 where the clip holds
 * the objective flat).
 */
public final class PpoClipLossCheck {
  /** The answer's signature. */
  @FunctionalInterface
  public interface ClipLoss {
    Values compute(NDArray logp, NDArray logpOld, NDArray adv, double clipRatio);
  }

  /** What an answer returns, whichever class it is written in. */
  public record Values(NDArray loss, float approxKl, float clipFrac) {}

  private static final double TOLERANCE = 1e-4;

  /** A hand-made batch: ratios inside and outside the clip range, advantages of both signs. */
  private static final double[] DELTA = {-0.5, -0.1, 0.0, 0.1, 0.3, -0.3, 0.05, 0.5};
  private static final double[] ADV = {1.0, -1.0, 2.0, -0.5, 1.5, -2.0, 0.7, -1.2};

  private PpoClipLossCheck() {}

  public static Verdict check(ClipLoss answer) {
    Torch.start(1);
    try (NDManager manager = Torch.newManager(Device.cpu())) {
      Random rng = new Random(2);
      double[] logpOld = new double[DELTA.length];
      for (int i = 0; i < logpOld.length; i++) {
        logpOld[i] = -1 - rng.nextDouble();
      }
      Verdict v = compare(manager, answer, plus(logpOld, DELTA), logpOld, ADV, 0.2);
      for (double eps : new double[] {0.1, 0.3}) {
        if (v.passed()) {
          double[][] batch = randomBatch(rng, 100);
          v = compare(manager, answer, batch[0], batch[1], batch[2], eps);
        }
      }
      if (!v.passed()) {
        return v;
      }
    } catch (RuntimeException e) {
      return Verdict.threw(e);
    }
    return Verdict.pass("loss, approximate KL, clip fraction and the loss's gradient with respect"
        + " to logp all match the objective written out per sample, for clip ratios 0.1 to 0.3");
  }

  private static Verdict compare(NDManager manager, ClipLoss answer, double[] logpExact,
      double[] logpOldExact, double[] adv, double eps) {
    int n = adv.length;
    // The reference sees the same float-rounded inputs as the answer, so that a ratio near
    // 1 +- eps falls on the same side of the clip in both.
    double[] logp = doubles(floats(logpExact));
    double[] logpOld = doubles(floats(logpOldExact));
    NDArray logpArray = manager.create(floats(logp));
    logpArray.setRequiresGradient(true);
    Values got;
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      got = answer.compute(logpArray, manager.create(floats(logpOld)), manager.create(floats(adv)),
          eps);
      if (got == null || got.loss() == null || got.loss().size() != 1) {
        return Verdict.fail("the loss should be one number (a scalar tensor); got "
            + (got == null || got.loss() == null ? "null" : "shape " + got.loss().getShape()));
      }
      try {
        collector.backward(got.loss());
      } catch (RuntimeException e) {
        return Verdict.fail("backpropagating through your loss failed (" + e.getMessage()
            + "): build the loss from NDArray operations on logp, not from float values");
      }
    }
    String batch = "a batch of " + n + " samples with clipRatio " + eps;
    Reference ref = Reference.of(logp, logpOld, adv, eps);
    if (!close(got.loss().getFloat(), ref.loss)) {
      return Verdict.fail(String.format("on %s the loss is %.5f; expected %.5f, the negative mean"
          + " of min(ratio * A, clip(ratio, 1 - eps, 1 + eps) * A)", batch,
          got.loss().getFloat(), ref.loss));
    }
    if (!close(got.approxKl(), ref.kl)) {
      return Verdict.fail(String.format("on %s approxKl is %.5f; expected %.5f, the mean of"
          + " logpOld - logp", batch, got.approxKl(), ref.kl));
    }
    if (!close(got.clipFrac(), ref.clipFrac)) {
      return Verdict.fail(String.format("on %s clipFrac is %.5f; expected %.5f, the fraction of"
          + " ratios above 1 + eps or below 1 - eps", batch, got.clipFrac(), ref.clipFrac));
    }
    float[] grad = logpArray.getGradient().toFloatArray();
    for (int i = 0; i < n; i++) {
      if (!close(grad[i], ref.grad[i])) {
        return Verdict.fail(String.format("on %s the gradient of the loss with respect to logp[%d]"
            + " is %.5f; expected %.5f (ratio %.3f, A %.3f): where the clip holds the objective"
            + " flat the gradient is 0, elsewhere -ratio * A / n", batch, i, grad[i], ref.grad[i],
            Math.exp(logp[i] - logpOld[i]), adv[i]));
      }
    }
    return Verdict.pass(batch);
  }

  /** The objective sample by sample, in doubles. */
  private record Reference(double loss, double kl, double clipFrac, double[] grad) {
    static Reference of(double[] logp, double[] logpOld, double[] adv, double eps) {
      int n = adv.length;
      double objective = 0;
      double kl = 0;
      int clipped = 0;
      double[] grad = new double[n];
      for (int i = 0; i < n; i++) {
        double ratio = Math.exp(logp[i] - logpOld[i]);
        double clippedRatio = Math.max(1 - eps, Math.min(1 + eps, ratio));
        double unclippedTerm = ratio * adv[i];
        double clippedTerm = clippedRatio * adv[i];
        objective += Math.min(unclippedTerm, clippedTerm);
        // d(ratio)/d(logp) = ratio; the clipped term is constant in logp once the clip holds.
        grad[i] = unclippedTerm <= clippedTerm ? -unclippedTerm / n : 0;
        kl += logpOld[i] - logp[i];
        clipped += ratio > 1 + eps || ratio < 1 - eps ? 1 : 0;
      }
      return new Reference(-objective / n, kl / n, (double) clipped / n, grad);
    }
  }

  /** logpOld, and logp moved from it by up to +-0.6 (ratios from about 0.55 to 1.8), and A. */
  private static double[][] randomBatch(Random rng, int n) {
    double[][] b = new double[3][n];
    for (int i = 0; i < n; i++) {
      b[1][i] = -0.5 - 2 * rng.nextDouble();
      b[0][i] = b[1][i] + 1.2 * (rng.nextDouble() - 0.5);
      b[2][i] = rng.nextGaussian();
    }
    return b;
  }

  private static boolean close(double got, double expected) {
    return Math.abs(got - expected) <= TOLERANCE * Math.max(1, Math.abs(expected));
  }

  private static double[] plus(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] + b[i];
    }
    return out;
  }

  private static double[] doubles(float[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  private static float[] floats(double[] values) {
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (float) values[i];
    }
    return out;
  }
}
