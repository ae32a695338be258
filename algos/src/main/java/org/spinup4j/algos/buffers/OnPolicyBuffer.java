package org.spinup4j.algos.buffers;

/**
 * Stores one epoch of on-policy experience and turns it into training targets: advantages by
 * GAE-lambda and value targets as discounted rewards-to-go. Plain float arrays, no tensors.
 *
 * <p>Call {@link #store} every step, {@link #finishPath} at the end of every trajectory (with
 * the bootstrap value: 0 for a true terminal, V(s_T) for one cut by a time limit or by the end
 * of the epoch), and {@link #get} once the buffer is full.
 *
 * <p>With several copies of the environment ({@code num_envs}), each copy has its own segment of
 * the buffer, {@code size / copies} steps, and its own trajectories: a trajectory is the steps of
 * one copy, so its GAE and rewards-to-go never mix copies. {@link #get} returns copy 0's segment,
 * then copy 1's, and so on; with one copy that is the order of the steps.
 */
public final class OnPolicyBuffer {
  private final int obsDim;
  private final int actDim;
  private final int size;
  private final double gamma;
  private final double lam;
  private final float[] obs;
  private final float[] act;
  private final float[] rew;
  private final float[] val;
  private final float[] adv;
  private final float[] ret;
  private final int segment;
  /** Per copy: the next free step, and where its current trajectory began. */
  private final int[] ptr;
  private final int[] pathStart;

  public OnPolicyBuffer(int obsDim, int actDim, int size, double gamma, double lam) {
    this(obsDim, actDim, size, gamma, lam, 1);
  }

  /** A buffer for {@code copies} environments, each filling {@code size / copies} steps. */
  public OnPolicyBuffer(int obsDim, int actDim, int size, double gamma, double lam, int copies) {
    if (copies < 1 || size % copies != 0) {
      throw new IllegalArgumentException(size + " steps do not split over " + copies + " copies");
    }
    this.segment = size / copies;
    this.ptr = new int[copies];
    this.pathStart = new int[copies];
    for (int c = 0; c < copies; c++) {
      ptr[c] = c * segment;
      pathStart[c] = c * segment;
    }
    this.obsDim = obsDim;
    this.actDim = actDim;
    this.size = size;
    this.gamma = gamma;
    this.lam = lam;
    obs = new float[size * obsDim];
    act = new float[size * actDim];
    rew = new float[size];
    val = new float[size];
    adv = new float[size];
    ret = new float[size];
  }

  /** Appends one step: observation, action, reward, and V(s) as estimated while acting. */
  public void store(float[] o, float[] a, double r, double v) {
    store(0, o, a, r, v);
  }

  /** Appends one step of environment copy {@code copy}. */
  public void store(int copy, float[] o, float[] a, double r, double v) {
    int at = ptr[copy];
    if (at >= (copy + 1) * segment) {
      throw new IllegalStateException("buffer full (" + size + " steps): call get() first");
    }
    System.arraycopy(o, 0, obs, at * obsDim, obsDim);
    System.arraycopy(a, 0, act, at * actDim, actDim);
    rew[at] = (float) r;
    val[at] = (float) v;
    ptr[copy]++;
  }

  /**
   * Closes the current trajectory. {@code lastVal} is V(s_T) of the state after its last step if
   * the trajectory was cut (time limit or epoch end), or 0 if it ended in a true terminal state.
   */
  public void finishPath(double lastVal) {
    finishPath(0, lastVal);
  }

  /** Closes the current trajectory of environment copy {@code copy}, as {@link #finishPath}. */
  public void finishPath(int copy, double lastVal) {
    int pathStart = this.pathStart[copy];
    int n = ptr[copy] - pathStart;
    double[] rews = new double[n + 1];
    double[] vals = new double[n + 1];
    for (int i = 0; i < n; i++) {
      rews[i] = rew[pathStart + i];
      vals[i] = val[pathStart + i];
    }
    rews[n] = lastVal;
    vals[n] = lastVal;

    // GAE-lambda: delta_t = r_t + gamma V(s_{t+1}) - V(s_t); A_t = sum_l (gamma lam)^l delta_{t+l}
    double[] deltas = new double[n];
    for (int i = 0; i < n; i++) {
      deltas[i] = rews[i] + gamma * vals[i + 1] - vals[i];
    }
    double[] advs = discountCumsum(deltas, gamma * lam);
    // Rewards-to-go, bootstrapped with lastVal: the targets for the value function.
    double[] rtg = discountCumsum(rews, gamma);
    for (int i = 0; i < n; i++) {
      adv[pathStart + i] = (float) advs[i];
      ret[pathStart + i] = (float) rtg[i];
    }
    this.pathStart[copy] = ptr[copy];
  }

  /** One epoch's data, advantages normalised to mean 0 and (population) std 1. */
  public record Batch(int size, int obsDim, int actDim, float[] obs, float[] act, float[] ret,
      float[] adv) {}

  /** Returns the full epoch and empties the buffer for the next. */
  public Batch get() {
    int held = 0;
    for (int c = 0; c < ptr.length; c++) {
      held += ptr[c] - c * segment;
    }
    if (held != size) {
      throw new IllegalStateException("buffer holds " + held + " of " + size + " steps");
    }
    for (int c = 0; c < ptr.length; c++) {
      if (pathStart[c] != ptr[c]) {
        throw new IllegalStateException("the last trajectory was not finished (finishPath)");
      }
    }
    double mean = 0;
    for (float a : adv) {
      mean += a;
    }
    mean /= size;
    double var = 0;
    for (float a : adv) {
      var += (a - mean) * (a - mean);
    }
    double std = Math.sqrt(var / size);
    float[] normAdv = new float[size];
    for (int i = 0; i < size; i++) {
      normAdv[i] = (float) ((adv[i] - mean) / std);
    }
    for (int c = 0; c < ptr.length; c++) {
      ptr[c] = c * segment;
      pathStart[c] = c * segment;
    }
    return new Batch(size, obsDim, actDim, obs.clone(), act.clone(), ret.clone(), normAdv);
  }

  /**
   * y_t = sum_{l >= 0} discount^l x_{t+l}: the discounted sum of each suffix of {@code x}.
   * Example: x = (1, 1, 1), discount 0.5 gives (1.75, 1.5, 1).
   */
  public static double[] discountCumsum(double[] x, double discount) {
    double[] y = new double[x.length];
    double running = 0;
    for (int t = x.length - 1; t >= 0; t--) {
      running = x[t] + discount * running;
      y[t] = running;
    }
    return y;
  }
}
