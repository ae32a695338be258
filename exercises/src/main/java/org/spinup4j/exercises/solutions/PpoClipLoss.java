package org.spinup4j.exercises.solutions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** Answer to exercise 2: the PPO-Clip policy loss, with the two diagnostics PPO logs. */
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
   * L = -mean( min(ratio * A, clip(ratio, 1 - eps, 1 + eps) * A) ), ratio = exp(logp - logpOld).
   *
   * @param logp log pi(a|s) under the policy being trained, shape {@code (n)}
   * @param logpOld log pi_old(a|s) under the policy that collected the data, shape {@code (n)}
   * @param adv advantage estimates A(s, a), shape {@code (n)}
   * @param clipRatio epsilon, how far the ratio may move from 1 (PPO's default is 0.2)
   */
  public static Result compute(NDArray logp, NDArray logpOld, NDArray adv, double clipRatio) {
    // The ratio from log-probabilities: a difference of logs is stabler than a quotient.
    NDArray ratio = logp.sub(logpOld).exp();
    NDArray clipAdv = ratio.clip(1 - clipRatio, 1 + clipRatio).mul(adv);
    // The minimum makes the objective pessimistic: for A > 0 the ratio earns nothing above
    // 1 + eps, for A < 0 nothing below 1 - eps, yet a move in the harmful direction is never
    // clipped away, so its gradient still pulls the policy back.
    NDArray loss = ratio.mul(adv).minimum(clipAdv).mean().neg();

    // Diagnostics are plain numbers, outside the graph.
    float approxKl = logpOld.sub(logp).mean().getFloat();
    NDArray clipped = ratio.gt(1 + clipRatio).logicalOr(ratio.lt(1 - clipRatio));
    float clipFrac = clipped.toType(DataType.FLOAT32, false).mean().getFloat();
    return new Result(loss, approxKl, clipFrac);
  }
}
