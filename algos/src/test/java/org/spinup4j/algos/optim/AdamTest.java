package org.spinup4j.algos.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.engine.Autograd;
import org.spinup4j.algos.engine.Scalar;
import org.spinup4j.algos.engine.Scope;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.Parameters;

class AdamTest {

  /** PyTorch's Adam, written out in doubles for one tensor. */
  private static double[] referenceAdam(double[] x, int steps, double lr,
      java.util.function.Function<double[], double[]> grad) {
    double b1 = 0.9;
    double b2 = 0.999;
    double eps = 1e-8;
    double[] m = new double[x.length];
    double[] v = new double[x.length];
    x = x.clone();
    for (int t = 1; t <= steps; t++) {
      double[] g = grad.apply(x);
      for (int i = 0; i < x.length; i++) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        double denom = Math.sqrt(v[i]) / Math.sqrt(1 - Math.pow(b2, t)) + eps;
        x[i] -= lr / (1 - Math.pow(b1, t)) * m[i] / denom;
      }
    }
    return x;
  }

  @Test
  void stepsMatchPyTorchAdamAndGradientsDoNotAccumulate() {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      double[] start = {1.0, -2.0, 0.5};
      NDArray x = Parameters.constant(manager, new Shape(3), 0f);
      x.set(new float[] {1.0f, -2.0f, 0.5f});
      double[] c = {3.0, 1.0, -1.0};
      NDArray target = manager.create(new float[] {3f, 1f, -1f});
      Adam adam = new Adam(manager, List.of(x), 0.1);
      int steps = 5;
      for (int i = 0; i < steps; i++) {
        try (Scope s = Scope.open()) {
          // f(x) = sum (x - c)^3 / 3 + sum x^2: gradient (x - c)^2 + 2x
          adam.minimize(() -> {
            NDArray d = x.sub(target);
            NDArray loss = d.pow(Scalar.of(d, 3)).div(Scalar.of(d, 3)).sum().add(x.square().sum());
            return () -> loss;
          });
        }
      }
      double[] expected = referenceAdam(start, steps, 0.1, p -> {
        double[] g = new double[p.length];
        for (int i = 0; i < p.length; i++) {
          g[i] = (p[i] - c[i]) * (p[i] - c[i]) + 2 * p[i];
        }
        return g;
      });
      float[] exp = new float[3];
      for (int i = 0; i < 3; i++) {
        exp[i] = (float) expected[i];
      }
      assertArrayEquals(exp, x.toFloatArray(), 1e-5f);
    }
  }

  @Test
  void aLossRecordedButNotBackpropagatedLeavesNoGradientForTheNextStep() {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      NDArray x = Parameters.constant(manager, new Shape(2), 0f);
      x.set(new float[] {1f, -1f});
      NDArray y = Parameters.constant(manager, new Shape(2), 0f);
      y.set(new float[] {1f, -1f});
      Adam refusing = new Adam(manager, List.of(x), 0.1);
      Adam plain = new Adam(manager, List.of(y), 0.1);
      try (Scope s = Scope.open()) {
        // Refused: x unchanged, and its gradient must not leak into the next step.
        try (Autograd autograd = Autograd.record()) {
          NDArray loss = x.square().sum().mul(Scalar.of(x, 100));
          assertTrue(loss.getFloat() > 0); // recorded, then dropped without backward (PPO's stop)
        }
        assertArrayEquals(new float[] {1f, -1f}, x.toFloatArray(), 0f);
        try (Autograd autograd = Autograd.record()) {
          autograd.backward(x.square().sum());
        }
        refusing.step();
        plain.minimize(() -> {
          NDArray loss = y.square().sum();
          return () -> loss;
        });
      }
      // One Adam step moves each coordinate by lr against the sign of its gradient.
      assertArrayEquals(new float[] {0.9f, -0.9f}, x.toFloatArray(), 1e-6f);
      assertArrayEquals(y.toFloatArray(), x.toFloatArray(), 0f);
    }
  }

  @Test
  void stepsWorkOnAThreadOtherThanTheOneThatLoadedTheEngine() throws Exception {
    Torch.start(0);
    float[][] result = new float[1][];
    Throwable[] failure = new Throwable[1];
    Thread other = new Thread(() -> {
      try (NDManager manager = ai.djl.engine.Engine.getEngine("PyTorch").newBaseManager()) {
        // A fresh thread records gradients by default; a kernel or a grid may train on one.
        NDArray x = Parameters.constant(manager, new Shape(2), 1f);
        Adam adam = new Adam(manager, List.of(x), 0.1);
        try (Scope s = Scope.open()) {
          adam.minimize(() -> {
            NDArray loss = x.square().sum();
            return () -> loss;
          });
        }
        result[0] = x.toFloatArray();
      } catch (Throwable t) {
        failure[0] = t;
      }
    });
    other.start();
    other.join();
    if (failure[0] != null) {
      throw new AssertionError("training failed on another thread", failure[0]);
    }
    // First Adam step moves each weight by lr (the bias-corrected ratio m/sqrt(v) is 1).
    assertArrayEquals(new float[] {0.9f, 0.9f}, result[0], 1e-5f);
  }

  @Test
  void epsilonSitsAfterTheBiasCorrectedSquareRootAsInPyTorch() {
    // With |g| = 1e-8 = eps, PyTorch's first step is lr * g / (|g| + eps) = lr / 2 per weight.
    // Adding eps before the bias correction instead would give a step about 16 times smaller.
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      NDArray x = Parameters.constant(manager, new Shape(3), 1f);
      Adam adam = new Adam(manager, List.of(x), 0.1);
      try (Scope s = Scope.open()) {
        adam.minimize(() -> {
          NDArray loss = x.sum().mul(Scalar.of(x, 1e-8f));
          return () -> loss;
        });
      }
      assertArrayEquals(new float[] {0.95f, 0.95f, 0.95f}, x.toFloatArray(), 1e-6f);
    }
  }

  /** Trainable tensors of the given sizes with values drawn from {@code rng}, scaled by 0.1. */
  private static List<NDArray> randomTensors(NDManager manager, int[] sizes, java.util.Random rng) {
    List<NDArray> tensors = new java.util.ArrayList<>();
    for (int size : sizes) {
      float[] values = new float[size];
      for (int i = 0; i < size; i++) {
        values[i] = (float) (0.1 * rng.nextGaussian());
      }
      NDArray t = manager.create(values);
      t.setRequiresGradient(true);
      tensors.add(t);
    }
    return tensors;
  }

  /** One step of both optimizers on the loss sum(p * c) + sum(p^2)/2, whose gradient is c + p. */
  private static void stepBoth(Adam a, List<NDArray> pa, Adam b, List<NDArray> pb,
      List<float[]> c) {
    for (Object[] pair : new Object[][] {{a, pa}, {b, pb}}) {
      @SuppressWarnings("unchecked")
      List<NDArray> params = (List<NDArray>) pair[1];
      try (Scope s = Scope.open()) {
        ((Adam) pair[0]).minimize(() -> {
          NDArray loss = null;
          for (int i = 0; i < params.size(); i++) {
            NDArray p = params.get(i);
            NDArray term = p.mul(p.getManager().create(c.get(i))).sum()
                .add(p.square().sum().div(Scalar.of(p, 2)));
            loss = loss == null ? term : loss.add(term);
          }
          NDArray total = loss;
          return () -> total;
        });
      }
    }
  }

  /**
   * Each weight within two units in its last place of the other path's, plus a millionth of the
   * largest total movement ({@code steps} times {@code lr}): the engine's vectorised square root
   * may differ from the correctly rounded one in its last bit, which changes a step by a few parts
   * in 10^8. A wrong rule (eps misplaced, a bias correction missing) moves weights by a sizeable
   * part of lr and fails.
   */
  private static void assertSameUpToRounding(float[] expected, float[] actual, int steps,
      String what) {
    assertEquals(expected.length, actual.length, what);
    for (int i = 0; i < expected.length; i++) {
      double tolerance = 2 * Math.ulp(Math.max(Math.abs(expected[i]), Math.abs(actual[i])))
          + 1e-6 * steps * 1e-3;
      int index = i;
      assertTrue(Math.abs(expected[i] - actual[i]) <= tolerance,
          () -> what + ": index " + index + ": " + expected[index] + " vs " + actual[index]);
    }
  }

  @Test
  void javaLoopsAndTheEnginesFusedUpdateAgreeToTheLastBitsOfEachWeight() {
    // Sizes that exercise the engine's vector loops and their scalar tails alike.
    int[] sizes = {1, 2, 33, 64 * 64, 256 * 256};
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      List<NDArray> inJava = randomTensors(manager, sizes, new java.util.Random(5));
      List<NDArray> inEngine = randomTensors(manager, sizes, new java.util.Random(5));
      Adam java = new Adam(manager, inJava, 1e-3, true);
      Adam engine = new Adam(manager, inEngine, 1e-3, false);
      java.util.Random rng = new java.util.Random(6);
      for (int step = 0; step < 20; step++) {
        List<float[]> c = new java.util.ArrayList<>();
        for (int k = 0; k < sizes.length; k++) {
          float[] p = inJava.get(k).toFloatArray();
          float[] ci = new float[sizes[k]];
          for (int i = 0; i < ci.length; i++) {
            // Gradients c + p over six orders of magnitude, a tenth of them exactly zero.
            ci[i] = rng.nextInt(10) == 0
                ? -p[i] : (float) (rng.nextGaussian() * Math.pow(10, -rng.nextInt(6)));
          }
          c.add(ci);
        }
        stepBoth(java, inJava, engine, inEngine, c);
      }
      for (int i = 0; i < sizes.length; i++) {
        assertSameUpToRounding(inEngine.get(i).toFloatArray(), inJava.get(i).toFloatArray(), 20,
            "tensor of size " + sizes[i]);
      }
    }
  }

  @Test
  void flushingSubnormalMomentsChangesNoWeight() {
    // One real gradient, then 1000 steps of a zero one: the engine's first moment decays by 0.9
    // a step through the subnormal range (about steps 760 to 920), the Java loop's goes to zero.
    int[] sizes = {300};
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      List<NDArray> inJava = randomTensors(manager, sizes, new java.util.Random(7));
      List<NDArray> inEngine = randomTensors(manager, sizes, new java.util.Random(7));
      Adam java = new Adam(manager, inJava, 1e-3, true);
      Adam engine = new Adam(manager, inEngine, 1e-3, false);
      float[] first = new float[300];
      java.util.Random rng = new java.util.Random(8);
      for (int i = 0; i < first.length; i++) {
        first[i] = (float) (1e-2 * rng.nextGaussian());
      }
      stepBoth(java, inJava, engine, inEngine, List.of(first));
      for (int step = 0; step < 1000; step++) {
        // gradient c + p with c = -p: exactly zero
        float[] minusP = inJava.get(0).neg().toFloatArray();
        stepBoth(java, inJava, engine, inEngine, List.of(minusP));
      }
      assertArrayEquals(inEngine.get(0).toFloatArray(), inJava.get(0).toFloatArray());
    }
  }

  @Test
  void aSecondMomentFlushedToZeroStepsAsTheEnginesTinyOneDoes() {
    // Gradients near 1e-20 on weights near 1e-21: the second moment 0.001 g^2 is subnormal, so
    // the Java loop flushes it to zero while the first moment stays normal. The step must then
    // divide by eps alone, as the engine's does, whose root of a subnormal is far below eps.
    int[] sizes = {1000};
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      java.util.Random init = new java.util.Random(10);
      float[] start = new float[sizes[0]];
      for (int i = 0; i < start.length; i++) {
        start[i] = (float) (1e-21 * init.nextGaussian());
      }
      List<NDArray> inJava = List.of(manager.create(start));
      List<NDArray> inEngine = List.of(manager.create(start));
      inJava.get(0).setRequiresGradient(true);
      inEngine.get(0).setRequiresGradient(true);
      Adam java = new Adam(manager, inJava, 1e-3, true);
      Adam engine = new Adam(manager, inEngine, 1e-3, false);
      java.util.Random rng = new java.util.Random(11);
      for (int step = 0; step < 5; step++) {
        float[] c = new float[sizes[0]];
        for (int i = 0; i < c.length; i++) {
          c[i] = (float) (1e-20 * rng.nextGaussian());
        }
        stepBoth(java, inJava, engine, inEngine, List.of(c));
        assertSameUpToRounding(inEngine.get(0).toFloatArray(), inJava.get(0).toFloatArray(),
            step + 1, "after step " + (step + 1));
      }
    }
  }

  @Test
  void theFlushWithoutAComparisonZeroesExactlyTheSubnormals() {
    // Every float with a zero exponent field (zeros and subnormals, both signs), the normals at the
    // edges, and a spread of others: each comes back unchanged, or as +0 if it was subnormal.
    java.util.function.IntConsumer check = bits -> {
      float x = Float.intBitsToFloat(bits);
      float expected = Math.abs(x) < Float.MIN_NORMAL ? 0f : x;
      assertEquals(Float.floatToRawIntBits(expected),
          Float.floatToRawIntBits(Adam.flushSubnormal(x)), () -> "bits " + Integer.toHexString(bits));
    };
    for (int mantissa = 0; mantissa < (1 << 23); mantissa++) {
      check.accept(mantissa);
      check.accept(0x80000000 | mantissa);
    }
    for (float x : new float[] {Float.MIN_NORMAL, -Float.MIN_NORMAL, Math.nextUp(Float.MIN_NORMAL),
        1f, -1f, 0.5f, 2f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY}) {
      check.accept(Float.floatToRawIntBits(x));
    }
    java.util.Random rng = new java.util.Random(9);
    for (int k = 0; k < 1_000_000; k++) {
      int bits = rng.nextInt();
      if (!Float.isNaN(Float.intBitsToFloat(bits))) {
        check.accept(bits);
      }
    }
  }
}
