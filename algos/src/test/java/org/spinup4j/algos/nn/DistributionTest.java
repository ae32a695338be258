package org.spinup4j.algos.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.engine.Torch;

class DistributionTest {
  private static NDManager manager;

  @BeforeAll
  static void start() {
    manager = Torch.newManager(ai.djl.Device.cpu());
  }

  @AfterAll
  static void stop() {
    manager.close();
  }

  @Test
  void categoricalLogProbIsLogSoftmaxOfTheTakenAction() {
    float[][] logits = {{1, 2, 3}, {0, 0, -1}};
    NDArray l = manager.create(logits);
    Categorical pi = new Categorical(l);
    float[] logp = pi.logProb(manager.create(new float[] {2, 0})).toFloatArray();
    for (int row = 0; row < 2; row++) {
      double z = 0;
      for (float x : logits[row]) {
        z += Math.exp(x);
      }
      int a = row == 0 ? 2 : 0;
      assertEquals(logits[row][a] - Math.log(z), logp[row], 1e-6);
    }
  }

  @Test
  void categoricalEntropyIsMinusSumPLogP() {
    float[][] logits = {{1, 2, 3}, {0, 0, 0}};
    float[] h = new Categorical(manager.create(logits)).entropy().toFloatArray();
    double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
    double expected0 = 0;
    for (int i = 1; i <= 3; i++) {
      double p = Math.exp(i) / z;
      expected0 -= p * Math.log(p);
    }
    assertEquals(expected0, h[0], 1e-6);
    assertEquals(Math.log(3), h[1], 1e-6); // uniform over 3 actions
  }

  @Test
  void gaussianLogProbSumsTheNormalDensityOverDimensions() {
    float[][] mu = {{0.5f, -1f}, {0f, 2f}};
    float[] logStd = {-0.5f, 0.3f};
    float[][] a = {{1f, -1.5f}, {0.2f, 2.5f}};
    DiagonalGaussian pi = new DiagonalGaussian(manager.create(mu), manager.create(logStd));
    float[] logp = pi.logProb(manager.create(a)).toFloatArray();
    for (int row = 0; row < 2; row++) {
      double expected = 0;
      for (int d = 0; d < 2; d++) {
        double sigma = Math.exp(logStd[d]);
        double z = (a[row][d] - mu[row][d]) / sigma;
        expected += -0.5 * z * z - Math.log(sigma) - 0.5 * Math.log(2 * Math.PI);
      }
      assertEquals(expected, logp[row], 1e-5);
    }
  }

  @Test
  void gaussianEntropyIsPerDimensionHalfLogTwoPiESigmaSquared() {
    float[] logStd = {-0.5f, 0.3f};
    DiagonalGaussian pi = new DiagonalGaussian(manager.zeros(new Shape(3, 2)),
        manager.create(logStd));
    NDArray h = pi.entropy();
    assertEquals(new Shape(3, 2), h.getShape());
    float[] values = h.toFloatArray();
    for (int i = 0; i < values.length; i++) {
      double sigma = Math.exp(logStd[i % 2]);
      assertEquals(0.5 * Math.log(2 * Math.PI * Math.E * sigma * sigma), values[i], 1e-5);
    }
  }

  @Test
  void plainJavaForwardMatchesTheTensorForward() {
    Mlp mlp = new Mlp(manager, new int[] {3, 8, 8, 2}, Activation.TANH, Activation.IDENTITY,
        new java.util.Random(1));
    float[] x = {0.1f, -0.7f, 2.0f};
    float[] viaTensor = mlp.forward(manager.create(x)).toFloatArray();
    assertArrayEquals(viaTensor, mlp.snapshot().forward(x), 1e-5f);
  }

  @Test
  void linearLayersStartUniformWithinOneOverSqrtFanIn() {
    Mlp mlp = new Mlp(manager, new int[] {16, 32, 1}, Activation.RELU, Activation.IDENTITY,
        new java.util.Random(7));
    var params = mlp.parameters();
    double[] bounds = {0.25, 0.25, 1 / Math.sqrt(32), 1 / Math.sqrt(32)};
    for (int i = 0; i < params.size(); i++) {
      float max = 0;
      for (float w : params.get(i).toFloatArray()) {
        max = Math.max(max, Math.abs(w));
      }
      assertEquals(true, max <= bounds[i], "tensor " + i + " exceeds its bound");
      if (params.get(i).size() >= 32) {
        assertEquals(true, max > 0.8 * bounds[i], "tensor " + i + " does not fill its range");
      }
    }
  }
}
