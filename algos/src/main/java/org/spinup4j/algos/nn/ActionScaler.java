package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Space;

/**
 * Maps a network's tanh output {@code u} in {@code [-1, 1]^d} onto the action box, per dimension:
 * {@code a = mid + half * u}, with {@code mid = (high + low) / 2} and {@code half = (high - low) /
 * 2}. Spinning Up assumes a box symmetric around zero with one limit for every dimension ({@code
 * act_limit = high[0]}, so {@code a = act_limit * u}); this is the same map there, and also right
 * for boxes that are not symmetric or whose dimensions have different limits.
 */
public final class ActionScaler {
  private final float[] low;
  private final float[] high;
  private final float[] mid;
  private final float[] half;

  private ActionScaler(Box box) {
    low = box.low();
    high = box.high();
    mid = new float[low.length];
    half = new float[low.length];
    for (int i = 0; i < low.length; i++) {
      mid[i] = (high[i] + low[i]) / 2;
      half[i] = (high[i] - low[i]) / 2;
    }
  }

  /**
   * The scaler for {@code actionSpace}.
   *
   * @param algo the algorithm asking, named in the error message
   * @throws IllegalArgumentException for a discrete space (one line that names the algorithms
   *     that handle discrete actions) or a box with an infinite bound
   */
  public static ActionScaler of(Space actionSpace, String algo) {
    if (!(actionSpace instanceof Box box)) {
      throw new IllegalArgumentException(algo + " needs continuous (Box) actions, but this"
          + " environment's actions are " + actionSpace
          + "; for discrete actions use vpg, ppo or sac");
    }
    for (int i = 0; i < box.flatDim(); i++) {
      if (!Float.isFinite(box.low(i)) || !Float.isFinite(box.high(i))) {
        throw new IllegalArgumentException(algo + " needs a bounded action box, got " + box);
      }
    }
    return new ActionScaler(box);
  }

  /** Number of action dimensions. */
  public int dim() {
    return low.length;
  }

  /** {@code mid + half * u} for one tanh output, as a new array. */
  public float[] scale(float[] u) {
    float[] a = new float[u.length];
    for (int i = 0; i < u.length; i++) {
      a[i] = mid[i] + half[i] * u[i];
    }
    return a;
  }

  /** {@code mid + half * u} for a batch {@code (n, d)} of tanh outputs. */
  public NDArray scale(NDArray u) {
    NDArray halfNd = u.getManager().create(half, new Shape(half.length));
    NDArray midNd = u.getManager().create(mid, new Shape(mid.length));
    return u.mul(halfNd).add(midNd);
  }

  /** Clips {@code a} into the box, in place, and returns it. */
  public float[] clip(float[] a) {
    for (int i = 0; i < a.length; i++) {
      a[i] = Math.max(low[i], Math.min(high[i], a[i]));
    }
    return a;
  }

  /** Clips a batch {@code (n, d)} of actions into the box, per dimension. */
  public NDArray clip(NDArray a) {
    NDArray lowNd = a.getManager().create(low, new Shape(low.length));
    NDArray highNd = a.getManager().create(high, new Shape(high.length));
    return a.maximum(lowNd).minimum(highNd);
  }
}
