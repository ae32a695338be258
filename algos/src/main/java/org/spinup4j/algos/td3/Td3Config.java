package org.spinup4j.algos.td3;

import static org.spinup4j.algos.core.Check.atLeast;
import static org.spinup4j.algos.core.Check.nonNegative;

import org.spinup4j.algos.core.OffPolicyConfig;
import org.spinup4j.algos.core.Param;
import org.spinup4j.algos.core.Params;
import org.spinup4j.algos.ddpg.DdpgConfig;

/**
 * TD3's hyperparameters: those all off-policy algorithms share ({@link OffPolicyConfig}), DDPG's
 * learning rates and action noise (declared in {@link DdpgConfig}), and the three of TD3's
 * tricks. Change values with {@code Td3Config.defaults().toBuilder().set(Td3Config.POLICY_DELAY,
 * 3).set(Td3Config.EPOCHS, 10).build()}.
 */
public final class Td3Config extends OffPolicyConfig<Td3Config> {
  public static final Param<Double> PI_LR = DdpgConfig.PI_LR;
  public static final Param<Double> Q_LR = DdpgConfig.Q_LR;
  public static final Param<Double> ACT_NOISE = DdpgConfig.ACT_NOISE;
  // Target policy smoothing, in the action's units.
  public static final Param<Double> TARGET_NOISE = Param.real("target_noise", 0.2,
      nonNegative(), "Std of the noise on the target policy's action (smoothing).");
  public static final Param<Double> NOISE_CLIP = Param.real("noise_clip", 0.5, nonNegative(),
      "The target noise is clipped to [-X, X].");
  public static final Param<Integer> POLICY_DELAY = Param.integer("policy_delay", 2,
      atLeast(1), "Policy and target updates once per N Q updates.");

  /** The shared ones first, then TD3's own, as in Spinning Up's signature. */
  static final Params<Td3Config> PARAMS = Params.of(Td3Config::new,
      STEPS_PER_EPOCH, EPOCHS, REPLAY_SIZE, GAMMA, POLYAK, BATCH_SIZE, START_STEPS, UPDATE_AFTER,
      UPDATE_EVERY, NUM_TEST_EPISODES, MAX_EP_LEN, SAVE_FREQ, HIDDEN_SIZES, ACTIVATION,
      PI_LR, Q_LR, ACT_NOISE, TARGET_NOISE, NOISE_CLIP, POLICY_DELAY, NUM_ENVS, NORMALIZE_OBS);

  private Td3Config(Builder<Td3Config> b) {
    super(b);
  }

  /** Spinning Up's defaults. */
  public static Td3Config defaults() {
    return PARAMS.defaults();
  }

  public double piLr() { return get(PI_LR); }
  public double qLr() { return get(Q_LR); }
  public double actNoise() { return get(ACT_NOISE); }
  public double targetNoise() { return get(TARGET_NOISE); }
  public double noiseClip() { return get(NOISE_CLIP); }
  public int policyDelay() { return get(POLICY_DELAY); }
}
