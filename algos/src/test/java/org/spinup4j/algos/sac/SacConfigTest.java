package org.spinup4j.algos.sac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinup4j.algos.core.OffPolicyRuns;

class SacConfigTest {

  @Test
  void defaultsMatchSpinningUp() {
    SacConfig c = SacConfig.defaults();
    OffPolicyRuns.assertSharedDefaults(c);
    assertEquals(1e-3, c.lr());
    assertEquals(SacConfig.Alpha.fixed(0.2), c.alpha());
  }

  @Test
  void alphaIsANumberOrAuto() {
    var b = SacConfig.defaults().toBuilder();
    b.set("alpha", "0.05");
    assertEquals(SacConfig.Alpha.fixed(0.05), b.build().alpha());
    assertEquals(0.05, b.build().toMap().get("alpha"));
    b.set("alpha", "auto");
    assertTrue(b.build().alpha().auto());
    assertEquals("auto", b.build().toMap().get("alpha"));
  }

  @Test
  void aBadAlphaIsOneLineSayingWhatIsAllowed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SacConfig.defaults().toBuilder().set("alpha", "lots"));
    assertEquals("--alpha: 'lots' is not a number or 'auto'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SacConfig.defaults().toBuilder().set("alpha", "-1"));
    assertTrue(e.getMessage().contains("--alpha must be >= 0"), e.getMessage());
  }
}
