package org.spinup4j.algos.ddpg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinup4j.algos.core.OffPolicyRuns;

class DdpgConfigTest {

  @Test
  void defaultsMatchSpinningUp() {
    DdpgConfig c = DdpgConfig.defaults();
    OffPolicyRuns.assertSharedDefaults(c);
    assertEquals(1e-3, c.piLr());
    assertEquals(1e-3, c.qLr());
    assertEquals(0.1, c.actNoise());
  }

  @Test
  void ownAndSharedValuesAreSetByName() {
    var b = DdpgConfig.defaults().toBuilder();
    assertTrue(b.set("act_noise", "0.3"));
    assertTrue(b.set("start_steps", "500"));
    DdpgConfig c = b.build();
    assertEquals(0.3, c.actNoise());
    assertEquals(500, c.startSteps());
    assertEquals(0.3, c.toMap().get("act_noise"));
    assertEquals(500, c.toMap().get("start_steps"));
  }

  @Test
  void negativeNoiseNamesTheFlag() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DdpgConfig.defaults().toBuilder().set(DdpgConfig.ACT_NOISE, -0.1).build());
    assertTrue(e.getMessage().contains("--act_noise"), e.getMessage());
  }
}
