package org.spinup4j.envs.spaces;

import java.util.Random;
import org.spinup4j.envs.Rng;

/**
 * The generator behind a space's {@code sample()}, and the two ways {@link Space} offers to set
 * it. It does not implement {@link Space} itself because that interface admits only {@link Box}
 * and {@link Discrete}.
 */
abstract class AbstractSpace {
  /** Seed 0 until the space is seeded or given its environment's generator. */
  Random rng = new Rng(0);

  /** See {@link Space#seed(long)}. */
  public void seed(long seed) {
    rng = new Rng(seed);
  }

  /** See {@link Space#setRandom(Random)}. */
  public void setRandom(Random rng) {
    this.rng = rng;
  }
}
