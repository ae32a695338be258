package org.spinup4j.envs;

import java.util.Random;

/**
 * The random generator of every seeded thing in spinup4j: environments, action spaces, networks'
 * initial weights, action sampling, minibatches. It is a {@link Random} (so it goes wherever one
 * is expected) whose numbers come from SplitMix64 (Steele, Lea and Flood 2014) instead of
 * Random's linear congruential generator.
 *
 * <p>Why not {@code new Random(seed)}: seeded with consecutive seeds, Random's first draws are
 * far from independent. Over seeds 0..4999 its first {@code nextDouble()} has mean 0.644 and
 * never falls in [0.2, 0.5), so consecutive seeds started Pendulum's episodes from biased angles.
 * Here a seed is mixed before use ({@link #mix}), and each draw is mixed again, so neighbouring
 * seeds give unrelated streams ({@code RngTest} checks the first draws over 0..4999 for
 * uniformity).
 *
 * <p>Its whole state is two numbers and a flag ({@link #state()}), which is what lets a run
 * saved mid-episode be resumed with every generator exactly where it was.
 */
public final class Rng extends Random {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  // No field initialisers: Random's constructor calls setSeed before they would run.
  private long state;
  private boolean haveNextGaussian;
  private double nextGaussian;

  /** A generator seeded from the clock, for an environment nobody seeded (as Gymnasium does). */
  public Rng() {
    this(System.nanoTime() ^ Thread.currentThread().getId() * GOLDEN_GAMMA);
  }

  public Rng(long seed) {
    super(seed);
  }

  /** SplitMix64's finaliser (the variant of Stafford's "Mix13"): every input bit moves half. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The seed of one of a run's independent streams (the agent's generator, the test
   * environment, ...): the {@code stream}-th number a generator seeded with {@code seed} draws.
   * Adding a small number to the seed instead would give the streams related starts.
   */
  public static long derive(long seed, int stream) {
    if (stream < 1) {
      throw new IllegalArgumentException("stream must be at least 1, got " + stream);
    }
    Rng r = new Rng(seed);
    long s = 0;
    for (int i = 0; i < stream; i++) {
      s = r.nextLong();
    }
    return s;
  }

  @Override
  public synchronized void setSeed(long seed) {
    state = mix(seed);
    haveNextGaussian = false;
  }

  @Override
  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  @Override
  protected int next(int bits) {
    return (int) (nextLong() >>> (64 - bits));
  }

  /** 53 random bits, uniform in [0, 1). */
  @Override
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Marsaglia's polar method, as Random's, keeping the second value for the next call. */
  @Override
  public synchronized double nextGaussian() {
    if (haveNextGaussian) {
      haveNextGaussian = false;
      return nextGaussian;
    }
    double v1;
    double v2;
    double s;
    do {
      v1 = 2 * nextDouble() - 1;
      v2 = 2 * nextDouble() - 1;
      s = v1 * v1 + v2 * v2;
    } while (s >= 1 || s == 0);
    double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    nextGaussian = v2 * multiplier;
    haveNextGaussian = true;
    return v1 * multiplier;
  }

  /** Everything that decides this generator's future draws. */
  public record State(long state, boolean haveNextGaussian, double nextGaussian) {}

  public synchronized State state() {
    return new State(state, haveNextGaussian, nextGaussian);
  }

  /** Puts the generator back where {@link #state()} found it. */
  public synchronized void restore(State s) {
    state = s.state();
    haveNextGaussian = s.haveNextGaussian();
    nextGaussian = s.nextGaussian();
  }
}
