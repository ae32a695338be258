package org.spinup4j.algos.ppo;

import static org.spinup4j.algos.core.Check.atLeast;
import static org.spinup4j.algos.core.Check.positive;
import static org.spinup4j.algos.core.Check.within;

import org.spinup4j.algos.core.OnPolicyConfig;
import org.spinup4j.algos.core.Param;
import org.spinup4j.algos.core.Params;

/**
 * PPO's hyperparameters: those it shares with VPG ({@link OnPolicyConfig}) and its own three,
 * each declared once with Spinning Up's name, default, allowed values and help. Change values
 * with {@code PpoConfig.defaults().toBuilder().set(PpoConfig.EPOCHS, 2).build()}.
 */
public final class PpoConfig extends OnPolicyConfig<PpoConfig> {
  // How far the probability ratio pi(a|s) / pi_old(a|s) may move from 1 before the objective
  // stops rewarding the move: beyond 1 +- clip_ratio the clipped term is flat, so the new policy
  // gains nothing by straying further from the old one. It may still end up further away (the
  // clip removes the incentive, not the possibility); early stopping on the KL guards that.
  // Symbol: epsilon. 0 would clip every ratio to exactly 1: no update could move the policy.
  public static final Param<Double> CLIP_RATIO = Param.real("clip_ratio", 0.2,
      within(0, 1).and(positive()), "How far pi/pi_old may move from 1 before the objective"
          + " stops rewarding it (epsilon; usually 0.1 to 0.3).");
  // Fewer when early stopping triggers.
  public static final Param<Integer> TRAIN_PI_ITERS = Param.integer("train_pi_iters", 80,
      atLeast(1), "Most policy gradient steps per epoch.");
  // The KL divergence between old and new policy that one update should roughly stay within.
  public static final Param<Double> TARGET_KL = Param.real("target_kl", 0.01, positive(),
      "Policy steps stop once the approximate KL exceeds 1.5 times this (usually 0.01 to"
          + " 0.05).");

  /** In Spinning Up's order, then spinup4j's own: config.json and --help list them so. */
  static final Params<PpoConfig> PARAMS = Params.of(PpoConfig::new,
      STEPS_PER_EPOCH, EPOCHS, GAMMA, CLIP_RATIO, PI_LR, VF_LR, TRAIN_PI_ITERS, TRAIN_V_ITERS,
      LAM, MAX_EP_LEN, TARGET_KL, SAVE_FREQ, HIDDEN_SIZES, ACTIVATION, NUM_ENVS, NORMALIZE_OBS);

  private PpoConfig(Builder<PpoConfig> b) {
    super(b);
  }

  /** Spinning Up's defaults. */
  public static PpoConfig defaults() {
    return PARAMS.defaults();
  }

  public double clipRatio() { return get(CLIP_RATIO); }
  public int trainPiIters() { return get(TRAIN_PI_ITERS); }
  public double targetKl() { return get(TARGET_KL); }
}
