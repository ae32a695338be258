package org.spinup4j.exercises.solutions;

import ai.djl.ndarray.NDArray;
import org.spinup4j.algos.engine.Scalar;

/** Answer to exercise 1: the log-likelihood of actions under a diagonal Gaussian policy. */
public final class GaussianLikelihood {
  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  private GaussianLikelihood() {}

  /**
   * log N(x | mu, diag(exp(logStd))^2) = sum_i [ -(x_i - mu_i)^2 / (2 sigma_i^2) - log sigma_i -
   * log sqrt(2 pi) ], summed over the last axis.
   *
   * @param x actions, shape {@code (n, d)}
   * @param mu means, shape {@code (n, d)}
   * @param logStd log standard deviations, shape {@code (d)} or {@code (n, d)}
   * @return the log-likelihood of each of the {@code n} actions, shape {@code (n)}
   */
  public static NDArray logProb(NDArray x, NDArray mu, NDArray logStd) {
    // Dividing by sigma = exp(logStd) keeps the policy's parameter logStd unconstrained: any real
    // value is a valid standard deviation. A (d) logStd broadcasts over the n rows.
    NDArray z = x.sub(mu).div(logStd.exp());
    // -0.5 as a tensor, not a Java number: a policy loss backpropagates through this product, and
    // DJL frees a number operand before the backward pass needs it (algos engine/Scalar.java).
    NDArray perDim = z.square().mul(Scalar.of(z, -0.5)).sub(logStd).sub(LOG_SQRT_2PI);
    // Summing the last axis, not everything: one number per action, not one per batch.
    return perDim.sum(new int[] {-1});
  }
}
