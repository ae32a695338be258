package org.spinup4j.algos.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

class HostViewTest {

  @Test
  void writesThroughTheViewAreWritesOfTheTensor() {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      NDArray t = manager.create(new float[] {1f, 2f, 3f});
      FloatBuffer view = HostView.of(t);
      assertEquals(3, view.capacity());
      assertEquals(2f, view.get(1));
      view.put(1, -5f);
      assertArrayEquals(new float[] {1f, -5f, 3f}, t.toFloatArray());
      // and the other way round: an in-place engine update shows in the view
      t.muli(2);
      assertEquals(-10f, view.get(1));
    }
  }

  @Test
  void onlyFloatTensorsHaveAView() {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      NDArray ints = manager.create(new int[] {1, 2});
      assertFalse(HostView.available(ints));
      assertThrows(IllegalArgumentException.class, () -> HostView.of(ints));
      assertEquals(DataType.FLOAT32, manager.create(new float[] {1f}).getDataType());
    }
  }
}
