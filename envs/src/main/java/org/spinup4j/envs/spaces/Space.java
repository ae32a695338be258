package org.spinup4j.envs.spaces;

import java.util.Random;

/**
 * The set an observation or action lives in: a {@link Box} of reals or a {@link Discrete} set
 * of integers. A space samples from the generator its environment hands it, so that the same
 * seed gives the same random actions.
 */
public sealed interface Space permits Box, Discrete {

  /** Number of floats that encode one element (an int action is encoded as one float). */
  int flatDim();

  /** Whether {@code x} (encoded as floats) is an element of this space. */
  boolean contains(float[] x);

  /** A uniform random element, encoded as floats, drawn from the space's generator. */
  float[] sample();

  /** Re-seeds the generator behind {@link #sample()}. */
  void seed(long seed);

  /** Uses {@code rng} for {@link #sample()}; environments share their own generator this way. */
  void setRandom(Random rng);
}
