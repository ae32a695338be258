package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;

/** A batch of action distributions pi(.|s), one per observation, as the policy losses use them. */
public interface Distribution {

  /** log pi(a|s) for a batch of actions; shape {@code (n)}. */
  NDArray logProb(NDArray actions);

  /**
   * Entropy as PyTorch's distributions report it: shape {@code (n)} for a categorical, {@code (n,
   * actDim)} (per dimension) for a diagonal Gaussian. Averaging it gives Spinning Up's Entropy.
   */
  NDArray entropy();
}
