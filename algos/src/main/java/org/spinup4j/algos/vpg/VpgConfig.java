package org.spinup4j.algos.vpg;

import org.spinup4j.algos.core.OnPolicyConfig;
import org.spinup4j.algos.core.Params;

/**
 * VPG's hyperparameters: those it shares with PPO, declared in {@link OnPolicyConfig} with their
 * defaults, allowed values and help, listed here in Spinning Up's order. Change values with
 * {@code VpgConfig.defaults().toBuilder().set(VpgConfig.EPOCHS, 2).build()}.
 */
public final class VpgConfig extends OnPolicyConfig<VpgConfig> {
  /** In Spinning Up's order, then spinup4j's own: config.json and --help list them so. */
  static final Params<VpgConfig> PARAMS = Params.of(VpgConfig::new,
      STEPS_PER_EPOCH, EPOCHS, GAMMA, PI_LR, VF_LR, TRAIN_V_ITERS, LAM, MAX_EP_LEN, SAVE_FREQ,
      HIDDEN_SIZES, ACTIVATION, NUM_ENVS, NORMALIZE_OBS);

  private VpgConfig(Builder<VpgConfig> b) {
    super(b);
  }

  /** Spinning Up's defaults. */
  public static VpgConfig defaults() {
    return PARAMS.defaults();
  }
}
