package org.spinup4j.envs.spaces;

/** The integers {@code 0 .. n-1}. An element is encoded as a one-float array {@code {a}}. */
public final class Discrete extends AbstractSpace implements Space {
  private final int n;

  public Discrete(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("Discrete space needs n > 0, got " + n);
    }
    this.n = n;
  }

  public int n() {
    return n;
  }

  @Override
  public int flatDim() {
    return 1;
  }

  @Override
  public boolean contains(float[] x) {
    if (x == null || x.length != 1) {
      return false;
    }
    float a = x[0];
    return a == Math.rint(a) && a >= 0 && a < n;
  }

  /** Integer form of {@link #sample()}. */
  public int sampleInt() {
    return rng.nextInt(n);
  }

  @Override
  public float[] sample() {
    return new float[] {sampleInt()};
  }

  @Override
  public String toString() {
    return "Discrete(" + n + ")";
  }
}
