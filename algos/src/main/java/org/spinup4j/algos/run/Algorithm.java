package org.spinup4j.algos.run;

import java.util.Map;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * One trainable algorithm as the command line and the experiment grid see it: its defaults by
 * Spinning Up's names, and how to train it from values given by name.
 */
interface Algorithm {

  /** Lower-case name: vpg, ppo, ddpg, td3, sac. */
  String name();

  /**
   * Hyperparameters by Spinning Up's names, nested keys flattened with ':' (for example
   * "ac_kwargs:hidden_sizes"), in the order config.json lists them.
   */
  Map<String, Object> defaults();

  /**
   * Builds the config from {@code values} (defaults overridden), checks it, and returns the
   * config as written to config.json. Throws IllegalArgumentException for a bad value.
   */
  Map<String, Object> configure(Map<String, Object> values);

  /** Trains with the values {@link #configure} accepted. */
  void train(Map<String, Object> values, RunConfig run, EpochLogger logger);
}
