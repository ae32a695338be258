package org.spinup4j.exercises.problems;

import ai.djl.ndarray.NDArray;

/**
 * Exercise 1: the log-likelihood of actions under a diagonal Gaussian policy.
 *
 * <p>A diagonal Gaussian policy outputs a mean {@code mu} per action dimension and keeps a log
 * standard deviation {@code logStd} (one per dimension, shared by all states, or one per state and
 * dimension). The dimensions are independent, so the log-likelihood of an action vector is the sum
 * over its dimensions of the one-dimensional Gaussian log-density. Both VPG and PPO need this
 * number for every sampled action, and need it as a tensor so that gradients flow through it.
 *
 * <p>Check your answer with {@code ./exercises/check 1}. Hints:
 * docs/exercises/1-gaussian-likelihood.md.
 */
public final class GaussianLikelihood {
  private GaussianLikelihood() {}

  /**
   * log N(x | mu, diag(exp(logStd))^2), summed over the last axis.
   *
   * @param x actions, shape {@code (n, d)}
   * @param mu means, shape {@code (n, d)}
   * @param logStd log standard deviations, shape {@code (d)} or {@code (n, d)}
   * @return the log-likelihood of each of the {@code n} actions, shape {@code (n)}
   */
  public static NDArray logProb(NDArray x, NDArray mu, NDArray logStd) {
    // TODO (exercise 1): compute the log-likelihood with NDArray operations (sub, div, exp,
    // square, mul, sum, ...). The line below is a placeholder of the right shape, all zeros.
    return x.zerosLike().sum(new int[] {-1});
  }
}
