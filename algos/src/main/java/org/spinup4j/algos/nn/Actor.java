package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.Random;

/** A stochastic policy for on-policy methods: a distribution for a batch, an action for one state. */
public interface Actor {

  /** pi(.|s) for a batch of observations {@code (n, obsDim)}. */
  Distribution distribution(NDArray obs);

  /**
   * One action for one observation, without recording gradients: a sample from pi(.|s) drawn with
   * {@code rng}, or the most likely action when {@code deterministic}. Plain Java on a snapshot of
   * the weights: call {@link #refresh()} after every update.
   */
  float[] act(float[] obs, Random rng, boolean deterministic);

  /** Re-reads the weights into the fast acting path after they change. */
  void refresh();

  List<Mlp> networks();

  /** Every trainable tensor. */
  List<NDArray> parameters();
}
