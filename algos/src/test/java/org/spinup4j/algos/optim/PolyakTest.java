package org.spinup4j.algos.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.NetworkSpec;
import org.spinup4j.algos.nn.Parameters;
import org.spinup4j.algos.nn.QFunction;

class PolyakTest {

  @Test
  void targetMovesByOneMinusRhoTowardTheSourceWhichIsUntouched() {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      NDArray source = Parameters.constant(manager, new Shape(3), 0f);
      source.set(new float[] {1f, -2f, 4f});
      NDArray target = manager.create(new float[] {0f, 2f, 4f});
      Polyak.update(List.of(target), List.of(source), 0.9);
      // 0.9 * t + 0.1 * s
      assertArrayEquals(new float[] {0.1f, 1.6f, 4f}, target.toFloatArray(), 1e-6f);
      assertArrayEquals(new float[] {1f, -2f, 4f}, source.toFloatArray());
      Polyak.update(List.of(target), List.of(source), 0.9);
      assertArrayEquals(new float[] {0.19f, 1.24f, 4f}, target.toFloatArray(), 1e-6f);
    }
  }

  @Test
  void updatingLeavesNoTemporaryInTheNetworksManager() {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      NDArray source = Parameters.constant(manager, new Shape(4), 1f);
      NDArray target = manager.create(new float[4]);
      int before = manager.getManagedArrays().size();
      for (int i = 0; i < 100; i++) {
        Polyak.update(List.of(target), List.of(source), 0.995);
        Polyak.updateWithEngine(List.of(target), List.of(source), 0.995);
      }
      assertEquals(before, manager.getManagedArrays().size());
    }
  }

  @Test
  void javaLoopAndEngineOperationsGiveTheSameTargetsToTheBit() {
    int[] sizes = {1, 3, 33, 256 * 256};
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      java.util.Random rng = new java.util.Random(3);
      for (int size : sizes) {
        float[] s = new float[size];
        float[] t = new float[size];
        for (int i = 0; i < size; i++) {
          s[i] = (float) rng.nextGaussian();
          t[i] = (float) rng.nextGaussian();
        }
        NDArray source = manager.create(s);
        NDArray inJava = manager.create(t);
        NDArray inEngine = manager.create(t);
        for (int step = 0; step < 10; step++) {
          Polyak.updateInHostMemory(List.of(inJava), List.of(source), 0.995);
          Polyak.updateWithEngine(List.of(inEngine), List.of(source), 0.995);
        }
        assertArrayEquals(inEngine.toFloatArray(), inJava.toFloatArray(), "size " + size);
      }
    }
  }

  @Test
  void initialiseCopiesTheWeightsAndSwitchesOffGradients() {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      QFunction q = new QFunction(manager, 3, 1, new NetworkSpec(new int[] {8}, Activation.RELU),
          new java.util.Random(0));
      QFunction target = q.targetCopy();
      for (int i = 0; i < q.parameters().size(); i++) {
        assertArrayEquals(q.parameters().get(i).toFloatArray(),
            target.parameters().get(i).toFloatArray());
        assertFalse(target.parameters().get(i).hasGradient());
      }
    }
  }
}
