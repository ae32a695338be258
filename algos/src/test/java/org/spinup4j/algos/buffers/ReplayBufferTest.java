package org.spinup4j.algos.buffers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.core.ObsNormalizer;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.envs.StepResult;

class ReplayBufferTest {

  /** Stores transition i as o = (i, -i), a = (10 i), r = 100 i, o2 = (i + 1, -i - 1). */
  private static void storeNumbered(ReplayBuffer buf, int i, boolean terminal) {
    buf.store(new float[] {i, -i}, new float[] {10 * i}, 100 * i,
        new float[] {i + 1, -i - 1}, terminal);
  }

  @Test
  void whenFullTheOldestTransitionsAreOverwritten() {
    ReplayBuffer buf = new ReplayBuffer(2, 1, 3);
    for (int i = 0; i < 5; i++) {
      storeNumbered(buf, i, false);
    }
    assertEquals(3, buf.size());
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      ReplayBuffer.Batch b = buf.sampleBatch(manager, 200, new Random(1));
      float[] obs = b.obs().toFloatArray();
      float[] act = b.act().toFloatArray();
      float[] rew = b.rew().toFloatArray();
      float[] obs2 = b.obs2().toFloatArray();
      boolean[] seen = new boolean[5];
      for (int k = 0; k < 200; k++) {
        int i = (int) obs[2 * k];
        seen[i] = true;
        // Every field of a sampled row belongs to the same transition.
        assertEquals(-i, obs[2 * k + 1]);
        assertEquals(10 * i, act[k]);
        assertEquals(100 * i, rew[k]);
        assertArrayEquals(new float[] {i + 1, -i - 1}, new float[] {obs2[2 * k], obs2[2 * k + 1]});
      }
      assertArrayEquals(new boolean[] {false, false, true, true, true}, seen,
          "only the last three transitions remain");
    }
  }

  @Test
  void samplingIsUniformOverTheStoredTransitionsOnly() {
    ReplayBuffer buf = new ReplayBuffer(1, 1, 100);
    for (int i = 0; i < 4; i++) {
      buf.store(new float[] {i}, new float[] {0}, 0, new float[] {0}, false);
    }
    int n = 40_000;
    int[] counts = new int[4];
    for (int i : buf.sampleIndices(n, new Random(7))) {
      counts[i]++; // an index >= 4 (an empty slot) would throw here
    }
    // Each count is Binomial(40000, 1/4): standard deviation about 87; allow 5 of them.
    for (int c : counts) {
      assertEquals(n / 4.0, c, 5 * Math.sqrt(n * 0.25 * 0.75), "counts " + java.util.Arrays.toString(counts));
    }
  }

  @Test
  void doneIsStoredOnlyForATrueTerminalNotForATimeLimit() {
    ReplayBuffer buf = new ReplayBuffer(1, 1, 3);
    float[] o = {0};
    float[] a = {0};
    buf.store(o, a, new StepResult(new float[] {1}, 1, true, false));   // terminated
    buf.store(o, a, new StepResult(new float[] {2}, 1, false, true));   // truncated by time
    buf.store(o, a, new StepResult(new float[] {3}, 1, true, true));    // both: terminal wins
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      ReplayBuffer.Batch b = buf.sampleBatch(manager, 300, new Random(3));
      float[] obs2 = b.obs2().toFloatArray();
      float[] done = b.done().toFloatArray();
      for (int k = 0; k < obs2.length; k++) {
        float expected = obs2[k] == 2 ? 0f : 1f;
        assertEquals(expected, done[k], "transition to " + obs2[k]);
      }
    }
  }

  @Test
  void samplingAnEmptyBufferIsAClearError() {
    ReplayBuffer buf = new ReplayBuffer(1, 1, 3);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> buf.sampleIndices(1, new Random()));
    assertTrue(e.getMessage().contains("empty"));
  }

  @Test
  void withNormalisedObservationsItKeepsRawOnesAndNormalisesEachMinibatchWithTodaysStatistics() {
    ObsNormalizer norm = new ObsNormalizer(true, 1);
    ReplayBuffer buf = new ReplayBuffer(1, 1, 10, norm);
    buf.store(new float[] {4}, new float[] {0}, 0, new float[] {6}, false);
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      norm.update(new float[][] {{2}, {4}}); // mean ~3, variance ~1
      float before = buf.sampleBatch(manager, 1, new Random(1)).obs().getFloat(0, 0);
      assertEquals(1f, before, 1e-3f);
      norm.update(new float[][] {{100}, {102}}); // the statistics move on...
      ReplayBuffer.Batch b = buf.sampleBatch(manager, 1, new Random(1));
      // ...and the same stored observation is seen through them, not through the old ones.
      assertEquals(norm.apply(new float[] {4})[0], b.obs().getFloat(0, 0));
      assertEquals(norm.apply(new float[] {6})[0], b.obs2().getFloat(0, 0));
    }
  }
}
