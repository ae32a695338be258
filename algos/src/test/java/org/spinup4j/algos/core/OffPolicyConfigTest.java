package org.spinup4j.algos.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinup4j.algos.nn.Activation;

class OffPolicyConfigTest {

  @Test
  void aBatchLargerThanTheBufferCanEverHoldIsRefusedNamingTheBound() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> OffPolicyConfig.defaults().toBuilder().set(OffPolicyConfig.EPOCHS, 3)
            .set(OffPolicyConfig.STEPS_PER_EPOCH, 500)
            .set(OffPolicyConfig.BATCH_SIZE, 100_000).build());
    assertTrue(e.getMessage().contains("--batch_size"), e.getMessage());
    assertTrue(e.getMessage().contains("= 1500, got 100000"), e.getMessage());
    OffPolicyConfig.defaults().toBuilder().set(OffPolicyConfig.EPOCHS, 3)
        .set(OffPolicyConfig.STEPS_PER_EPOCH, 500).set(OffPolicyConfig.BATCH_SIZE, 1500).build();
    // A run too short to reach update_after never draws a batch: any size passes, as in
    // Spinning Up (a smoke test of 50 steps with the default batch of 100).
    OffPolicyConfig.defaults().toBuilder().set(OffPolicyConfig.EPOCHS, 1)
        .set(OffPolicyConfig.STEPS_PER_EPOCH, 50).build();
    assertThrows(IllegalArgumentException.class,
        () -> OffPolicyConfig.defaults().toBuilder().set(OffPolicyConfig.REPLAY_SIZE, 50)
            .set(OffPolicyConfig.BATCH_SIZE, 100).build());
  }

  /** spinningup-behaviour.md: the same defaults for DDPG, TD3 and SAC. */
  @Test
  void defaultsMatchSpinningUp() {
    OffPolicyConfig c = OffPolicyConfig.defaults();
    assertEquals(4000, c.stepsPerEpoch());
    assertEquals(100, c.epochs());
    assertEquals(1_000_000, c.replaySize());
    assertEquals(0.99, c.gamma());
    assertEquals(0.995, c.polyak());
    assertEquals(100, c.batchSize());
    assertEquals(10_000, c.startSteps());
    assertEquals(1000, c.updateAfter());
    assertEquals(50, c.updateEvery());
    assertEquals(10, c.numTestEpisodes());
    assertEquals(1000, c.maxEpLen());
    assertEquals(1, c.saveFreq());
    assertArrayEquals(new int[] {256, 256}, c.ac().hiddenSizes());
    assertEquals(Activation.RELU, c.ac().activation());
  }

  @Test
  void valuesAreSetBySpinningUpNamesFromText() {
    var b = OffPolicyConfig.defaults().toBuilder();
    assertTrue(b.set("replay_size", "1e5"));
    assertTrue(b.set("polyak", "0.9"));
    assertTrue(b.set("ac_kwargs:hidden_sizes", "[64,32]"));
    assertFalse(b.set("clip_ratio", "0.2"));
    OffPolicyConfig c = b.build();
    assertEquals(100_000, c.replaySize());
    assertEquals(0.9, c.polyak());
    assertArrayEquals(new int[] {64, 32}, c.ac().hiddenSizes());
    assertEquals(100_000, c.toMap().get("replay_size"));
  }

  @Test
  void outOfRangeValuesNameTheFlag() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OffPolicyConfig.defaults().toBuilder().set(OffPolicyConfig.POLYAK, 1.5).build());
    assertTrue(e.getMessage().contains("--polyak"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> OffPolicyConfig.defaults().toBuilder().set(OffPolicyConfig.UPDATE_EVERY, 0).build());
    assertTrue(e.getMessage().contains("--update_every"), e.getMessage());
  }
}
