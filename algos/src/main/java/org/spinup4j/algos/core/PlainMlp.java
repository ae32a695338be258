package org.spinup4j.algos.core;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * A frozen copy of an {@link Mlp}'s weights with a plain-Java forward pass for one input. Acting
 * calls the network once per environment step with a single observation, where a native call
 * costs more than the arithmetic; this copy is refreshed after every update so it always computes
 * exactly what the {@link Mlp} computes (up to float rounding).
 */
public final class PlainMlp {
  private final float[][] w;
  private final float[][] b;
  private final int[] sizes;
  private final Activation activation;
  private final Activation outputActivation;

  PlainMlp(Mlp mlp) {
    List<NDArray> params = mlp.parameters();
    int layers = params.size() / 2;
    w = new float[layers][];
    b = new float[layers][];
    for (int j = 0; j < layers; j++) {
      w[j] = params.get(2 * j).toFloatArray();
      b[j] = params.get(2 * j + 1).toFloatArray();
    }
    sizes = mlp.sizes();
    activation = mlp.activation();
    outputActivation = mlp.outputActivation();
  }

  public float[] forward(float[] x) {
    float[] h = x;
    for (int j = 0; j < w.length; j++) {
      int in = sizes[j];
      int out = sizes[j + 1];
      Activation act = j < w.length - 1 ? activation : outputActivation;
      float[] next = new float[out];
      for (int o = 0; o < out; o++) {
        float s = b[j][o];
        int row = o * in;
        for (int i = 0; i < in; i++) {
          s += w[j][row + i] * h[i];
        }
        next[o] = act.apply(s);
      }
      h = next;
    }
    return h;
  }
}
