package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.spinup4j.algos.engine.Scalar;

/**
 * SAC's policy: a Gaussian whose sample is squashed by tanh into the action box. A shared trunk
 * (hidden layers, with the activation after the last one too) feeds two linear heads, the mean
 * {@code mu} and {@code log_std}, clamped to [-20, 2]. An action is {@code a = mid + half *
 * tanh(u)} with {@code u = mu + std * eps}, {@code eps ~ N(0, I)}: the reparameterisation trick,
 * so that gradients flow from {@code a} back into the policy's weights.
 *
 * <p>log pi(a|s) is the Gaussian log-density of {@code u} minus the log-determinant of the tanh
 * Jacobian, {@code sum_i log(1 - tanh(u_i)^2)}, written in the numerically stable form {@code
 * 2 (log 2 - u - softplus(-2u))} (Haarnoja et al. 2018, appendix C). Like Spinning Up's, it leaves
 * out the constant {@code log half} of the final scaling, which no gradient depends on.
 */
public final class SquashedGaussianActor implements Policy {
  /** Bounds on log_std: wide enough to be inactive in practice, narrow enough to stay finite. */
  public static final float LOG_STD_MIN = -20f;

  public static final float LOG_STD_MAX = 2f;

  private static final double LOG_2 = Math.log(2);

  private final ActionScaler scaler;
  private final Mlp trunk;
  private final Mlp muHead;
  private final Mlp logStdHead;
  private PlainMlp fastTrunk;
  private PlainMlp fastMu;
  private PlainMlp fastLogStd;

  /**
   * @throws IllegalArgumentException when {@code spec} has no hidden layer (the heads sit on the
   *     last one)
   */
  public SquashedGaussianActor(
      NDManager manager, int obsDim, ActionScaler scaler, NetworkSpec spec, Random rng) {
    int[] hidden = spec.hiddenSizes();
    if (hidden.length == 0) {
      throw new IllegalArgumentException(
          "--hid: the squashed Gaussian policy needs at least one hidden layer, got []");
    }
    int last = hidden[hidden.length - 1];
    int[] trunkSizes = new int[hidden.length + 1];
    trunkSizes[0] = obsDim;
    System.arraycopy(hidden, 0, trunkSizes, 1, hidden.length);
    this.scaler = scaler;
    this.trunk = new Mlp(manager, trunkSizes, spec.activation(), spec.activation(), rng);
    this.muHead = new Mlp(manager, new int[] {last, scaler.dim()}, Activation.IDENTITY,
        Activation.IDENTITY, rng);
    this.logStdHead = new Mlp(manager, new int[] {last, scaler.dim()}, Activation.IDENTITY,
        Activation.IDENTITY, rng);
    refresh();
  }

  /** A reparameterised sample for a batch: actions {@code (n, actDim)} and their log pi {@code (n)}. */
  public record Sample(NDArray action, NDArray logp) {}

  /**
   * Samples {@code a ~ pi(.|s)} for a batch of observations {@code (n, obsDim)}, differentiably in
   * the policy's weights; the noise {@code eps} comes from {@code rng}.
   */
  public Sample sample(NDArray obs, Random rng) {
    NDArray h = trunk.forward(obs);
    NDArray mu = muHead.forward(h);
    NDArray logStd = logStdHead.forward(h).clip(LOG_STD_MIN, LOG_STD_MAX);
    NDArray eps = Noise.standardNormal(obs.getManager(), mu.getShape(), rng);
    NDArray u = mu.add(logStd.exp().mul(eps));
    NDArray logp = new DiagonalGaussian(mu, logStd).logProb(u).sub(tanhLogDetJacobian(u));
    return new Sample(scaler.scale(u.tanh()), logp);
  }

  /**
   * {@code sum_i log(1 - tanh(u_i)^2)} over the last axis, as {@code sum_i 2 (log 2 - u_i -
   * softplus(-2 u_i))}: the same quantity, but finite where {@code tanh(u)} rounds to 1.
   */
  public static NDArray tanhLogDetJacobian(NDArray u) {
    NDArray softplus = ai.djl.nn.Activation.softPlus(u.mul(Scalar.of(u, -2)));
    return u.neg().sub(softplus).add(LOG_2).mul(Scalar.of(u, 2)).sum(new int[] {-1});
  }

  /**
   * One action for one observation in plain Java: {@code mid + half * tanh(u)}, with {@code u} the
   * mean when {@code deterministic} (what SAC's test episodes use), else a sample with noise from
   * {@code rng}.
   */
  @Override
  public float[] act(float[] obs, Random rng, boolean deterministic) {
    float[] h = fastTrunk.forward(obs);
    float[] u = fastMu.forward(h);
    if (!deterministic) {
      float[] logStd = fastLogStd.forward(h);
      for (int i = 0; i < u.length; i++) {
        double clamped = Math.max(LOG_STD_MIN, Math.min(LOG_STD_MAX, logStd[i]));
        u[i] += (float) (Math.exp(clamped) * rng.nextGaussian());
      }
    }
    for (int i = 0; i < u.length; i++) {
      u[i] = (float) Math.tanh(u[i]);
    }
    return scaler.scale(u);
  }

  /** Re-reads the weights into the fast acting path; call after each round of updates. */
  public void refresh() {
    fastTrunk = trunk.snapshot();
    fastMu = muHead.snapshot();
    fastLogStd = logStdHead.snapshot();
  }

  /** Trunk, then mean head, then log_std head. */
  public List<NDArray> parameters() {
    List<NDArray> all = new ArrayList<>(trunk.parameters());
    all.addAll(muHead.parameters());
    all.addAll(logStdHead.parameters());
    return all;
  }
}
