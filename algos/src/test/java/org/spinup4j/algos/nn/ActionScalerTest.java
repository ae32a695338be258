package org.spinup4j.algos.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Discrete;

class ActionScalerTest {
  private static final Box ASYMMETRIC = new Box(new float[] {-1f, 0f}, new float[] {3f, 0.5f});

  @Test
  void tanhRangeMapsOntoEachDimensionsBoundsEvenForAnAsymmetricBox() {
    ActionScaler s = ActionScaler.of(ASYMMETRIC, "td3");
    assertArrayEquals(new float[] {-1f, 0f}, s.scale(new float[] {-1f, -1f}));
    assertArrayEquals(new float[] {1f, 0.25f}, s.scale(new float[] {0f, 0f}));
    assertArrayEquals(new float[] {3f, 0.5f}, s.scale(new float[] {1f, 1f}));
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      float[] u = {-1f, -1f, 0f, 0f, 1f, 0.5f};
      float[] batch = s.scale(manager.create(u, new Shape(3, 2))).toFloatArray();
      assertArrayEquals(new float[] {-1f, 0f, 1f, 0.25f, 3f, 0.375f}, batch, 1e-6f);
      float[] clipped = s.clip(manager.create(new float[] {-5f, 0.7f, 2f, -0.1f}, new Shape(2, 2)))
          .toFloatArray();
      assertArrayEquals(new float[] {-1f, 0.5f, 2f, 0f}, clipped);
    }
    assertArrayEquals(new float[] {-1f, 0.5f}, s.clip(new float[] {-5f, 0.7f}));
  }

  @Test
  void discreteActionsAreRejectedNamingTheAlgorithmsThatHandleThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ActionScaler.of(new Discrete(2), "ddpg"));
    assertTrue(e.getMessage().contains("ddpg") && e.getMessage().contains("vpg, ppo or sac")
        && e.getMessage().contains("Discrete(2)"), e.getMessage());
  }

  @Test
  void anUnboundedBoxIsRejected() {
    Box open = new Box(new float[] {Float.NEGATIVE_INFINITY}, new float[] {1f});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActionScaler.of(open, "sac"));
    assertTrue(e.getMessage().contains("bounded"), e.getMessage());
  }
}
