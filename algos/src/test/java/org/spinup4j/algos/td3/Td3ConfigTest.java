package org.spinup4j.algos.td3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinup4j.algos.core.OffPolicyRuns;

class Td3ConfigTest {

  @Test
  void defaultsMatchSpinningUp() {
    Td3Config c = Td3Config.defaults();
    OffPolicyRuns.assertSharedDefaults(c);
    assertEquals(1e-3, c.piLr());
    assertEquals(1e-3, c.qLr());
    assertEquals(0.1, c.actNoise());
    assertEquals(0.2, c.targetNoise());
    assertEquals(0.5, c.noiseClip());
    assertEquals(2, c.policyDelay());
  }

  @Test
  void theThreeTricksAreSetByName() {
    var b = Td3Config.defaults().toBuilder();
    assertTrue(b.set("target_noise", "0.1"));
    assertTrue(b.set("noise_clip", "0.3"));
    assertTrue(b.set("policy_delay", "3"));
    assertFalse(b.set("alpha", "0.2"));
    Td3Config c = b.build();
    assertEquals(0.1, c.targetNoise());
    assertEquals(0.3, c.noiseClip());
    assertEquals(3, c.policyDelay());
  }

  @Test
  void aPolicyDelayBelowOneNamesTheFlag() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Td3Config.defaults().toBuilder().set(Td3Config.POLICY_DELAY, 0).build());
    assertTrue(e.getMessage().contains("--policy_delay"), e.getMessage());
  }
}
