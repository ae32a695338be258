package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A multi-layer perceptron: Linear layers with {@code activation} between them and {@code
 * outputActivation} after the last. Weights are plain NDArrays owned by {@code manager}, laid out
 * as PyTorch's {@code nn.Linear} ({@code out x in}) and initialised as PyTorch does: weights and
 * biases uniform in {@code +-1/sqrt(fan_in)}, drawn from {@code rng} so a seed fixes them.
 */
public final class Mlp {
  private final int[] sizes;
  private final Activation activation;
  private final Activation outputActivation;
  private final List<NDArray> weights = new ArrayList<>();
  private final List<NDArray> biases = new ArrayList<>();

  /**
   * @param sizes layer widths, input first and output last, e.g. {@code {4, 64, 64, 2}}
   */
  public Mlp(
      NDManager manager, int[] sizes, Activation activation, Activation outputActivation,
      Random rng) {
    if (sizes.length < 2) {
      throw new IllegalArgumentException("an MLP needs at least input and output sizes");
    }
    this.sizes = sizes.clone();
    this.activation = activation;
    this.outputActivation = outputActivation;
    for (int j = 0; j + 1 < sizes.length; j++) {
      int in = sizes[j];
      int out = sizes[j + 1];
      double bound = 1.0 / Math.sqrt(in);
      weights.add(Parameters.uniform(manager, new Shape(out, in), bound, rng));
      biases.add(Parameters.uniform(manager, new Shape(out), bound, rng));
    }
  }

  /** Forward pass on a batch {@code (n, in)} (or a single {@code (in)} vector). */
  public NDArray forward(NDArray x) {
    NDArray h = x;
    int last = weights.size() - 1;
    for (int j = 0; j <= last; j++) {
      h = Linear.linear(h, weights.get(j), biases.get(j)).singletonOrThrow();
      h = (j < last ? activation : outputActivation).apply(h);
    }
    return h;
  }

  /** The same forward pass for one input, in plain Java on a copy of the weights. */
  public PlainMlp snapshot() {
    return new PlainMlp(this);
  }

  /** Weights and biases, layer by layer: {@code W0, b0, W1, b1, ...}. */
  public List<NDArray> parameters() {
    List<NDArray> all = new ArrayList<>();
    for (int j = 0; j < weights.size(); j++) {
      all.add(weights.get(j));
      all.add(biases.get(j));
    }
    return all;
  }

  public int[] sizes() {
    return sizes.clone();
  }

  public Activation activation() {
    return activation;
  }

  public Activation outputActivation() {
    return outputActivation;
  }
}
