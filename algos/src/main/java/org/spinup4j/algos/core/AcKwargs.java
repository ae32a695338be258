package org.spinup4j.algos.core;

import org.spinup4j.algos.nn.Activation;

/**
 * Spinning Up's {@code ac_kwargs}, the networks' shape: the same two parameters in every
 * algorithm, with the on-policy and off-policy defaults differing.
 */
public final class AcKwargs {
  private AcKwargs() {}

  /** {@code --hid}; a size below 1 is refused when the config makes its NetworkSpec. */
  public static Param<int[]> hiddenSizes(int... defaults) {
    return Param.of("ac_kwargs:hidden_sizes", Param.Type.INT_LIST, defaults, Check.any(),
        "Hidden layer sizes of every network, e.g. \"[64,64]\".").alias("hid");
  }

  /** {@code --act}. */
  public static Param<Activation> activation(Activation defaultValue) {
    return Param.of("ac_kwargs:activation", Param.Type.ACTIVATION, defaultValue, Check.any(),
        "Hidden activation: tanh, relu, sigmoid, elu, identity (torch.nn.Tanh spelling"
            + " accepted).").alias("act");
  }
}
