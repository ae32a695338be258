package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Random;

/** pi(a|s) = softmax(logits_net(s)) over a discrete set of actions. */
public final class CategoricalActor implements Actor, Policy {
  private final Mlp logitsNet;
  private PlainMlp fast;

  public CategoricalActor(
      NDManager manager, int obsDim, int[] hidden, int numActions, Activation act, Random rng) {
    this.logitsNet = new Mlp(manager, Networks.sizes(obsDim, hidden, numActions), act,
        Activation.IDENTITY, rng);
    refresh();
  }

  @Override
  public Categorical distribution(NDArray obs) {
    return new Categorical(logitsNet.forward(obs));
  }

  @Override
  public float[] act(float[] obs, Random rng, boolean deterministic) {
    float[] logits = fast.forward(obs);
    int best = 0;
    for (int i = 1; i < logits.length; i++) {
      if (logits[i] > logits[best]) {
        best = i;
      }
    }
    if (deterministic) {
      return new float[] {best};
    }
    // Sample from softmax(logits): subtract the max for numerical safety.
    double[] p = new double[logits.length];
    double total = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp(logits[i] - logits[best]);
      total += p[i];
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < p.length; i++) {
      u -= p[i];
      if (u < 0) {
        return new float[] {i};
      }
    }
    return new float[] {p.length - 1};
  }

  @Override
  public void refresh() {
    fast = logitsNet.snapshot();
  }

  @Override
  public List<Mlp> networks() {
    return List.of(logitsNet);
  }

  @Override
  public List<NDArray> parameters() {
    return logitsNet.parameters();
  }
}
