package org.spinup4j.algos.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.ddpg.DdpgConfig;
import org.spinup4j.algos.vpg.VpgConfig;

/** The machinery behind the configs: one declaration gives the name, default, check and help. */
class HyperparametersTest {

  @Test
  void paramsListTheSharedOnesFirstInConfigJsonOrderAndSpinup4jsOwnLast() {
    List<String> names =
        DdpgConfig.defaults().params().stream().map(Param::name).toList();
    assertEquals(List.of("steps_per_epoch", "epochs", "replay_size", "gamma", "polyak",
        "batch_size", "start_steps", "update_after", "update_every", "num_test_episodes",
        "max_ep_len", "save_freq", "ac_kwargs:hidden_sizes", "ac_kwargs:activation", "pi_lr",
        "q_lr", "act_noise", "num_envs", "normalize_obs"), names);
    assertEquals(List.copyOf(DdpgConfig.defaults().toMap().keySet()), List.of("steps_per_epoch",
        "epochs", "replay_size", "gamma", "polyak", "batch_size", "start_steps", "update_after",
        "update_every", "num_test_episodes", "max_ep_len", "save_freq", "ac_kwargs", "pi_lr",
        "q_lr", "act_noise", "num_envs", "normalize_obs"));
  }

  @Test
  void nestedNamesBecomeOneNestedMapInDeclarationOrder() {
    Map<?, ?> ac = (Map<?, ?>) VpgConfig.defaults().toMap().get("ac_kwargs");
    assertEquals(List.of("hidden_sizes", "activation"), List.copyOf(ac.keySet()));
    assertEquals("tanh", ac.get("activation"));
  }

  @Test
  void aSharedValueIsSetThroughTheAlgorithmsBuilderLikeItsOwn() {
    DdpgConfig c = DdpgConfig.defaults().toBuilder().set(DdpgConfig.START_STEPS, 500)
        .set(DdpgConfig.ACT_NOISE, 0.3).build();
    assertEquals(500, c.startSteps());
    assertEquals(0.3, c.actNoise());
    assertNotEquals(DdpgConfig.defaults(), c);
    assertEquals(c, c.toBuilder().build());
    assertEquals(c.hashCode(), c.toBuilder().build().hashCode());
  }

  @Test
  void theFlagsAndMessagesComeFromTheDeclaration() {
    assertEquals(List.of("--hid", "--ac_kwargs:hidden_sizes"),
        List.of(VpgConfig.HIDDEN_SIZES.flags()));
    assertEquals(List.of("--gamma"), List.of(VpgConfig.GAMMA.flags()));
    var e = assertThrows(IllegalArgumentException.class,
        () -> VpgConfig.defaults().toBuilder().set("gamma", "x"));
    assertEquals("--gamma: 'x' is not a number", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> VpgConfig.defaults().toBuilder().set(VpgConfig.GAMMA, 2.0).build());
    assertEquals("--gamma must be in [0.0, 1.0], got 2.0", e.getMessage());
  }

  @Test
  void aParameterOfAnotherConfigIsRefusedByName() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> VpgConfig.defaults().toBuilder().set(DdpgConfig.Q_LR, 0.1));
    assertTrue(e.getMessage().contains("q_lr"), e.getMessage());
  }
}
