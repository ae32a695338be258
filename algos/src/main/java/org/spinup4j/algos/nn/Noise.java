package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;

/**
 * Gaussian noise tensors drawn from the algorithm's seeded {@link Random} (not from PyTorch's
 * global generator), so that one seed fixes a whole run, network updates included.
 */
public final class Noise {
  private Noise() {}

  /** A tensor of {@code shape} with independent N(0, 1) entries, in {@code manager}. */
  public static NDArray standardNormal(NDManager manager, Shape shape, Random rng) {
    float[] eps = new float[Math.toIntExact(shape.size())];
    for (int i = 0; i < eps.length; i++) {
      eps[i] = (float) rng.nextGaussian();
    }
    return manager.create(eps, shape);
  }
}
