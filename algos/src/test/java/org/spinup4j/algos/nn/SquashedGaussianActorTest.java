package org.spinup4j.algos.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.envs.spaces.Box;

class SquashedGaussianActorTest {
  private static NDManager manager;

  @BeforeAll
  static void start() {
    manager = Torch.newManager(ai.djl.Device.cpu());
  }

  @AfterAll
  static void stop() {
    manager.close();
  }

  /** log(1 - tanh(u)^2) = -2 log cosh(u): exact in doubles far beyond where 1 - tanh^2 rounds to 0. */
  private static double logOneMinusTanhSquared(double u) {
    return -2 * Math.log(Math.cosh(u));
  }

  @Test
  void tanhCorrectionEqualsLogOneMinusTanhSquaredAndStaysFiniteForLargeU() {
    float[][] u = {{0f, 0.5f, -1.5f}, {3f, -7f, 12f}, {20f, -25f, 40f}};
    float[] got = SquashedGaussianActor.tanhLogDetJacobian(manager.create(u)).toFloatArray();
    for (int row = 0; row < u.length; row++) {
      double expected = 0;
      for (float x : u[row]) {
        expected += logOneMinusTanhSquared(x);
      }
      assertTrue(Float.isFinite(got[row]), "row " + row);
      assertEquals(expected, got[row], 1e-4 * Math.max(1, Math.abs(expected)), "row " + row);
    }
    // Where float tanh saturates, the naive formula is -infinity; the stable one is not.
    assertEquals(Float.NEGATIVE_INFINITY, (float) Math.log(1 - Math.pow(Math.tanh(20f), 2)));
  }

  /**
   * One observation in, hidden [2] ReLU, two action dimensions, weights set by hand: mu and
   * log_std are then known numbers, and the sample's action and log-probability can be worked
   * out independently, including the clamp of log_std at 2 and an asymmetric box.
   */
  @Test
  void sampleLogProbIsGaussianDensityMinusTanhCorrection() {
    Box box = new Box(new float[] {-1f, 0f}, new float[] {3f, 1f}); // mid (1, 0.5), half (2, 0.5)
    SquashedGaussianActor pi = new SquashedGaussianActor(manager, 1,
        ActionScaler.of(box, "sac"), new NetworkSpec(new int[] {2}, Activation.RELU), new Random(0));
    List<NDArray> p = pi.parameters(); // trunk W, b; mu W, b; log_std W, b
    p.get(0).set(new float[] {1f, -1f});
    p.get(1).set(new float[] {0f, 0.5f});
    p.get(2).set(new float[] {0.5f, 0f, 0f, -1f});
    p.get(3).set(new float[] {0.1f, 0f});
    p.get(4).set(new float[] {0f, 0f, 0f, 0f});
    p.get(5).set(new float[] {-0.5f, 25f});
    pi.refresh();

    float[] obs = {2f, -1f};
    SquashedGaussianActor.Sample s =
        pi.sample(manager.create(obs, new ai.djl.ndarray.types.Shape(2, 1)), new Random(42));
    float[] action = s.action().toFloatArray();
    float[] logp = s.logp().toFloatArray();

    Random eps = new Random(42);
    double[] logStd = {-0.5, 2.0}; // 25 is clamped to 2
    for (int row = 0; row < 2; row++) {
      double h0 = Math.max(0, obs[row]);
      double h1 = Math.max(0, -obs[row] + 0.5);
      double[] mu = {0.5 * h0 + 0.1, -h1};
      double expectedLogp = 0;
      for (int i = 0; i < 2; i++) {
        double e = eps.nextGaussian();
        double u = mu[i] + Math.exp(logStd[i]) * e;
        expectedLogp += -0.5 * e * e - logStd[i] - 0.5 * Math.log(2 * Math.PI);
        expectedLogp -= logOneMinusTanhSquared(u);
        double[] mid = {1, 0.5};
        double[] half = {2, 0.5};
        assertEquals(mid[i] + half[i] * Math.tanh(u), action[2 * row + i], 1e-5);
      }
      assertEquals(expectedLogp, logp[row], 1e-4 * Math.max(1, Math.abs(expectedLogp)));
    }

    // The deterministic action is the squashed mean, and the plain-Java path agrees with the
    // tensor path sample for sample.
    assertArrayEquals(new float[] {1 + 2 * (float) Math.tanh(1.1), 0.5f}, pi.act(new float[] {2f},
        null, true), 1e-6f);
    float[] plain = pi.act(new float[] {2f}, new Random(42), false);
    assertArrayEquals(new float[] {action[0], action[1]}, plain, 1e-5f);
  }

  @Test
  void gradientsReachEveryTensorThroughTheReparameterisedSample() {
    try (NDManager local = Torch.newManager(ai.djl.Device.cpu())) {
      SquashedGaussianActor pi = new SquashedGaussianActor(local, 3,
          ActionScaler.of(Box.symmetric(2f, 2f), "sac"),
          new NetworkSpec(new int[] {8, 8}, Activation.RELU), new Random(1));
      NDArray obs = local.create(new float[] {0.1f, -0.2f, 0.3f, 1f, 0.5f, -1f},
          new ai.djl.ndarray.types.Shape(2, 3));
      try (ai.djl.training.GradientCollector gc =
          ai.djl.engine.Engine.getInstance().newGradientCollector()) {
        SquashedGaussianActor.Sample s = pi.sample(obs, new Random(2));
        gc.backward(s.action().sum().add(s.logp().sum()));
      }
      for (NDArray w : pi.parameters()) {
        try (NDArray g = w.getGradient()) {
          assertTrue(g.abs().sum().getFloat() > 0, "no gradient on a tensor of shape " + w.getShape());
        }
      }
    }
  }

  /**
   * SAC's Bellman target samples from the current, trainable policy; computed outside a
   * GradientCollector it records no graph, so the Q loss built on it leaves no gradient on the
   * policy (the reference wraps it in torch.no_grad()).
   */
  @Test
  void aSampleTakenOutsideTheGradientCollectorPassesNoGradientToThePolicy() {
    try (NDManager local = Torch.newManager(ai.djl.Device.cpu())) {
      SquashedGaussianActor pi = new SquashedGaussianActor(local, 2,
          ActionScaler.of(Box.symmetric(1f), "sac"),
          new NetworkSpec(new int[] {8}, Activation.RELU), new Random(1));
      NDArray obs = local.create(new float[] {0.1f, -0.2f}, new ai.djl.ndarray.types.Shape(1, 2));
      SquashedGaussianActor.Sample outside = pi.sample(obs, new Random(2));
      NDArray w = Parameters.constant(local, new ai.djl.ndarray.types.Shape(1), 3f);
      try (ai.djl.training.GradientCollector gc =
          ai.djl.engine.Engine.getInstance().newGradientCollector()) {
        gc.backward(outside.action().sum().add(outside.logp().sum()).mul(w).sum());
      }
      try (NDArray g = w.getGradient()) {
        assertTrue(g.getFloat() != 0, "the loss does depend on w");
      }
      for (NDArray p : pi.parameters()) {
        try (NDArray g = p.getGradient()) {
          assertEquals(0f, g.abs().sum().getFloat(), "gradient on " + p.getShape());
        }
      }
    }
  }
}
