package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Random;
import org.spinup4j.algos.optim.Polyak;

/** Q(s, a): an MLP over the concatenation {@code (obs, act)} with one output, squeezed to {@code (n)}. */
public final class QFunction {
  private final NDManager manager;
  private final int obsDim;
  private final int actDim;
  private final NetworkSpec spec;
  private final Mlp net;

  public QFunction(NDManager manager, int obsDim, int actDim, NetworkSpec spec, Random rng) {
    this.manager = manager;
    this.obsDim = obsDim;
    this.actDim = actDim;
    this.spec = spec;
    this.net = new Mlp(manager, Networks.sizes(obsDim + actDim, spec.hiddenSizes(), 1),
        spec.activation(), Activation.IDENTITY, rng);
  }

  /** Q(s, a) for a batch: observations {@code (n, obsDim)}, actions {@code (n, actDim)}. */
  public NDArray forward(NDArray obs, NDArray act) {
    return net.forward(obs.concat(act, 1)).squeeze(-1);
  }

  /** A target network: the same weights, recording no gradients (see {@link Polyak}). */
  public QFunction targetCopy() {
    QFunction target = new QFunction(manager, obsDim, actDim, spec, Polyak.UNUSED_INIT);
    Polyak.initialise(target.parameters(), parameters());
    return target;
  }

  public List<NDArray> parameters() {
    return net.parameters();
  }
}
