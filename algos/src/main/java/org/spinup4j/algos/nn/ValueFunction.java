package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Random;

/** V(s): an MLP with one output, squeezed to shape {@code (n)}. */
public final class ValueFunction {
  private final Mlp net;
  private PlainMlp fast;

  public ValueFunction(NDManager manager, int obsDim, int[] hidden, Activation act, Random rng) {
    this.net = new Mlp(manager, Networks.sizes(obsDim, hidden, 1), act, Activation.IDENTITY, rng);
    refresh();
  }

  public NDArray forward(NDArray obs) {
    return net.forward(obs).squeeze(-1);
  }

  /** V(s) for one observation, in plain Java on the weights as of the last {@link #refresh()}. */
  public float value(float[] obs) {
    return fast.forward(obs)[0];
  }

  public void refresh() {
    fast = net.snapshot();
  }

  public Mlp network() {
    return net;
  }

  public List<NDArray> parameters() {
    return net.parameters();
  }
}
