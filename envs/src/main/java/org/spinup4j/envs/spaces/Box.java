package org.spinup4j.envs.spaces;

import java.util.Arrays;

/**
 * A box of reals {@code low[i] <= x[i] <= high[i]}, flattened to one dimension (every task here
 * has a flat observation and action). Infinite bounds are allowed; {@link #sample()} then draws
 * from a standard normal (both bounds infinite) or an exponential (one bound), as Gymnasium does.
 */
public final class Box extends AbstractSpace implements Space {
  private final float[] low;
  private final float[] high;

  public Box(float[] low, float[] high) {
    if (low.length != high.length) {
      throw new IllegalArgumentException(
          "Box bounds differ in length: " + low.length + " vs " + high.length);
    }
    for (int i = 0; i < low.length; i++) {
      if (!(low[i] <= high[i])) {
        throw new IllegalArgumentException(
            "Box needs low <= high, got low[" + i + "]=" + low[i] + " high[" + i + "]=" + high[i]);
      }
    }
    this.low = low.clone();
    this.high = high.clone();
  }

  /** A box with the same bounds {@code [low, high]} in each of {@code dim} dimensions. */
  public static Box uniform(float low, float high, int dim) {
    float[] lo = new float[dim];
    float[] hi = new float[dim];
    Arrays.fill(lo, low);
    Arrays.fill(hi, high);
    return new Box(lo, hi);
  }

  /** A box symmetric around zero: {@code [-high[i], high[i]]}. */
  public static Box symmetric(float... high) {
    float[] lo = new float[high.length];
    for (int i = 0; i < high.length; i++) {
      lo[i] = -high[i];
    }
    return new Box(lo, high);
  }

  public float[] low() {
    return low.clone();
  }

  public float[] high() {
    return high.clone();
  }

  public float low(int i) {
    return low[i];
  }

  public float high(int i) {
    return high[i];
  }

  /** Gymnasium-style shape: always one dimension here. */
  public int[] shape() {
    return new int[] {low.length};
  }

  @Override
  public int flatDim() {
    return low.length;
  }

  @Override
  public boolean contains(float[] x) {
    if (x == null || x.length != low.length) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (!(x[i] >= low[i] && x[i] <= high[i])) {
        return false;
      }
    }
    return true;
  }

  /** Clips {@code x} into the box, in place, and returns it. */
  public float[] clip(float[] x) {
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.max(low[i], Math.min(high[i], x[i]));
    }
    return x;
  }

  @Override
  public float[] sample() {
    float[] x = new float[low.length];
    for (int i = 0; i < x.length; i++) {
      boolean lowFinite = Float.isFinite(low[i]);
      boolean highFinite = Float.isFinite(high[i]);
      if (lowFinite && highFinite) {
        x[i] = (float) (low[i] + rng.nextDouble() * ((double) high[i] - low[i]));
      } else if (!lowFinite && !highFinite) {
        x[i] = (float) rng.nextGaussian();
      } else if (lowFinite) {
        x[i] = (float) (low[i] - Math.log(1 - rng.nextDouble()));
      } else {
        x[i] = (float) (high[i] + Math.log(1 - rng.nextDouble()));
      }
    }
    return x;
  }

  @Override
  public String toString() {
    return "Box(" + Arrays.toString(low) + ", " + Arrays.toString(high) + ")";
  }
}
