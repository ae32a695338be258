package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.List;
import java.util.Random;
import org.spinup4j.algos.optim.Polyak;

/**
 * Q(s, .) for discrete actions: an MLP from the observation to one value per action, {@code (n,
 * k)}, as discrete SAC and DQN use. One forward pass gives every action's value, so the soft state
 * value can be the exact expectation over actions.
 */
public final class DiscreteQFunction {
  private final NDManager manager;
  private final int obsDim;
  private final int numActions;
  private final NetworkSpec spec;
  private final Mlp net;

  public DiscreteQFunction(NDManager manager, int obsDim, int numActions, NetworkSpec spec,
      Random rng) {
    this.manager = manager;
    this.obsDim = obsDim;
    this.numActions = numActions;
    this.spec = spec;
    this.net = new Mlp(manager, Networks.sizes(obsDim, spec.hiddenSizes(), numActions),
        spec.activation(), Activation.IDENTITY, rng);
  }

  /** Q(s, a) for every action a: observations {@code (n, obsDim)} to values {@code (n, k)}. */
  public NDArray forward(NDArray obs) {
    return net.forward(obs);
  }

  /** Q(s, a) for the actions taken, {@code (n)}; {@code act} holds action indices {@code (n, 1)}. */
  public NDArray forward(NDArray obs, NDArray act) {
    NDArray index = act.toType(DataType.INT64, false).reshape(-1, 1);
    return forward(obs).gather(index, 1).squeeze(1);
  }

  /** A target network: the same weights, recording no gradients (see {@link Polyak}). */
  public DiscreteQFunction targetCopy() {
    DiscreteQFunction target =
        new DiscreteQFunction(manager, obsDim, numActions, spec, Polyak.UNUSED_INIT);
    Polyak.initialise(target.parameters(), parameters());
    return target;
  }

  public List<NDArray> parameters() {
    return net.parameters();
  }
}
