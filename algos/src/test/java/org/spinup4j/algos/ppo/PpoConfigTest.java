package org.spinup4j.algos.ppo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.nn.Activation;

class PpoConfigTest {

  @Test
  void defaultsMatchSpinningUp() {
    // spinningup-behaviour.md, "Algorithms: defaults of the public entry points", PPO column.
    PpoConfig c = PpoConfig.defaults();
    assertEquals(4000, c.stepsPerEpoch());
    assertEquals(50, c.epochs());
    assertEquals(0.99, c.gamma());
    assertEquals(0.2, c.clipRatio());
    assertEquals(3e-4, c.piLr());
    assertEquals(1e-3, c.vfLr());
    assertEquals(80, c.trainPiIters());
    assertEquals(80, c.trainVIters());
    assertEquals(0.97, c.lam());
    assertEquals(1000, c.maxEpLen());
    assertEquals(0.01, c.targetKl());
    assertEquals(10, c.saveFreq());
    assertArrayEquals(new int[] {64, 64}, c.ac().hiddenSizes());
    assertEquals(Activation.TANH, c.ac().activation());
  }

  @Test
  void configJsonListsTheParametersInTheReferenceSignatureOrderThenSpinup4jsOwn() {
    assertEquals(List.of("steps_per_epoch", "epochs", "gamma", "clip_ratio", "pi_lr", "vf_lr",
        "train_pi_iters", "train_v_iters", "lam", "max_ep_len", "target_kl", "save_freq",
        "ac_kwargs", "num_envs", "normalize_obs"),
        List.copyOf(PpoConfig.defaults().toMap().keySet()));
  }

  @Test
  void valuesSetByNameReachTheRecord() {
    var b = PpoConfig.defaults().toBuilder();
    assertTrue(b.set("clip_ratio", "0.1"));
    assertTrue(b.set("target_kl", 0.05));
    assertTrue(b.set("train_pi_iters", "40"));
    assertTrue(b.set("ac_kwargs:hidden_sizes", "[32,32]"));
    assertFalse(b.set("polyak", 0.995), "PPO has no polyak");
    PpoConfig c = b.build();
    assertEquals(0.1, c.clipRatio());
    assertEquals(0.05, c.targetKl());
    assertEquals(40, c.trainPiIters());
    assertArrayEquals(new int[] {32, 32}, c.ac().hiddenSizes());
  }

  @Test
  void outOfRangeValuesAreRefusedNamingTheFlag() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> PpoConfig.defaults().toBuilder().set(PpoConfig.CLIP_RATIO, 1.5).build());
    assertTrue(e.getMessage().contains("--clip_ratio") && e.getMessage().contains("1.5"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PpoConfig.defaults().toBuilder().set(PpoConfig.TARGET_KL, 0.0).build());
    assertTrue(e.getMessage().contains("--target_kl"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PpoConfig.defaults().toBuilder().set(PpoConfig.TRAIN_PI_ITERS, 0).build());
    assertTrue(e.getMessage().contains("--train_pi_iters"), e.getMessage());
  }
}
