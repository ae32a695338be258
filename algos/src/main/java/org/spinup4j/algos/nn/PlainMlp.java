package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * A frozen copy of an {@link Mlp}'s weights with a plain-Java forward pass for one input. Acting
 * calls the network once per environment step with a single observation, where a native call
 * costs more than the arithmetic; this copy is refreshed after every update so it always computes
 * exactly what the {@link Mlp} computes (up to float rounding).
 */
public final class PlainMlp {
  /**
   * Layer j's weights by input: {@code wT[j][i][o]} is the weight from input i to output o. A
   * separate array per input (rather than offsets into one) is what lets the JIT vectorise the
   * inner loop.
   */
  private final float[][][] wT;
  private final float[][] b;
  private final int[] sizes;
  private final Activation activation;
  private final Activation outputActivation;

  PlainMlp(Mlp mlp) {
    List<NDArray> params = mlp.parameters();
    int layers = params.size() / 2;
    sizes = mlp.sizes();
    wT = new float[layers][][];
    b = new float[layers][];
    for (int j = 0; j < layers; j++) {
      float[] w = params.get(2 * j).toFloatArray();
      b[j] = params.get(2 * j + 1).toFloatArray();
      // Acting on weights that diverged would hand NaN actions to the environment.
      Parameters.requireFinite(w);
      Parameters.requireFinite(b[j]);
      wT[j] = transpose(w, sizes[j + 1], sizes[j]);
    }
    activation = mlp.activation();
    outputActivation = mlp.outputActivation();
  }

  /** The columns of a row-major {@code rows x cols} matrix, each as an array. */
  private static float[][] transpose(float[] w, int rows, int cols) {
    float[][] t = new float[cols][rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        t[c][r] = w[r * cols + c];
      }
    }
    return t;
  }

  /**
   * Each output is its bias plus the products weight x input added in input order, as a dot
   * product loop would add them; the loop runs over the outputs innermost so that the JIT can
   * compute many outputs at once in vector registers, which the order of a dot product forbids.
   */
  public float[] forward(float[] x) {
    float[] h = x;
    for (int j = 0; j < wT.length; j++) {
      int in = sizes[j];
      int out = sizes[j + 1];
      float[] s = b[j].clone();
      for (int i = 0; i < in; i++) {
        float hi = h[i];
        float[] w = wT[j][i];
        for (int o = 0; o < out; o++) {
          s[o] += w[o] * hi;
        }
      }
      Activation act = j < wT.length - 1 ? activation : outputActivation;
      for (int o = 0; o < out; o++) {
        s[o] = act.apply(s[o]);
      }
      h = s;
    }
    return h;
  }
}
