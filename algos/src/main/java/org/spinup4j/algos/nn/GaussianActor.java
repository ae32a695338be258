package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * pi(a|s) = N(mu_net(s), diag(exp(logStd))^2), with a state-independent, learned log standard
 * deviation initialised to -0.5 (sigma about 0.61), as in Spinning Up.
 */
public final class GaussianActor implements Actor {
  /** Initial log standard deviation. */
  public static final float INITIAL_LOG_STD = -0.5f;

  private final Mlp muNet;
  private final NDArray logStd;
  private PlainMlp fast;
  private float[] std;

  public GaussianActor(
      NDManager manager, int obsDim, int[] hidden, int actDim, Activation act, Random rng) {
    this.muNet = new Mlp(manager, Networks.sizes(obsDim, hidden, actDim), act,
        Activation.IDENTITY, rng);
    this.logStd = Parameters.constant(manager, new Shape(actDim), INITIAL_LOG_STD);
    refresh();
  }

  @Override
  public Distribution distribution(NDArray obs) {
    return new DiagonalGaussian(muNet.forward(obs), logStd);
  }

  @Override
  public float[] act(float[] obs, Random rng, boolean deterministic) {
    float[] a = fast.forward(obs);
    if (!deterministic) {
      for (int i = 0; i < a.length; i++) {
        a[i] += (float) (std[i] * rng.nextGaussian());
      }
    }
    return a;
  }

  @Override
  public void refresh() {
    fast = muNet.snapshot();
    float[] ls = logStd.toFloatArray();
    std = new float[ls.length];
    for (int i = 0; i < ls.length; i++) {
      std[i] = (float) Math.exp(ls[i]);
    }
  }

  @Override
  public List<Mlp> networks() {
    return List.of(muNet);
  }

  @Override
  public List<NDArray> parameters() {
    List<NDArray> all = new ArrayList<>(muNet.parameters());
    all.add(logStd);
    return all;
  }
}
