package org.spinup4j.algos.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ScalarTest {
  /**
   * The gradient of sum(f(x)) after a garbage collection between the forward and the backward
   * pass, with freed native memory handed out again and filled with 1234 in between.
   */
  private static float[] gradientAfterACollection(UnaryOperator<NDArray> f) throws Exception {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu());
        Scope scope = Scope.open()) {
      NDArray x = manager.create(new float[] {1f, 2f, 3f});
      x.setRequiresGradient(true);
      List<ByteBuffer> reuse = new ArrayList<>();
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray y = f.apply(x).sum();
        for (int i = 0; i < 3; i++) {
          System.gc();
          Thread.sleep(50); // the cleaner thread frees the memory of collected direct buffers
        }
        for (int i = 0; i < 20_000; i++) {
          ByteBuffer b = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
          b.putFloat(0, 1234f).putFloat(4, 1234f);
          reuse.add(b);
        }
        collector.backward(y);
      }
      return x.getGradient().toFloatArray();
    }
  }

  @Test
  void aProductWithAScalarTensorHasTheRightGradientAfterAGarbageCollection() throws Exception {
    float[] g = gradientAfterACollection(x -> x.mul(Scalar.of(x, 0.5)));
    assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f}, g);
  }

  @Test
  void theScalarTensorStaysOpenUntilTheScopeCloses() {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      NDArray s;
      try (Scope scope = Scope.open()) {
        NDArray x = manager.create(new float[] {1f, 2f});
        s = Scalar.of(x, 0.25);
        x.mul(s).close();
        assertFalse(s.isReleased(), "used by a graph until the backward pass");
        assertArrayEquals(new float[] {0.25f}, s.toFloatArray());
      }
      assertTrue(s.isReleased(), "freed with the scope");
    }
  }
}
