package org.spinup4j.cli;

import java.util.List;
import java.util.Map;
import org.spinup4j.algos.core.Hyperparameters;
import org.spinup4j.algos.core.Param;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.ddpg.Ddpg;
import org.spinup4j.algos.ddpg.DdpgConfig;
import org.spinup4j.algos.ppo.Ppo;
import org.spinup4j.algos.ppo.PpoConfig;
import org.spinup4j.algos.sac.Sac;
import org.spinup4j.algos.sac.SacConfig;
import org.spinup4j.algos.td3.Td3;
import org.spinup4j.algos.td3.Td3Config;
import org.spinup4j.algos.vpg.Vpg;
import org.spinup4j.algos.vpg.VpgConfig;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * One trainable algorithm as the command line and the experiment grid see it: its defaults by
 * Spinning Up's names, and how to train it from values given by name.
 *
 * @param <C> the algorithm's hyperparameters, e.g. PpoConfig
 */
public final class Algorithm<C extends Hyperparameters<C>> {
  public static final Algorithm<VpgConfig> VPG = new Algorithm<>("vpg", VpgConfig.defaults(), Vpg::train);
  public static final Algorithm<PpoConfig> PPO = new Algorithm<>("ppo", PpoConfig.defaults(), Ppo::train);
  public static final Algorithm<DdpgConfig> DDPG =
      new Algorithm<>("ddpg", DdpgConfig.defaults(), Ddpg::train);
  public static final Algorithm<Td3Config> TD3 = new Algorithm<>("td3", Td3Config.defaults(), Td3::train);
  public static final Algorithm<SacConfig> SAC = new Algorithm<>("sac", SacConfig.defaults(), Sac::train);

  /** An algorithm's entry point, e.g. {@code Ppo::train}. */
  interface Trainer<C> {
    void train(C config, RunConfig run, EpochLogger logger);
  }

  private final String name;
  private final C defaults;
  private final Trainer<C> trainer;

  private Algorithm(String name, C defaults, Trainer<C> trainer) {
    this.name = name;
    this.defaults = defaults;
    this.trainer = trainer;
  }

  /** Lower-case name: vpg, ppo, ddpg, td3, sac. */
  public String name() {
    return name;
  }

  /** The hyperparameters' declarations, in config.json's order: the command line's flags. */
  List<Param<?>> params() {
    return defaults.params();
  }

  /**
   * Hyperparameters by Spinning Up's names, nested keys flattened with ':' (for example
   * "ac_kwargs:hidden_sizes"), in the order config.json lists them.
   */
  Map<String, Object> defaults() {
    return Flat.flatten(defaults.toMap());
  }

  /**
   * Builds the config from {@code values} (defaults overridden), checks it, and returns the
   * config as written to config.json. Throws IllegalArgumentException for a bad value.
   */
  public Map<String, Object> configure(Map<String, Object> values) {
    return build(values).toMap();
  }

  /** Trains with the values {@link #configure} accepted. */
  public void train(Map<String, Object> values, RunConfig run, EpochLogger logger) {
    trainer.train(build(values), run, logger);
  }

  private C build(Map<String, Object> values) {
    Hyperparameters.Builder<C> b = defaults.toBuilder();
    values.forEach((k, v) -> Flat.require(b.set(k, v), name, k));
    return b.build();
  }
}
