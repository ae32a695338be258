package org.spinup4j.exercises.solutions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.spinup4j.algos.engine.Scalar;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.Actor;
import org.spinup4j.algos.nn.Distribution;
import org.spinup4j.algos.nn.Mlp;
import org.spinup4j.algos.nn.Parameters;
import org.spinup4j.algos.nn.PlainMlp;

/** Answer to exercise 4: a diagonal Gaussian policy for PPO. */
public final class GaussianPolicy implements Actor {
  /** Spinning Up's initial log standard deviation: sigma = exp(-0.5), about 0.61. */
  public static final float INITIAL_LOG_STD = -0.5f;
  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  private final Mlp muNet;
  private final NDArray logStd;
  private PlainMlp fast;
  private float[] std;

  public GaussianPolicy(NDManager manager, int obsDim, int[] hidden, int actDim,
      Activation activation, Random rng) {
    int[] sizes = new int[hidden.length + 2];
    sizes[0] = obsDim;
    System.arraycopy(hidden, 0, sizes, 1, hidden.length);
    sizes[sizes.length - 1] = actDim;
    // The mean is unbounded: no squashing on the output layer.
    this.muNet = new Mlp(manager, sizes, activation, Activation.IDENTITY, rng);
    // One log sigma per action dimension, shared by all states, and trainable: PPO narrows the
    // policy as it learns by stepping this tensor like any weight.
    this.logStd = Parameters.constant(manager, new Shape(actDim), INITIAL_LOG_STD);
    refresh();
  }

  @Override
  public Distribution distribution(NDArray obs) {
    return new Gaussian(muNet.forward(obs), logStd);
  }

  /** N(mu, diag(exp(logStd))^2) for a batch: mu {@code (n, d)}, logStd {@code (d)}. */
  record Gaussian(NDArray mu, NDArray logStd) implements Distribution {
    /** sum_i [ -(a_i - mu_i)^2 / (2 sigma_i^2) - log sigma_i - log sqrt(2 pi) ]. */
    @Override
    public NDArray logProb(NDArray actions) {
      NDArray z = actions.sub(mu).div(logStd.exp());
      // -0.5 as a tensor: the loss backpropagates through this product (engine/Scalar.java).
      return z.square().mul(Scalar.of(z, -0.5)).sub(logStd).sub(LOG_SQRT_2PI)
          .sum(new int[] {-1});
    }

    /** Per dimension, 1/2 + log sqrt(2 pi) + log sigma_i, broadcast to {@code (n, d)}. */
    @Override
    public NDArray entropy() {
      return mu.zerosLike().add(logStd).add(0.5 + LOG_SQRT_2PI);
    }
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
