package org.spinup4j.algos.ddpg;

import static org.spinup4j.algos.core.Check.nonNegative;
import static org.spinup4j.algos.core.Check.positive;

import org.spinup4j.algos.core.OffPolicyConfig;
import org.spinup4j.algos.core.Param;
import org.spinup4j.algos.core.Params;

/**
 * DDPG's hyperparameters: those all off-policy algorithms share ({@link OffPolicyConfig}) and
 * DDPG's own, each declared once with Spinning Up's name, default, allowed values and help.
 * Change values with {@code DdpgConfig.defaults().toBuilder().set(DdpgConfig.ACT_NOISE, 0.2)
 * .set(DdpgConfig.EPOCHS, 10).build()}.
 */
public final class DdpgConfig extends OffPolicyConfig<DdpgConfig> {
  public static final Param<Double> PI_LR = Param.real("pi_lr", 1e-3, positive(),
      "Policy learning rate (Adam).");
  public static final Param<Double> Q_LR = Param.real("q_lr", 1e-3, positive(),
      "Q-function learning rate (Adam).");
  // Gaussian noise on the policy's action while training, in the action's units (not relative
  // to the bounds).
  public static final Param<Double> ACT_NOISE = Param.real("act_noise", 0.1, nonNegative(),
      "Std of the Gaussian exploration noise, in action units.");

  /** The shared ones first, then DDPG's own, as in Spinning Up's signature. */
  static final Params<DdpgConfig> PARAMS = Params.of(DdpgConfig::new,
      STEPS_PER_EPOCH, EPOCHS, REPLAY_SIZE, GAMMA, POLYAK, BATCH_SIZE, START_STEPS, UPDATE_AFTER,
      UPDATE_EVERY, NUM_TEST_EPISODES, MAX_EP_LEN, SAVE_FREQ, HIDDEN_SIZES, ACTIVATION,
      PI_LR, Q_LR, ACT_NOISE, NUM_ENVS, NORMALIZE_OBS);

  private DdpgConfig(Builder<DdpgConfig> b) {
    super(b);
  }

  /** Spinning Up's defaults. */
  public static DdpgConfig defaults() {
    return PARAMS.defaults();
  }

  public double piLr() { return get(PI_LR); }
  public double qLr() { return get(Q_LR); }
  public double actNoise() { return get(ACT_NOISE); }
}
