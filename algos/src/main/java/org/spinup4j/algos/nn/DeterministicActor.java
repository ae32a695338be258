package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Random;
import org.spinup4j.algos.optim.Polyak;

/**
 * The deterministic policy of DDPG and TD3: {@code mu(s) = mid + half * tanh(mlp(s))}, an MLP with
 * a tanh output scaled to the action box (see {@link ActionScaler}).
 */
public final class DeterministicActor implements Policy {
  private final NDManager manager;
  private final int obsDim;
  private final ActionScaler scaler;
  private final NetworkSpec spec;
  private final Mlp net;
  private PlainMlp fast;

  public DeterministicActor(
      NDManager manager, int obsDim, ActionScaler scaler, NetworkSpec spec, Random rng) {
    this.manager = manager;
    this.obsDim = obsDim;
    this.scaler = scaler;
    this.spec = spec;
    this.net = new Mlp(manager, Networks.sizes(obsDim, spec.hiddenSizes(), scaler.dim()),
        spec.activation(), Activation.TANH, rng);
    refresh();
  }

  /** mu(s) for a batch of observations {@code (n, obsDim)}: actions {@code (n, actDim)}. */
  public NDArray forward(NDArray obs) {
    return scaler.scale(net.forward(obs));
  }

  /** mu(s) for one observation, in plain Java on the weights as of the last {@link #refresh()}. */
  public float[] act(float[] obs) {
    return scaler.scale(fast.forward(obs));
  }

  /**
   * The exploration action {@code clip(mu(s) + noiseScale * eps, low, high)}, {@code eps ~ N(0,
   * I)} drawn from {@code rng}. As in Spinning Up the noise is in the action's own units, not
   * relative to the box.
   */
  public float[] actWithNoise(float[] obs, double noiseScale, Random rng) {
    float[] a = act(obs);
    for (int i = 0; i < a.length; i++) {
      a[i] += (float) (noiseScale * rng.nextGaussian());
    }
    return scaler.clip(a);
  }

  /** The policy is deterministic: {@code rng} and {@code deterministic} change nothing. */
  @Override
  public float[] act(float[] obs, Random rng, boolean deterministic) {
    return act(obs);
  }

  /** Re-reads the weights into the fast acting path; call after each round of updates. */
  public void refresh() {
    fast = net.snapshot();
  }

  /** A target network: the same weights, recording no gradients (see {@link Polyak}). */
  public DeterministicActor targetCopy() {
    DeterministicActor target =
        new DeterministicActor(manager, obsDim, scaler, spec, Polyak.UNUSED_INIT);
    Polyak.initialise(target.parameters(), parameters());
    return target;
  }

  public List<NDArray> parameters() {
    return net.parameters();
  }
}
