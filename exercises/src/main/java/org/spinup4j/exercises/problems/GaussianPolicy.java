package org.spinup4j.exercises.problems;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.Actor;
import org.spinup4j.algos.nn.Distribution;
import org.spinup4j.algos.nn.Mlp;
import org.spinup4j.algos.nn.PlainMlp;

/**
 * Exercise 4: the diagonal Gaussian policy that PPO trains on continuous actions.
 *
 * <p>pi(a|s) = N(mu(s), diag(sigma)^2): an MLP maps the observation to the mean mu(s), one
 * output per action dimension; the log standard deviation log sigma is a vector of its own, one
 * per action dimension, the same for every state, trained with the network and initialised at
 * -0.5 as in Spinning Up. PPO asks the policy for its distribution over a batch of observations
 * and, from it, the log-probability of the actions taken and the entropy.
 *
 * <p>TODO (exercise 4): the mean network and log sigma in the constructor, then {@code logProb}
 * and {@code entropy} in {@link Gaussian}. Acting, {@code refresh} and the parameter list are
 * written for you. Check with {@code ./exercises/check 4}: it tests the pieces, then trains PPO
 * with your policy. Hints: docs/exercises/4-gaussian-policy.md.
 */
public final class GaussianPolicy implements Actor {
  private final Mlp muNet;
  private final NDArray logStd;
  private PlainMlp fast;
  private float[] std;

  /**
   * @param hidden the hidden layers' widths, e.g. {@code {64, 64}}
   * @param activation the nonlinearity after each hidden layer
   */
  public GaussianPolicy(NDManager manager, int obsDim, int[] hidden, int actDim,
      Activation activation, Random rng) {
    // TODO (exercise 4): muNet, an Mlp from obsDim through the hidden layers to actDim (see the
    // Mlp constructor; which output activation suits a mean?), and logStd, a trainable tensor of
    // shape (actDim) filled with -0.5 (org.spinup4j.algos.nn.Parameters makes trainable tensors).
    // The placeholders: a linear mean, and a log sigma of 0 that nothing trains.
    this.muNet = new Mlp(manager, new int[] {obsDim, actDim}, Activation.IDENTITY,
        Activation.IDENTITY, rng);
    this.logStd = manager.zeros(new Shape(actDim));
    refresh();
  }

  @Override
  public Distribution distribution(NDArray obs) {
    return new Gaussian(muNet.forward(obs), logStd);
  }

  /** N(mu, diag(exp(logStd))^2) for a batch: mu {@code (n, d)}, logStd {@code (d)}. */
  record Gaussian(NDArray mu, NDArray logStd) implements Distribution {
    /** log pi(a|s) for actions {@code (n, d)}: shape {@code (n)}. */
    @Override
    public NDArray logProb(NDArray actions) {
      // TODO (exercise 4): the log-likelihood, summed over the action dimensions (exercise 1).
      return actions.zerosLike().sum(new int[] {-1});
    }

    /** The entropy of each dimension's Gaussian: shape {@code (n, d)}. */
    @Override
    public NDArray entropy() {
      // TODO (exercise 4): the entropy of N(mu_i, sigma_i^2), for every row and dimension.
      return mu.zerosLike();
    }
  }

  /** A sample from pi(.|s) (or its mean), in plain Java on the weights of the last refresh. */
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

  /** The mean network's weights, then log sigma: everything PPO's optimizer steps. */
  @Override
  public List<NDArray> parameters() {
    List<NDArray> all = new ArrayList<>(muNet.parameters());
    all.add(logStd);
    return all;
  }
}
