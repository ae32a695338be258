package org.spinup4j.exercises.problems;

import ai.djl.ndarray.NDArray;

/**
 * Exercise 2: the PPO-Clip policy loss, with the two diagnostics PPO logs.
 *
 * <p>PPO collects a batch with the policy pi_old, then takes many gradient steps on the same
 * batch. To stop the new policy pi from moving too far from pi_old, it maximises a clipped
 * surrogate: the probability ratio pi(a|s) / pi_old(a|s) times the advantage, where the ratio
 * only earns credit while it stays within 1 +- clipRatio. The loss to minimise is the negative
 * mean of that objective (docs/algorithms/ppo.md, "Key equations").
 *
 * <p>Alongside the loss, PPO logs an estimate of the KL divergence from pi_old to pi (it stops the
 * policy steps early when this passes a target) and the fraction of samples whose ratio the clip
 * caught.
 *
 * <p>Check your answer with {@code ./exercises/check 2}. Hints: docs/exercises/2-ppo-clip-loss.md.
 */
public final class PpoClipLoss {
  private PpoClipLoss() {}

  /**
   * The loss and its diagnostics.
   *
   * @param loss the scalar to minimise, a tensor so that gradients flow to logp
   * @param approxKl the mean of logpOld - logp, a sample estimate of KL(pi_old || pi)
   * @param clipFrac the fraction of samples whose ratio lies outside [1 - clipRatio, 1 + clipRatio]
   */
  public record Result(NDArray loss, float approxKl, float clipFrac) {}

  /**
   * @param logp log pi(a|s) under the policy being trained, shape {@code (n)}
   * @param logpOld log pi_old(a|s) under the policy that collected the data, shape {@code (n)}
   * @param adv advantage estimates A(s, a), shape {@code (n)}
   * @param clipRatio epsilon, how far the ratio may move from 1 (PPO's default is 0.2)
   */
  public static Result compute(NDArray logp, NDArray logpOld, NDArray adv, double clipRatio) {
    // TODO (exercise 2): compute the ratio, the clipped objective and its negative mean, then the
    // two diagnostics. The lines below are placeholders: a zero loss that still depends on logp.
    NDArray loss = logp.mul(0).sum();
    float approxKl = 0;
    float clipFrac = 0;
    return new Result(loss, approxKl, clipFrac);
  }
}
