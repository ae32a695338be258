package org.spinup4j.algos.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.saving.Checkpoint;
import org.spinup4j.utils.logx.DivergedException;

class PlainMlpTest {

  /** The forward pass as dot products: bias, then weight x input added in input order. */
  private static float[] dotProductForward(Mlp mlp, float[] x) {
    List<NDArray> params = mlp.parameters();
    int[] sizes = mlp.sizes();
    float[] h = x;
    for (int j = 0; j + 1 < sizes.length; j++) {
      float[] w = params.get(2 * j).toFloatArray();
      float[] b = params.get(2 * j + 1).toFloatArray();
      float[] next = new float[sizes[j + 1]];
      for (int o = 0; o < next.length; o++) {
        float s = b[o];
        for (int i = 0; i < sizes[j]; i++) {
          s += w[o * sizes[j] + i] * h[i];
        }
        next[o] = (j + 2 < sizes.length ? mlp.activation() : mlp.outputActivation()).apply(s);
      }
      h = next;
    }
    return h;
  }

  @Test
  void eachOutputAddsItsProductsInInputOrderLikeADotProduct() {
    // Acting must not change when the loop order does: a last-bit difference in a logit can
    // change a sampled action, and with it the rest of a seeded run.
    Random rng = new Random(11);
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      Mlp[] nets = {
        new Mlp(manager, new int[] {5, 64, 64, 3}, Activation.TANH, Activation.IDENTITY, rng),
        new Mlp(manager, new int[] {3, 256, 256, 1}, Activation.RELU, Activation.TANH, rng)};
      for (Mlp mlp : nets) {
        PlainMlp plain = mlp.snapshot();
        for (int trial = 0; trial < 50; trial++) {
          float[] x = new float[mlp.sizes()[0]];
          for (int i = 0; i < x.length; i++) {
            x[i] = (float) (3 * rng.nextGaussian());
          }
          assertArrayEquals(dotProductForward(mlp, x), plain.forward(x));
        }
      }
    }
  }

  @Test
  void nonFiniteWeightsAreADivergenceWhenActingAndWhenSaving(@TempDir Path run)
      throws java.io.IOException {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      Mlp mlp = new Mlp(manager, new int[] {2, 4, 1}, Activation.TANH, Activation.IDENTITY,
          new Random(1));
      Checkpoint.save(run, new Checkpoint.Meta("ppo", "CartPole-v1", new int[] {4}, "tanh", 2),
          mlp.parameters(), 2);
      float[] good = mlp.parameters().get(1).toFloatArray();
      NDArray bias = mlp.parameters().get(1);
      bias.set(new ai.djl.ndarray.index.NDIndex("0"), Float.NaN);
      assertThrows(DivergedException.class, mlp::snapshot);
      Checkpoint.Meta meta = new Checkpoint.Meta("ppo", "CartPole-v1", new int[] {4}, "tanh", 3);
      assertThrows(DivergedException.class, () -> Checkpoint.save(run, meta, mlp.parameters(), 3));
      assertFalse(Files.exists(run.resolve(Checkpoint.DIR).resolve("model3.params")));
      // The good model of epoch 2 is still the latest, and loads unchanged.
      org.junit.jupiter.api.Assertions.assertEquals(2, Checkpoint.readMeta(run, -1).epoch());
      Checkpoint.readParams(run, -1, mlp.parameters());
      assertArrayEquals(good, mlp.parameters().get(1).toFloatArray());
    }
  }
}
