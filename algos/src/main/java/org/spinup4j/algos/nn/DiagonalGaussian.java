package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import org.spinup4j.algos.engine.Scalar;

/**
 * A diagonal Gaussian N(mu, diag(exp(logStd))^2) over actions: mean {@code (n, d)}, log standard
 * deviation {@code (d)} or {@code (n, d)}.
 */
public final class DiagonalGaussian implements Distribution {
  static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  private final NDArray mu;
  private final NDArray logStd;

  public DiagonalGaussian(NDArray mu, NDArray logStd) {
    this.mu = mu;
    this.logStd = logStd;
  }

  /**
   * log pi(a|s) = sum_i [ -(a_i - mu_i)^2 / (2 sigma_i^2) - log sigma_i - log sqrt(2 pi) ], summed
   * over action dimensions.
   */
  @Override
  public NDArray logProb(NDArray actions) {
    NDArray z = actions.sub(mu).div(logStd.exp());
    NDArray perDim = z.square().mul(Scalar.of(z, -0.5)).sub(logStd).sub(LOG_SQRT_2PI);
    return perDim.sum(new int[] {-1});
  }

  /** Per dimension: H_i = 1/2 + log sqrt(2 pi) + log sigma_i. */
  @Override
  public NDArray entropy() {
    return mu.zerosLike().add(logStd).add(0.5 + LOG_SQRT_2PI);
  }

  public NDArray mean() {
    return mu;
  }

  public NDArray logStd() {
    return logStd;
  }
}
