package org.spinup4j.algos.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.ddpg.DdpgConfig;
import org.spinup4j.algos.sac.SacConfig;
import org.spinup4j.algos.td3.Td3Config;

class OffPolicyConfigTest {

  @Test
  void aBatchLargerThanTheBufferCanEverHoldIsRefusedNamingTheBound() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> DdpgConfig.defaults().toBuilder().set(DdpgConfig.EPOCHS, 3)
            .set(DdpgConfig.STEPS_PER_EPOCH, 500)
            .set(DdpgConfig.BATCH_SIZE, 100_000).build());
    assertTrue(e.getMessage().contains("--batch_size"), e.getMessage());
    assertTrue(e.getMessage().contains("= 1500, got 100000"), e.getMessage());
    DdpgConfig.defaults().toBuilder().set(DdpgConfig.EPOCHS, 3)
        .set(DdpgConfig.STEPS_PER_EPOCH, 500).set(DdpgConfig.BATCH_SIZE, 1500).build();
    // A run too short to reach update_after never draws a batch: any size passes, as in
    // Spinning Up (a smoke test of 50 steps with the default batch of 100).
    DdpgConfig.defaults().toBuilder().set(DdpgConfig.EPOCHS, 1)
        .set(DdpgConfig.STEPS_PER_EPOCH, 50).build();
    assertThrows(IllegalArgumentException.class,
        () -> DdpgConfig.defaults().toBuilder().set(DdpgConfig.REPLAY_SIZE, 50)
            .set(DdpgConfig.BATCH_SIZE, 100).build());
  }

  /** spinningup-behaviour.md: the same defaults for DDPG, TD3 and SAC. */
  @Test
  void defaultsMatchSpinningUp() {
    OffPolicyRuns.assertSharedDefaults(DdpgConfig.defaults());
    OffPolicyRuns.assertSharedDefaults(Td3Config.defaults());
    OffPolicyRuns.assertSharedDefaults(SacConfig.defaults());
  }

  /** The shared ones first, in Spinning Up's order, then each algorithm's own. */
  @Test
  void theSharedParametersComeFirstInEveryOffPolicyConfig() {
    List<String> shared = List.of("steps_per_epoch", "epochs", "replay_size", "gamma", "polyak",
        "batch_size", "start_steps", "update_after", "update_every", "num_test_episodes",
        "max_ep_len", "save_freq", "ac_kwargs:hidden_sizes", "ac_kwargs:activation");
    for (OffPolicyConfig<?> c : List.<OffPolicyConfig<?>>of(DdpgConfig.defaults(),
        Td3Config.defaults(), SacConfig.defaults())) {
      assertEquals(shared, c.params().subList(0, shared.size()).stream().map(Param::name)
          .toList(), c.getClass().getSimpleName());
    }
  }

  @Test
  void valuesAreSetBySpinningUpNamesFromText() {
    var b = DdpgConfig.defaults().toBuilder();
    assertTrue(b.set("replay_size", "1e5"));
    assertTrue(b.set("polyak", "0.9"));
    assertTrue(b.set("ac_kwargs:hidden_sizes", "[64,32]"));
    assertFalse(b.set("clip_ratio", "0.2"));
    DdpgConfig c = b.build();
    assertEquals(100_000, c.replaySize());
    assertEquals(0.9, c.polyak());
    assertArrayEquals(new int[] {64, 32}, c.ac().hiddenSizes());
    assertEquals(100_000, c.toMap().get("replay_size"));
  }

  @Test
  void outOfRangeValuesNameTheFlag() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DdpgConfig.defaults().toBuilder().set(DdpgConfig.POLYAK, 1.5).build());
    assertTrue(e.getMessage().contains("--polyak"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DdpgConfig.defaults().toBuilder().set(DdpgConfig.UPDATE_EVERY, 0).build());
    assertTrue(e.getMessage().contains("--update_every"), e.getMessage());
  }
}
